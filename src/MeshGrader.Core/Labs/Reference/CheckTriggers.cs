using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Rules.Semantic;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// When a check's finding appears, in words, from the check's settings in the catalogue. Each
/// check kind says it its own way; a kind with no wording here fails the reference tests.
/// </summary>
internal static class CheckTriggers
{
    public static string Describe(CheckData check, LabDefinition lab) => check switch
    {
        NumberRecommendationCheck n => Join(OutOfRange(n.Field, n.AtLeast, n.AtMost, n.OneOf), Condition(n.When, n.File, lab)),
        NumberNoticeCheck n => Join(InBand(n.Field, n.AtLeast, n.Below), Condition(n.When, n.File, lab)),
        ChoiceCheck c => Join(
            c.Recommended is { } recommended
                ? $"{LabReference.Name(c.Field)} is not {LabReference.Code(recommended)}"
                : $"{LabReference.Name(c.Field)} is {LabReference.Code(c.Discouraged ?? string.Empty)}",
            Condition(c.When, c.File, lab)),
        ChoiceNoticeCheck c => Join(
            $"{LabReference.Name(c.Field)} is {string.Join(" or ", c.Messages.Keys.Select(LabReference.Code))}", Condition(c.When, c.File, lab)),
        WhenChoiceNoticeCheck w => $"{LabReference.Name(w.Field)} is valid and {Holds(w.When, w.File, lab)}",
        SnakeCaseCheck s => $"{LabReference.Name(s.Field)} is not snake_case",
        MinimumItemsCheck m => $"{LabReference.Name(m.Field)} lists fewer than {m.AtLeast} items",
        CompleteListNoticeCheck c => $"{LabReference.Name(c.Field)} lists every allowed choice",
        SemVerCheck s => $"{LabReference.Name(s.Field)} is not a SemVer 2.0.0 version",
        AllOfCheck a => $"{LabReference.Name(a.Field)} lacks one of the choices it must list",
        ContractProductCheck => $"{LabReference.Name(ContractProductRule.ProductPointer)} differs from {LabReference.Name(ContractProductRule.DomainProductPointer)} in `domain.yaml`",
        _ => throw new NotSupportedException($"The check kind {check.GetType().Name} has no wording in {nameof(CheckTriggers)}."),
    };

    private static string OutOfRange(string field, decimal? atLeast, decimal? atMost, IReadOnlyList<decimal>? oneOf)
    {
        var parts = new List<string>();
        if (atLeast is { } least)
        {
            parts.Add($"below {Number(least)}");
        }

        if (atMost is { } most)
        {
            parts.Add($"above {Number(most)}");
        }

        if (oneOf is { Count: > 0 })
        {
            parts.Add(oneOf.Count == 1 ? $"not {Number(oneOf[0])}" : $"neither {string.Join(" nor ", oneOf.Select(Number))}");
        }

        return $"{LabReference.Name(field)} is {string.Join(" or ", parts)}";
    }

    private static string InBand(string field, decimal? atLeast, decimal? below) => (atLeast, below) switch
    {
        ({ } least, { } under) => $"{Number(least)} ≤ {LabReference.Name(field)} < {Number(under)}",
        ({ } least, null) => $"{LabReference.Name(field)} is {Number(least)} or more",
        (null, { } under) => $"{LabReference.Name(field)} is below {Number(under)}",
        _ => $"{LabReference.Name(field)} is any valid number",
    };

    private static string? Condition(ConditionData? when, string file, LabDefinition lab) => when is null ? null : Holds(when, file, lab);

    // A list holds a condition when it contains the value, so the wording follows the field's shape.
    private static string Holds(ConditionData when, string file, LabDefinition lab) =>
        lab.Schema(file).SubschemaFor(when.Field)?.IsList == true
            ? $"{LabReference.Name(when.Field)} includes {LabReference.Code(when.Is)}"
            : $"{LabReference.Name(when.Field)} is {LabReference.Code(when.Is)}";

    private static string Join(string trigger, string? condition) => condition is null ? trigger : $"{condition} and {trigger}";

    private static string Number(decimal value) => LabReference.Code(NumberRecommendation.Format(value));
}
