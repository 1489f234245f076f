using MeshGrader.Core.Findings;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Class.Writers;

/// <summary>
/// What a class run prints: one line per submission in class order (verdict, score, identity,
/// folder, and the failed checks or the reason it was not graded), then the totals. Learner text
/// (folder names) is made inert first, so no line can steer a terminal or a CI runner.
/// </summary>
internal static class ClassTextWriter
{
    private const int MaxName = 120;

    public static void Write(ClassReport report, TextWriter output)
    {
        var summary = ClassStatistics.Summary(report);
        output.Write($"Class: {FindingText.Count(summary.Submissions, "submission")}, labs {string.Join(", ", report.Labs.Select(l => $"{l.Id} ({l.Slug})"))}; ");
        output.Write($"rubric '{LearnerText.Printable(report.Rubric.Name, MaxName)}' (sha256 {(report.Rubric.Sha256.Length == 0 ? "none" : report.Rubric.Sha256)})\n");
        foreach (var submission in report.Submissions)
        {
            var name = $"{LearnerText.Printable(submission.Identity, MaxName)}  {LearnerText.Printable(submission.Path, MaxName)}";
            output.Write(submission.Grade switch
            {
                null => $"  ! not graded            {name}: {LearnerText.Printable(submission.Problem ?? string.Empty)}\n",
                { Passed: true } grade => $"  ✓ passed       {Score(grade.Score)}  {name}\n",
                var grade => $"  ✗ not passing  {Score(grade.Score)}  {name}{FailedChecks(grade)}\n",
            });
        }

        output.Write($"{FindingText.Count(summary.Submissions, "submission")}: {summary.Passed} passed, {summary.NotPassing} not passing, {summary.NotGraded} not graded");
        output.Write(summary.MeanScore is { } mean ? $"; mean score {ScoreFormat.Text(mean)}/100\n" : "\n");
    }

    private static string Score(decimal score) => $"{ScoreFormat.Text(score),5}/100";

    private static string FailedChecks(SubmissionGrade grade) =>
        grade.FailedChecks.Count == 0 ? string.Empty : $"  failed: {string.Join(' ', grade.FailedChecks)}";
}
