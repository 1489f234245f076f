using System.Globalization;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Reports;
using nietras.SeparatedValues;

namespace MeshGrader.Core.Class.Writers;

/// <summary>
/// The class CSV (<c>--class-csv</c>), for a spreadsheet or a gradebook: one row per submission in
/// class order with its identity, each lab's score and steps completed, the overall score, whether
/// it passes, the checks it fails, why it was not graded, and the rubric the class was graded under
/// (on every row, so a row copied into a gradebook still says how it was graded). Quoting is
/// Sep's (RFC 4180); lines end with '\n' on every platform, so the bytes never depend on where it ran.
/// </summary>
internal static class ClassCsvWriter
{
    public static void Write(ClassReport report, TextWriter output)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text))
        {
            csv.Header.Add(Columns(report));
            csv.Header.Write();
            foreach (var submission in report.Submissions)
            {
                using var row = csv.NewRow();
                row["submission"].Set(Cell(submission.Path));
                row["identity"].Set(Cell(submission.Identity));
                foreach (var lab in report.Labs)
                {
                    var grade = submission.Grade?.Lab(lab.Id);
                    row[ScoreColumn(lab)].Set(grade is null ? string.Empty : ScoreFormat.Text(grade.Score));
                    row[StepsColumn(lab)].Set(grade is null ? string.Empty : grade.TasksCompleted.ToString(CultureInfo.InvariantCulture));
                }

                row["score"].Set(submission.Grade is { } graded ? ScoreFormat.Text(graded.Score) : string.Empty);
                row["passed"].Set(submission.Passed ? "yes" : "no");
                row["failed_checks"].Set(Cell(string.Join(' ', submission.Grade?.FailedChecks ?? [])));
                row["problem"].Set(Cell(submission.Problem ?? string.Empty));
                row["rubric"].Set(Cell(report.Rubric.Name));
                row["rubric_sha256"].Set(Cell(report.Rubric.Sha256));
            }
        }

        // Sep ends lines with the platform's line break; no cell holds one (see Cell), so every break is a row's end.
        output.Write(Environment.NewLine == "\n" ? text.ToString() : text.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Columns(ClassReport report) =>
        ["submission", "identity", .. report.Labs.SelectMany(lab => new[] { ScoreColumn(lab), StepsColumn(lab) }), "score", "passed", "failed_checks", "problem", "rubric", "rubric_sha256"];

    /// <summary>
    /// Text as a cell: made printable (no control character or line break), and, when it starts with
    /// a character a spreadsheet reads as the start of a formula (= + - @, tab, carriage return), led
    /// by an apostrophe, so a folder named <c>=HYPERLINK(…)</c> is shown, never evaluated (OWASP,
    /// CSV injection).
    /// </summary>
    public static string Cell(string text)
    {
        var printable = LearnerText.Printable(text, int.MaxValue);
        return printable.Length > 0 && printable[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + printable : printable;
    }

    private static string ScoreColumn(ClassLab lab) => string.Create(CultureInfo.InvariantCulture, $"lab{lab.Id}_score");

    private static string StepsColumn(ClassLab lab) => string.Create(CultureInfo.InvariantCulture, $"lab{lab.Id}_steps_completed");
}
