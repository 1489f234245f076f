using System.Globalization;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// The learner's view, shaped like the lab console: one block per lab, a line per step with a
/// mark, findings under their step as <c>file:line:col  severity  message  [rule]</c> and the hint
/// beneath.
/// </summary>
internal sealed class TextReportWriter(bool useColour) : IReportWriter
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public void Write(GradingReport report, TextWriter output)
    {
        var first = true;
        foreach (var lab in report.Labs)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            var findings = report.FindingsOf(lab.Lab.Id).ToArray();
            output.WriteLine(Paint(Bold, $"{lab.Lab.ConsoleName}  (Lab {lab.Lab.Id}: {lab.Lab.Title})"));
            foreach (var finding in findings.Where(f => f.Step is null))
            {
                WriteFinding(finding, output, "  ");
            }

            foreach (var step in lab.Steps)
            {
                var mark = step.Completed ? Paint(Green, "✓") : Paint(Red, "✗");
                var title = $"Step {step.Step}: {step.Title}";
                output.WriteLine($"  {mark} {title,-42} {ScoreFormat.Text(step.Score),5}/{ScoreFormat.Text(step.MaxScore)}");
                foreach (var finding in findings.Where(f => f.Step == step.Step))
                {
                    WriteFinding(finding, output, "      ");
                }
            }

            output.WriteLine($"Progress: {lab.TasksCompleted}/{lab.TasksTotal} tasks completed");
            output.WriteLine($"Score: {ScoreFormat.Text(lab.Score)}/100");
            if (lab.Completed)
            {
                output.WriteLine(Paint(Green, lab.Lab.CompletionLine));
            }
        }

        if (report.Labs.Count > 1)
        {
            output.WriteLine();
            output.WriteLine(Paint(Bold, $"Overall score: {ScoreFormat.Text(report.Score)}/100 ({report.Labs.Count} labs)"));
        }

        output.WriteLine(Summary(report.Findings));
        output.WriteLine(Paint(Dim, $"Rubric: {LearnerText.Printable(report.Rubric.Name)} (sha256 {report.Rubric.Sha256})"));
    }

    private void WriteFinding(Finding finding, TextWriter output, string indent)
    {
        var location = FindingText.Location(finding, ArtifactPaths.SubmissionRoot);
        var colour = finding.Severity switch
        {
            Severity.Error => Red,
            Severity.Warning => Yellow,
            _ => Cyan,
        };
        output.WriteLine($"{indent}{location}  {Paint(colour, FindingText.SeverityWord(finding.Severity))}  {finding.Message}  [{finding.Rule}]");
        WriteExcerpt(finding, output, indent + "  ", colour);
        if (!string.IsNullOrWhiteSpace(finding.Hint))
        {
            output.WriteLine(Paint(Dim, $"{indent}  hint: {finding.Hint}"));
        }
    }

    /// <summary>The learner's line with a caret under the place the finding is about.</summary>
    private void WriteExcerpt(Finding finding, TextWriter output, string indent, string colour)
    {
        const int MaxWidth = 160;
        if (finding.Excerpt is not { } excerpt || finding.Line is not { } line || finding.Column is not { } column || column > MaxWidth)
        {
            return;
        }

        // Tabs become single spaces so the caret stays under the column it names.
        var shown = excerpt.Replace('\t', ' ');
        shown = shown.Length > MaxWidth ? shown[..MaxWidth] + "…" : shown;
        var width = finding.EndLine == line && finding.EndColumn is { } end && end > column ? end - column : 1;
        width = Math.Clamp(width, 1, Math.Max(1, Math.Min(shown.Length, MaxWidth) - column + 1));
        // Both gutters as wide as the line number, so the bars line up past line 9999 too.
        var number = line.ToString(CultureInfo.InvariantCulture).PadLeft(4);
        output.WriteLine(Paint(Dim, $"{indent}{number} | ") + shown);
        output.WriteLine(Paint(Dim, $"{indent}{new string(' ', number.Length)} | ") + new string(' ', column - 1) + Paint(colour, new string('^', width)));
    }

    private static string Summary(IReadOnlyList<Finding> findings)
    {
        return $"{FindingText.Count(findings.Count(f => f.Severity == Severity.Error), "error")}, "
            + $"{FindingText.Count(findings.Count(f => f.Severity == Severity.Warning), "warning")}, "
            + $"{FindingText.Count(findings.Count(f => f.Severity == Severity.Info), "notice")}";
    }

    private string Paint(string colour, string text) => useColour ? colour + text + Reset : text;
}
