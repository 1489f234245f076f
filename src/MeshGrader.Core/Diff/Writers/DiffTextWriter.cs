using System.Globalization;

namespace MeshGrader.Core.Diff.Writers;

/// <summary>The terminal form: each change with its class, rule and place in both files, then the errors and the verdict.</summary>
internal static class DiffTextWriter
{
    public static void Write(DiffReport report, TextWriter output)
    {
        output.WriteLine($"meshgrade diff {report.Old} → {report.New}");
        output.WriteLine();
        foreach (var change in report.Changes)
        {
            output.WriteLine($"{change.Class.Name(),-9} {change.Rule.Id}  {change.Message}");
            output.WriteLine($"{"",-9} {"",-6}  old {DiffSummary.At(report.Old, change.Old.Span)}  new {DiffSummary.At(report.New, change.New.Span)}");
        }

        if (report.Changes.Count > 0)
        {
            output.WriteLine();
        }

        foreach (var error in report.Errors)
        {
            var at = error.Line is { } line ? $"{error.File}:{line.ToString(CultureInfo.InvariantCulture)}:{(error.Column ?? 1).ToString(CultureInfo.InvariantCulture)}" : error.File;
            output.WriteLine($"error {error.Rule} {at}  {error.Message}");
            if (error.Hint is { } hint)
            {
                output.WriteLine($"      hint: {hint}");
            }
        }

        if (report.Errors.Count > 0)
        {
            output.WriteLine();
        }

        output.WriteLine(DiffSummary.Counts(report));
        if (DiffSummary.Bump(report) is { } bump)
        {
            output.WriteLine(bump);
        }

        output.WriteLine(DiffSummary.Verdict(report));
    }
}
