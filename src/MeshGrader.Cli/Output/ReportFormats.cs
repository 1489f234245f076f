using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Cli.Output;

/// <summary>Where a format goes when <c>--format NAME</c> names no file.</summary>
internal enum DefaultTarget
{
    /// <summary>Standard output, which a document format must have to itself.</summary>
    Terminal,

    /// <summary>
    /// Standard output beside another format: the Actions runner picks workflow commands out of the
    /// log line by line, so annotations can follow the text report.
    /// </summary>
    TerminalLines,

    /// <summary>A <c>result=</c> line appended to the file named by $GITHUB_OUTPUT.</summary>
    GitHubOutput,

    /// <summary>Gradescope's /autograder/results/results.json.</summary>
    GradescopeResults,

    /// <summary>Classroom 50's result.json in the working folder, the student's checkout, where its runner reads it.</summary>
    Classroom50Result,
}

/// <summary>What a writer needs besides the report.</summary>
/// <param name="Paths">Maps submission files to paths relative to --base-dir (the repository root).</param>
/// <param name="ToolVersion">The tool's informational version (SARIF semanticVersion).</param>
internal sealed record WriterSettings(bool UseColour, ArtifactPaths Paths, string ToolVersion)
{
    /// <summary>The submission's identity as the Classroom 50 runner gives it, for the classroom50 result.</summary>
    public Classroom50Submission Classroom50 { get; init; } = Classroom50Submission.Unknown;
}

/// <param name="RepositoryRelative">
/// File paths in it are relative to --base-dir, because a CI platform resolves them against the
/// checkout; the others name files as the learner sees them, relative to the submission folder.
/// </param>
/// <param name="WritesGitHubFiles">
/// Also appends a Markdown summary to $GITHUB_STEP_SUMMARY and <c>score</c>/<c>result</c> to
/// $GITHUB_OUTPUT, each when the variable is set.
/// </param>
internal sealed record ReportFormat(string Name, DefaultTarget Target, Func<WriterSettings, IReportWriter> Create, bool RepositoryRelative = false, bool WritesGitHubFiles = false);

/// <summary>The output formats by name. Every one renders the same report, graded once.</summary>
internal static class ReportFormats
{
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new("text", DefaultTarget.Terminal, s => new TextReportWriter(s.UseColour)),
        new("json", DefaultTarget.Terminal, _ => new JsonReportWriter()),
        new("sarif", DefaultTarget.Terminal, s => new SarifReportWriter(s.ToolVersion, s.Paths), RepositoryRelative: true),
        new("junit", DefaultTarget.Terminal, s => new JUnitReportWriter(s.Paths), RepositoryRelative: true),
        // A summary for people: file names relative to the submission, so it needs no --base-dir.
        // (The github format's step summary still uses repository paths.)
        new("markdown", DefaultTarget.Terminal, s => new MarkdownReportWriter(s.Paths)),
        new("github", DefaultTarget.TerminalLines, s => new GitHubAnnotationWriter(s.Paths), RepositoryRelative: true, WritesGitHubFiles: true),
        new("classroom", DefaultTarget.GitHubOutput, s => new ClassroomReportWriter(s.Paths), RepositoryRelative: true),
        new("gradescope", DefaultTarget.GradescopeResults, s => new GradescopeReportWriter(s.Paths)),
        new("classroom50", DefaultTarget.Classroom50Result, s => new Classroom50ReportWriter(s.Classroom50, s.Paths), RepositoryRelative: true),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToArray();

    public static ReportFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
