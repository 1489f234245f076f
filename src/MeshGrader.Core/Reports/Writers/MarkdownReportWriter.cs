using System.Globalization;
using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// A short GitHub-flavoured Markdown summary for any CI that renders Markdown (and GitHub's step
/// summary): per lab the steps with their marks and points, the score, and the top findings. Kept
/// short on purpose: a step summary is capped at 1 MiB and the full feedback is in the text report.
/// </summary>
internal sealed class MarkdownReportWriter(ArtifactPaths paths, int findingsPerLab = MarkdownReportWriter.DefaultFindingsPerLab) : IReportWriter
{
    public const int DefaultFindingsPerLab = 10;

    public void Write(GradingReport report, TextWriter output)
    {
        var text = new StringBuilder();
        var overall = report.Labs.Count > 1
            ? $"overall score {ScoreFormat.Text(report.Score)}/100 ({report.Labs.Count.ToString(CultureInfo.InvariantCulture)} labs)"
            : $"score {ScoreFormat.Text(report.Score)}/100";
        text.Append(CultureInfo.InvariantCulture, $"## {(report.AllCompleted ? "✅" : "❌")} meshgrade: {overall}\n");
        foreach (var lab in report.Labs)
        {
            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"### Lab {lab.Lab.Id}: {Escape(lab.Lab.Title)}: {ScoreFormat.Text(lab.Score)}/100\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Progress: {lab.TasksCompleted}/{lab.TasksTotal} tasks completed");
            text.Append(lab.Completed ? $". {Escape(lab.Lab.CompletionLine)}\n\n" : "\n\n");
            text.Append("| | Step | Points |\n|:-:|---|--:|\n");
            foreach (var step in lab.Steps)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"| {(step.Completed ? "✅" : "❌")} | Step {step.Step}: {Escape(step.Title)} | {ScoreFormat.Text(step.Score)}/{ScoreFormat.Text(step.MaxScore)} |\n");
            }

            var findings = FindingText.MostSevereFirst(report.FindingsOf(lab.Lab.Id)).ToArray();
            if (findings.Length > 0)
            {
                text.Append(findings.Length > findingsPerLab ? $"\n**Top {findingsPerLab.ToString(CultureInfo.InvariantCulture)} findings**\n\n" : "\n**Findings**\n\n");
                foreach (var finding in findings.Take(findingsPerLab))
                {
                    AppendFinding(text, finding);
                }

                if (findings.Length > findingsPerLab)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n…and {findings.Length - findingsPerLab} more: the text report lists them all.\n");
                }
            }
        }

        output.Write(text.ToString());
    }

    private void AppendFinding(StringBuilder text, Finding finding)
    {
        var mark = finding.Severity switch { Severity.Error => "❌", Severity.Warning => "⚠️", _ => "ℹ️" };
        var location = FindingText.Location(finding, paths);
        text.Append(CultureInfo.InvariantCulture, $"- {mark} {(location.Length > 0 ? Code(location) + " " : string.Empty)}{Escape(finding.Message)} ({Code(finding.Rule)})");
        if (!string.IsNullOrWhiteSpace(finding.Hint))
        {
            text.Append(CultureInfo.InvariantCulture, $"<br>hint: {Escape(finding.Hint)}");
        }

        text.Append('\n');
    }

    /// <summary>
    /// Learner text is shown as inert text: Markdown and HTML punctuation is escaped, line breaks
    /// become spaces, and what GitHub would turn into a link by itself is defanged
    /// (<c>https[:]//</c>, <c>www[.]</c>, <c>name[@]host</c>), so a report links nowhere.
    /// </summary>
    public static string Escape(string text)
    {
        text = text.Replace("://", "[:]//", StringComparison.Ordinal)
            .Replace("www.", "www[.]", StringComparison.OrdinalIgnoreCase)
            .Replace("@", "[@]", StringComparison.Ordinal);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>A code span; the texts put in one (paths, rule ids) rarely hold a backtick, and one would end the span.</summary>
    private static string Code(string text) => "`" + text.Replace('`', '\'') + "`";
}
