using System.Globalization;
using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=...,line=...::message</c>) that the runner turns
/// into annotations on the changed files. GitHub shows at most 10 errors and 10 warnings per step and
/// 50 annotations per job, so the writer prints at most 10 of each, errors first, and no notices
/// (they would crowd out the grade notices of the Classroom reporter); a plain line then says how
/// many more there are.
/// </summary>
internal sealed class GitHubAnnotationWriter(ArtifactPaths paths, int perSeverityLimit = GitHubAnnotationWriter.DefaultLimit) : IReportWriter
{
    public const int DefaultLimit = 10;

    public void Write(GradingReport report, TextWriter output)
    {
        var errors = report.Findings.Where(f => f.Severity == Severity.Error).ToArray();
        var warnings = report.Findings.Where(f => f.Severity == Severity.Warning).ToArray();
        foreach (var finding in errors.Take(perSeverityLimit).Concat(warnings.Take(perSeverityLimit)))
        {
            output.WriteLine(Annotation(finding));
        }

        var moreErrors = Math.Max(0, errors.Length - perSeverityLimit);
        var moreWarnings = Math.Max(0, warnings.Length - perSeverityLimit);
        if (moreErrors + moreWarnings > 0)
        {
            var more = new List<string>();
            if (moreErrors > 0)
            {
                more.Add(FindingText.Count(moreErrors, "error"));
            }

            if (moreWarnings > 0)
            {
                more.Add(FindingText.Count(moreWarnings, "warning"));
            }

            output.WriteLine($"meshgrade: {string.Join(" and ", more)} more not shown as annotations (GitHub shows {perSeverityLimit.ToString(CultureInfo.InvariantCulture)} of each per step); the report lists them all.");
        }
    }

    private string Annotation(Finding finding)
    {
        var properties = new List<(string Name, string Value)>();
        if (finding.File is { } file)
        {
            properties.Add(("file", paths.Of(file)));
            if (finding.Line is { } line)
            {
                // The runner accepts columns only on a one-line annotation.
                var endLine = Math.Max(finding.EndLine ?? line, line);
                var column = endLine == line ? finding.Column : null;
                properties.Add(("line", Number(line)));
                if (column is { } start)
                {
                    properties.Add(("col", Number(start)));
                }

                properties.Add(("endLine", Number(endLine)));
                if (column is { } from)
                {
                    properties.Add(("endColumn", Number(Math.Max(finding.EndColumn ?? from, from))));
                }
            }
        }

        var title = RuleRegistry.Find(finding.Rule) is { } rule ? $"{finding.Rule} {rule.Title}" : finding.Rule;
        properties.Add(("title", title));
        var message = string.IsNullOrWhiteSpace(finding.Hint) ? finding.Message : $"{finding.Message}\nHint: {finding.Hint}";
        return WorkflowCommand.Format(finding.Severity == Severity.Error ? "error" : "warning", properties, message);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

}

/// <summary>The workflow-command syntax and escaping of the Actions toolkit (packages/core/src/command.ts).</summary>
internal static class WorkflowCommand
{
    public static string Format(string command, IEnumerable<(string Name, string Value)> properties, string message)
    {
        var text = new StringBuilder("::").Append(command);
        var separator = ' ';
        foreach (var (name, value) in properties)
        {
            text.Append(separator).Append(name).Append('=').Append(EscapeProperty(value));
            separator = ',';
        }

        return text.Append("::").Append(EscapeData(message)).ToString();
    }

    /// <summary>A message: '%', CR and LF are percent-encoded.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as a message, and also ':' and ',' which would end the value.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
