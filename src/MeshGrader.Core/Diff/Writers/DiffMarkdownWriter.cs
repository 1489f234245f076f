using System.Globalization;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Diff.Writers;

/// <summary>Markdown for a pull request comment or a job's step summary: the verdict first, then a table of changes and the errors.</summary>
internal static class DiffMarkdownWriter
{
    public static void Write(DiffReport report, TextWriter output)
    {
        output.WriteLine($"## Contract changes: {Code(report.Old)} → {Code(report.New)}");
        output.WriteLine();
        output.WriteLine($"**{(report.HasErrors ? "Refused" : "Accepted")}.** {MarkdownReportWriter.Escape(DiffSummary.Counts(report))}"
            + (DiffSummary.Bump(report) is { } bump ? " " + MarkdownReportWriter.Escape(bump) : ""));
        output.WriteLine();
        if (report.Errors.Count > 0)
        {
            output.WriteLine("### Errors");
            output.WriteLine();
            foreach (var error in report.Errors)
            {
                var at = error.Line is { } line ? $"{error.File}:{line.ToString(CultureInfo.InvariantCulture)}:{(error.Column ?? 1).ToString(CultureInfo.InvariantCulture)}" : error.File ?? "";
                output.WriteLine($"- **{Code(error.Rule)}** {Code(at)}: {MarkdownReportWriter.Escape(error.Message)}");
            }

            output.WriteLine();
        }

        if (report.Changes.Count > 0)
        {
            output.WriteLine("| Class | Rule | Change | Old | New |");
            output.WriteLine("|---|---|---|---|---|");
            foreach (var change in report.Changes)
            {
                output.WriteLine($"| {change.Class.Name()} | {Code(change.Rule.Id)} | {MarkdownReportWriter.Escape(change.Message)} | {Code(Place(change.Old.Span))} | {Code(Place(change.New.Span))} |");
            }

            output.WriteLine();
        }
    }

    private static string Place(Findings.SourceSpan span) =>
        $"{span.Start.Line.ToString(CultureInfo.InvariantCulture)}:{span.Start.Column.ToString(CultureInfo.InvariantCulture)}";

    // A code span cannot hold a backtick or, inside a table, a pipe.
    private static string Code(string text) => "`" + text.Replace('`', '\'').Replace("|", "\\|", StringComparison.Ordinal) + "`";
}
