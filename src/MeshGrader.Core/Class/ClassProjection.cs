using System.Globalization;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Class;

/// <summary>
/// A submission's report as the class outputs keep it: scores rounded as every report shows them,
/// and the fields of the JSON report for each finding. What is dropped (timings, unrounded scores,
/// excerpts) is what no class output shows, so the class JSON holds all a class output needs.
/// </summary>
internal static class ClassProjection
{
    public static ClassLab Of(LabDefinition lab) =>
        new(lab.Id, lab.Slug, lab.Title, lab.Steps.Select(s => new ClassStep(s.Number, s.Title)).ToArray());

    public static SubmissionGrade Of(GradingReport report, bool nothingSubmitted, decimal? minScore) =>
        new(Score(report.Score),
            Verdict.Passed(report, nothingSubmitted, minScore),
            report.Labs.Select(Of).ToArray(),
            report.Findings.Select(Of).ToArray());

    /// <summary>
    /// The score as reports show it (one decimal), with no trailing zero kept in the decimal's scale,
    /// so a score written to JSON and read back is the same number with the same digits.
    /// </summary>
    public static decimal Score(decimal score) => decimal.Parse(ScoreFormat.Text(score), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static LabGrade Of(LabReport lab) =>
        new(lab.Lab.Id, Score(lab.Score), lab.TasksCompleted, lab.TasksTotal, lab.Completed,
            lab.Steps.Select(s => new StepGrade(s.Step, s.Completed, Score(s.Score), Score(s.MaxScore))).ToArray());

    /// <summary>Only what the JSON report writes: the scored check, the quoted line, the answer and the key's home stay behind.</summary>
    private static Finding Of(Finding finding) => finding with { Check = null, Excerpt = null, Answer = null, BelongsIn = null };
}
