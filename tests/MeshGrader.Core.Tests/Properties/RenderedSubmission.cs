using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Properties;

/// <summary>One format's output for a graded submission.</summary>
internal sealed record RenderedOutput(string Format, string Text);

/// <summary>A generated submission, graded once; its outputs are rendered when first asked for, since rendering costs as much as grading.</summary>
internal sealed class RenderedSubmission
{
    public const string ColouredText = "text (colour)";

    /// <summary>Where the CLI puts a submission inside the repository in these tests: the CI formats name files under it.</summary>
    private static readonly ArtifactPaths Repository = new("labs/alice");

    /// <summary>The writers as ReportFormats builds them, each with the paths its format uses.</summary>
    private static readonly (string Format, IReportWriter Writer)[] Writers =
    [
        ("text", new TextReportWriter(useColour: false)),
        (ColouredText, new TextReportWriter(useColour: true)),
        ("json", new JsonReportWriter()),
        ("sarif", new SarifReportWriter("1.0.0", Repository)),
        ("junit", new JUnitReportWriter(Repository)),
        ("markdown", new MarkdownReportWriter(ArtifactPaths.SubmissionRoot)),
        ("github", new GitHubAnnotationWriter(Repository)),
        ("classroom", new ClassroomReportWriter(Repository)),
        ("gradescope", new GradescopeReportWriter(ArtifactPaths.SubmissionRoot)),
        ("classroom50", new Classroom50ReportWriter(Classroom50Submission.Unknown, Repository)),
    ];

    private readonly Lazy<IReadOnlyList<RenderedOutput>> outputs;

    private RenderedSubmission(SubmissionCase submission, GradingReport report)
    {
        Case = submission;
        Report = report;
        outputs = new(() => Writers.Select(w => new RenderedOutput(w.Format, Render(w.Writer))).ToArray());
    }

    public SubmissionCase Case { get; }

    public GradingReport Report { get; }

    /// <summary>The report in every format.</summary>
    public IReadOnlyList<RenderedOutput> Outputs => outputs.Value;

    public string Output(string format) => Render(Writers.Single(w => w.Format == format).Writer);

    /// <summary>Writes the case to its own folder, so cases can run on several threads, and grades it.</summary>
    public static RenderedSubmission Of(SubmissionCase submission)
    {
        using var folder = Write(submission);
        return new RenderedSubmission(submission, new Grader().Grade(folder.Root, submission.LabDefinitions));
    }

    /// <summary>Grades the same folder twice, each time with a fresh grader.</summary>
    public static (RenderedSubmission First, RenderedSubmission Second) Twice(SubmissionCase submission)
    {
        using var folder = Write(submission);
        return (new RenderedSubmission(submission, new Grader().Grade(folder.Root, submission.LabDefinitions)),
            new RenderedSubmission(submission, new Grader().Grade(folder.Root, submission.LabDefinitions)));
    }

    private static TemporarySubmission Write(SubmissionCase submission)
    {
        var folder = new TemporarySubmission();
        foreach (var file in submission.Files.Where(f => f.Text is not null))
        {
            folder.With(file.Name, file.Text!);
        }

        return folder;
    }

    private string Render(IReportWriter writer)
    {
        using var output = new StringWriter();
        writer.Write(Report, output);
        return output.ToString();
    }
}
