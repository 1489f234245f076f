using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Reports;

/// <summary>One finding as plain text for the CI formats: <c>file:line:col error: message [rule]</c>, hint beneath.</summary>
internal static class FindingText
{
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>"1 error", "2 errors".</summary>
    public static string Count(int n, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? string.Empty : "s")}");

    /// <summary><c>file:line:col</c>, <c>file</c> when there is no line, empty when there is no file.</summary>
    public static string Location(Finding finding, ArtifactPaths paths)
    {
        if (finding.File is null)
        {
            return string.Empty;
        }

        var file = paths.Of(finding.File);
        return finding.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{finding.Column ?? 1}")
            : file;
    }

    public static string Line(Finding finding, ArtifactPaths paths)
    {
        var location = Location(finding, paths);
        return $"{(location.Length > 0 ? location + " " : string.Empty)}{SeverityWord(finding.Severity)}: {finding.Message} [{finding.Rule}]";
    }

    public static string WithHint(Finding finding, ArtifactPaths paths) =>
        string.IsNullOrWhiteSpace(finding.Hint) ? Line(finding, paths) : Line(finding, paths) + "\n  hint: " + finding.Hint;

    /// <summary>A step's feedback for an autograder: every finding, most severe first, each with its hint.</summary>
    public static string StepFeedback(IEnumerable<Finding> findings, ArtifactPaths paths)
    {
        var lines = MostSevereFirst(findings).Select(f => WithHint(f, paths)).ToArray();
        return lines.Length == 0 ? "All checks of this step pass." : string.Join('\n', lines);
    }

    /// <summary>Errors first, then warnings, then notices; the report's order inside each.</summary>
    public static IEnumerable<Finding> MostSevereFirst(IEnumerable<Finding> findings) =>
        findings.Select((f, i) => (f, i)).OrderByDescending(p => p.f.Severity).ThenBy(p => p.i).Select(p => p.f);
}
