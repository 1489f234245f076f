using System.Reflection;
using System.Text;
using MeshGrader.Cli.Output;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Cli.Commands;

/// <param name="BaseDirectory">The repository root that SARIF, JUnit and annotation paths are relative to (default: the current folder).</param>
internal sealed record CheckOptions(string Directory, IReadOnlyList<string> Labs, IReadOnlyList<string> Formats, decimal? MinScore, bool Verbose, string? BaseDirectory = null);

/// <summary>Validates the options, grades once, and hands the one report to every requested writer.</summary>
internal static class CheckCommand
{
    private const string ResultsFileName = "results.json";

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The tool's informational version, e.g. 1.0.0+commit.</summary>
    public static string ToolVersion { get; } =
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static ExitCode Run(CheckOptions options, CliEnvironment environment) =>
        Run(options, environment, (folder, labs) => new Grader().Grade(folder, labs));

    /// <param name="grade">The grading step; tests substitute a faulty one to exercise exit code 3.</param>
    internal static ExitCode Run(CheckOptions options, CliEnvironment environment, Func<string, IReadOnlyList<LabDefinition>, GradingReport> grade)
    {
        try
        {
            return RunChecked(options, environment, grade);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            environment.Error.WriteLine($"meshgrade: internal error: {ex.Message}");
            environment.Error.WriteLine(options.Verbose ? ex.ToString() : "Run again with --verbose for details, and please report it.");
            ReportErrorToClassroom(options, environment, ex.Message);
            return ExitCode.InternalError;
        }
    }

    private static ExitCode RunChecked(CheckOptions options, CliEnvironment environment, Func<string, IReadOnlyList<LabDefinition>, GradingReport> grade)
    {
        var folder = Path.GetFullPath(options.Directory, environment.CurrentDirectory);
        if (!Directory.Exists(folder))
        {
            return Usage(environment, File.Exists(folder)
                ? $"'{options.Directory}' is a file; give the submission folder that holds the lab files."
                : $"the folder '{options.Directory}' does not exist.");
        }

        var selected = new List<LabDefinition>();
        foreach (var name in options.Labs.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (LabCatalog.Find(name) is not { } lab)
            {
                return Usage(environment, $"unknown lab '{name}'; labs: {string.Join(", ", LabCatalog.All.Select(l => $"{l.Id} ({l.Slug})"))}.");
            }

            if (!selected.Contains(lab))
            {
                selected.Add(lab);
            }
        }

        var requests = options.Formats.Select(FormatRequest.Parse).ToList();
        if (requests.FirstOrDefault(r => ReportFormats.Find(r.Name) is null) is { } unknown)
        {
            return Usage(environment, $"unknown format '{unknown.Name}'; formats: {string.Join(", ", ReportFormats.Names)}.");
        }

        var outputs = requests.Select(r => (Request: r, Format: ReportFormats.Find(r.Name)!)).ToList();
        if (outputs.Count(o => o.Request.Path is null && o.Format.Target == DefaultTarget.Terminal) > 1)
        {
            return Usage(environment, "only one format can go to the terminal; give the others a file, e.g. --format json=report.json.");
        }

        var github = new GitHubFiles(environment);
        if (outputs.Any(o => o.Request.Path is null && o.Format.Target == DefaultTarget.GitHubOutput) && github.OutputPath is null)
        {
            return Usage(environment, "--format classroom writes the 'result' output to $GITHUB_OUTPUT, which is not set here; give it a file instead, e.g. --format classroom=result.txt.");
        }

        if (outputs.Any(o => o.Request.Path is null && o.Format.Target == DefaultTarget.GradescopeResults) && !Directory.Exists(environment.GradescopeResultsFolder))
        {
            return Usage(environment, $"--format gradescope writes {environment.GradescopeResultsFolder}/{ResultsFileName}, and that folder does not exist here; give it a file instead, e.g. --format gradescope={ResultsFileName}.");
        }

        if (options.MinScore is < 0 or > 100)
        {
            return Usage(environment, "--min-score must be between 0 and 100.");
        }

        var baseDirectory = Path.GetFullPath(options.BaseDirectory ?? ".", environment.CurrentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            return Usage(environment, $"the --base-dir folder '{options.BaseDirectory}' does not exist.");
        }

        var repositoryPaths = ArtifactPaths.Between(baseDirectory, folder);
        if (repositoryPaths is null && outputs.Any(o => o.Format.RepositoryRelative))
        {
            return Usage(environment, $"the submission folder '{options.Directory}' is not inside the --base-dir folder '{baseDirectory}'; file paths in CI reports are relative to it (the repository root).");
        }

        var labs = selected.Count > 0 ? selected : Grader.DetectLabs(folder);
        if (labs.Count == 0)
        {
            var files = string.Join(", ", LabCatalog.All.SelectMany(l => l.Files).Select(f => f + ".yaml"));
            return Usage(environment, $"no lab file found in '{options.Directory}' (looked for {files}); use --lab to grade a lab anyway.");
        }

        var report = grade(folder, labs);
        var passed = options.MinScore is { } minimum ? ScoreFormat.Round(report.Score) >= minimum : report.AllCompleted;
        foreach (var (request, format) in outputs)
        {
            var paths = format.RepositoryRelative ? repositoryPaths! : ArtifactPaths.SubmissionRoot;
            if (!TryWrite(report, request, format, new WriterSettings(environment.UseColour, paths, ToolVersion), environment, github, out var problem))
            {
                return Usage(environment, problem!);
            }

            if (format.WritesGitHubFiles && !TryPublishToGitHub(report, paths, passed, github, out problem))
            {
                return Usage(environment, problem!);
            }
        }

        if (!TryFile("the step outputs", "$GITHUB_OUTPUT", github.Flush, out var flushProblem))
        {
            return Usage(environment, flushProblem!);
        }

        return passed ? ExitCode.Passed : ExitCode.NotPassing;
    }

