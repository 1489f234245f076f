using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Diff.Writers;

/// <summary>The sentences every format shows the same way: the count of changes and the bump.</summary>
internal static class DiffSummary
{
    public static string Counts(DiffReport report)
    {
        if (!report.Compared)
        {
            return "The contracts were not compared.";
        }

        var scope = report.LabValuesOnly
            ? "One contract is in the lab's short form and the other in ODCS: only the lab's values (product, quality threshold, SLA uptime, backward compatibility) were compared. "
            : string.Empty;
        if (report.Changes.Count == 0)
        {
            return scope + "No change.";
        }

        var parts = new[] { ChangeClass.Breaking, ChangeClass.Additive, ChangeClass.Cosmetic }
            .Select(c => (Class: c, Count: report.Changes.Count(x => x.Class == c)))
            .Where(p => p.Count > 0)
            .Select(p => $"{p.Count.ToString(CultureInfo.InvariantCulture)} {p.Class.Name()}");
        return $"{scope}{report.Changes.Count.ToString(CultureInfo.InvariantCulture)} change(s): {string.Join(", ", parts)}.";
    }

    public static string? Bump(DiffReport report) => report.Bump is not { } bump ? null
        : $"Version {LearnerText.Printable(report.OldVersion ?? "")} → {LearnerText.Printable(report.NewVersion ?? "")}: {(bump.Made == BumpKind.None ? "no bump" : $"a {bump.Made.Name()} bump")} made; the changes need {(bump.Required == BumpKind.None ? "no bump" : $"a {bump.Required.Name()} bump")}.";

    public static string Verdict(DiffReport report) => report.HasErrors
        ? $"{report.Errors.Count.ToString(CultureInfo.InvariantCulture)} error(s): the change is refused."
        : "No error: the version bump matches the changes.";

    public static string At(string file, SourceSpan span) =>
        $"{file}:{span.Start.Line.ToString(CultureInfo.InvariantCulture)}:{span.Start.Column.ToString(CultureInfo.InvariantCulture)}";
}
