using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas.Odcs;
using NuGet.Versioning;

namespace MeshGrader.Core.Diff;

/// <summary>
/// Compares two versions of a contract: validates both, lists the changes with their classes, and
/// checks the version bump against them (<see cref="BumpPolicy"/>).
/// </summary>
internal static class ContractDiff
{
    public static DiffReport Compare(ContractSide old, ContractSide @new)
    {
        var invalid = old.Errors.Concat(@new.Errors).Select(Printable).ToList();
        if (!old.IsValid || !@new.IsValid)
        {
            return new DiffReport(old.Shown, @new.Shown, null, null, [], invalid, null);
        }

        // A contract moved from the short form to ODCS (or back) is compared on what both forms hold: the lab's values.
        var labValuesOnly = old.Form != @new.Form;
        var log = new ChangeLog(old, @new) { LabValuesOnly = labValuesOnly };
        if (labValuesOnly)
        {
            ShortFormChanges.Compare(log, (JsonObject)old.LabValues!.Value!, (JsonObject)@new.LabValues!.Value!);
        }
        else if (old.Form == ContractForm.Odcs)
        {
            OdcsChanges.Compare(log, (JsonObject)old.Value!, (JsonObject)@new.Value!);
        }
        else
        {
            ShortFormChanges.Compare(log, (JsonObject)old.Value!, (JsonObject)@new.Value!);
        }

        var changes = log.Changes;
        var errors = new List<Finding>();
        BumpVerdict? verdict = null;
        var highest = changes.Count == 0 ? (ChangeClass?)null : changes.Max(c => c.Class);
        if (!SemanticVersion.TryParse(old.Version ?? "", out var before) | !SemanticVersion.TryParse(@new.Version ?? "", out var after))
        {
            foreach (var side in new[] { old, @new }.Where(s => !SemanticVersion.TryParse(s.Version ?? "", out _)))
            {
                errors.Add(Error(DiffRules.VersionNotSemVer, side, side.VersionPointer,
                    $"The version of {side.Shown} is {(side.Version is null ? "missing" : $"'{side.Version}'")}, not SemVer MAJOR.MINOR.PATCH (e.g. \"1.2.0\"); the bump cannot be checked."));
            }
        }
        else
        {
            verdict = BumpPolicy.Judge(highest, before!, after!);
            errors.AddRange(BumpErrors(verdict, highest, before!, after!, @new, changes));
        }

        if (highest == ChangeClass.Breaking && @new.DeclaresBackwardCompatible)
        {
            var first = changes.First(c => c.Class == ChangeClass.Breaking);
            errors.Add(Error(DiffRules.CompatibilityContradicted, @new, @new.BackwardCompatibility.Pointer,
                $"{@new.Shown} declares backward compatibility, and {changes.Count(c => c.Class == ChangeClass.Breaking)} change(s) are breaking, e.g. {first.Rule.Id} {first.Message} Set it to false for this version, or undo the breaking changes."));
        }

        return new DiffReport(old.Shown, @new.Shown, old.Version, @new.Version, changes, errors, verdict) { Compared = true, LabValuesOnly = labValuesOnly };
    }

    private static IEnumerable<Finding> BumpErrors(BumpVerdict verdict, ChangeClass? highest, SemanticVersion before, SemanticVersion after, ContractSide @new, IReadOnlyList<ContractChange> changes)
    {
        var pointer = @new.VersionPointer;
        var from = $"{before.ToNormalizedString()} to {after.ToNormalizedString()}";
        if (verdict.Decreased)
        {
            yield return Error(DiffRules.VersionDecreased, @new, pointer, $"The version went down, from {from}; a new contract needs a higher version.");
            yield break;
        }

        if (verdict.PreReleaseCycle)
        {
            yield break;
        }

        if (highest is { } change && change != ChangeClass.Cosmetic && verdict.Made == BumpKind.None)
        {
            yield return Error(DiffRules.VersionUnchanged, @new, pointer,
                $"The version stayed {before.ToNormalizedString()}{(before.Equals(after) ? "" : $" (to {after.ToNormalizedString()}, which raises no part)")} with {Count(changes, change)} {change.Name()} change(s); they need a {verdict.Required.Name()} bump, e.g. to {Suggested(before, verdict.Required)}.");
            yield break;
        }

        if (verdict.Made < verdict.Required)
        {
            yield return Error(DiffRules.BumpTooSmall, @new, pointer,
                $"{Count(changes, highest!.Value)} {highest.Value.Name()} change(s) need a {verdict.Required.Name()} bump{(before.Major == 0 ? " (below 1.0.0)" : "")}, and the version went from {from}, a {verdict.Made.Name()} bump; make it {Suggested(before, verdict.Required)}.");
        }
    }

    private static int Count(IReadOnlyList<ContractChange> changes, ChangeClass change) => changes.Count(c => c.Class == change);

    private static string Suggested(SemanticVersion version, BumpKind bump) => bump switch
    {
        BumpKind.Major => $"{version.Major + 1}.0.0",
        BumpKind.Minor => $"{version.Major}.{version.Minor + 1}.0",
        _ => $"{version.Major}.{version.Minor}.{version.Patch + 1}",
    };

    private static Finding Error(DiffRule rule, ContractSide side, string pointer, string message)
    {
        var span = side.Instance?.SpanOf(pointer) ?? SourceSpan.FileStart;
        return new Finding(rule.Id, Severity.Error, LearnerText.Printable(message), null, side.Shown,
            span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, pointer, null, null, rule.Id);
    }

    private static Finding Printable(Finding finding) =>
        finding with { Message = LearnerText.Printable(finding.Message), Hint = finding.Hint is null ? null : LearnerText.Printable(finding.Hint) };
}