    private static bool TryWrite(GradingReport report, FormatRequest request, ReportFormat format, WriterSettings settings, CliEnvironment environment, GitHubFiles github, out string? problem)
    {
        problem = null;
        if (request.Path is null)
        {
            switch (format.Target)
            {
                case DefaultTarget.Terminal or DefaultTarget.TerminalLines:
                    format.Create(settings).Write(report, environment.Out);
                    return true;
                case DefaultTarget.GitHubOutput:
                    using (var result = new StringWriter())
                    {
                        format.Create(settings).Write(report, result);
                        github.Set("result", result.ToString().Trim());
                    }

                    return true;
                case DefaultTarget.GradescopeResults:
                    return TryWriteFile(report, format, settings with { UseColour = false }, Path.Combine(environment.GradescopeResultsFolder, ResultsFileName), out problem);
            }
        }

        return TryWriteFile(report, format, settings with { UseColour = false }, Path.GetFullPath(request.Path!, environment.CurrentDirectory), out problem);
    }

    private static bool TryWriteFile(GradingReport report, ReportFormat format, WriterSettings settings, string path, out string? problem) =>
        TryFile($"the {format.Name} report", path, () =>
        {
            using var file = new StreamWriter(path, append: false, Utf8);
            format.Create(settings).Write(report, file);
        }, out problem);

    /// <summary>The github format's extras: the Markdown step summary and the score and result outputs.</summary>
    private static bool TryPublishToGitHub(GradingReport report, ArtifactPaths paths, bool passed, GitHubFiles github, out string? problem)
    {
        github.Offer("score", ScoreFormat.Text(report.Score));
        github.Offer("result", passed ? "passed" : "failed");
        return TryFile("the step summary", "$GITHUB_STEP_SUMMARY", () =>
        {
            using var summary = new StringWriter();
            new MarkdownReportWriter(paths).Write(report, summary);
            github.AppendSummary(summary.ToString());
        }, out problem);
    }

    private static bool TryFile(string what, string where, Action write, out string? problem)
    {
        try
        {
            write();
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot write {what} to '{where}': {ex.Message}";
            return false;
        }
    }

    /// <summary>
    /// When the grader itself fails and a Classroom result was asked for, the reporter still gets one,
    /// with status "error" and the message, instead of an empty output it cannot decode.
    /// </summary>
    private static void ReportErrorToClassroom(CheckOptions options, CliEnvironment environment, string message)
    {
        foreach (var request in options.Formats.Select(FormatRequest.Parse).Where(r => r.Name == "classroom"))
        {
            var result = ClassroomReportWriter.ErrorResult($"meshgrade failed: {message}");
            try
            {
                if (request.Path is { } path)
                {
                    File.WriteAllText(Path.GetFullPath(path, environment.CurrentDirectory), result + "\n", Utf8);
                }
                else if (new GitHubFiles(environment) is { OutputPath: not null } github)
                {
                    github.Set("result", result);
                    github.Flush();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                environment.Error.WriteLine($"meshgrade: cannot write the classroom error result: {ex.Message}");
            }
        }
    }

    private static ExitCode Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("meshgrade: " + message);
        return ExitCode.UsageError;
    }
}
