using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>What a field accepts, in words, from its schema and the check that refines it.</summary>
internal static class AcceptedValues
{
    public static string Describe(FieldSchema field, CheckData? ownCheck) => ownCheck switch
    {
        SemVerCheck => $"a SemVer 2.0.0 version in quotes, e.g. {LabReference.Code(field.Example ?? "\"1.0.0\"")}",
        AllOfCheck => $"all of {List(field.Items?.Choices ?? [], ", ")}, in any order; one error names exactly the missing ones{Aliases(field.Items)}",
        ContractProductCheck => $"when present, the data product's name as `domain.yaml` defines it ({LabReference.Name(ContractProductRule.DomainProductPointer)})",
        _ => FromSchema(field),
    };

    private static string FromSchema(FieldSchema field)
    {
        if (field.Const is { } value)
        {
            return $"must be {LabReference.Code(value)}";
        }

        if (field.Choices is { } choices)
        {
            return List(choices, " | ") + Aliases(field);
        }

        if (field.IsList)
        {
            var least = field.Bound("minItems") ?? "0";
            return field.Items?.Choices is { } items
                ? $"a list of at least {least} of {List(items, ", ")}{Aliases(field.Items)}"
                : $"a list of at least {least} non-blank {(least == "1" ? "item" : "items")}";
        }

        return field.Type switch
        {
            "number" => "a number" + Range(field),
            "integer" => "a whole number" + Range(field),
            "string" when field.PatternName is { } name => $"{name} text{Example(field)}",
            "string" when field.Pattern == "\\S" => $"non-blank text{Example(field)}",
            _ => field.Type ?? "any value",
        };
    }

    private static string Range(FieldSchema field)
    {
        string? min = field.Bound("minimum"), above = field.Bound("exclusiveMinimum"), max = field.Bound("maximum"), below = field.Bound("exclusiveMaximum");
        var lower = min is not null ? $"{min} ≤ " : above is not null ? $"{above} < " : null;
        var upper = max is not null ? $" ≤ {max}" : below is not null ? $" < {below}" : null;
        return (lower, upper) switch
        {
            (null, null) => string.Empty,
            (not null, not null) => $", {lower}x{upper}",
            (not null, null) => min is not null ? $", at least {min}" : $", above {above}",
            (null, not null) => max is not null ? $", at most {max}" : $", below {below}",
        };
    }

    private static string Example(FieldSchema field) => field.Example is { } example ? $", e.g. {LabReference.Code(example)}" : string.Empty;

    private static string List(IEnumerable<string> choices, string separator) => string.Join(separator, choices.Select(LabReference.Code));

    private static string Aliases(FieldSchema? field) => field is null || field.Aliases.Count == 0
        ? string.Empty
        : "; " + (field.Aliases.Count == 1 ? "alias " : "aliases ")
            + string.Join(", ", field.Aliases.Select(a => $"{LabReference.Code(a.Key)} → {LabReference.Code(a.Value)}"));
}
