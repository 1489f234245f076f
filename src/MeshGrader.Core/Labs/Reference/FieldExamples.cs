using System.Globalization;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// A failing and a passing value for a schema field, derived from the schema (its <c>x-example</c>,
/// its choices, its bounds) and from the check that refines the field's own rule (SemVer, "all of").
/// </summary>
internal static class FieldExamples
{
    /// <summary>A value that passes the field's own rule: its <c>x-example</c>, else the choice the lab prefers.</summary>
    public static string? Passing(LabDefinition lab, string file, string pointer, FieldSchema field)
    {
        if (field.Example is { } example)
        {
            return example;
        }

        if (field.Choices is not null)
        {
            return ChoicePreference.Best(lab, file, pointer, field, []) is { } choice ? ExampleValues.Text(choice) : null;
        }

        return field.IsList && field.Items?.Choices is { } items
            ? ExampleValues.FlowList(ChoicePreference.Best(lab, file, pointer, field, []) is { } first ? [first] : items.Take(1))
            : null;
    }

    /// <summary>A value that fails the field's own rule, made from what the rule allows.</summary>
    public static string? Failing(FieldSchema field, CheckData? ownCheck) => ownCheck switch
    {
        SemVerCheck => NotSemVer(field.Example ?? "\"1.0.0\""),
        AllOfCheck => field.Items?.Choices is { Count: > 1 } all ? ExampleValues.FlowList(all.SkipLast(1)) : null,
        _ => FromSchema(field),
    };

    private static string? FromSchema(FieldSchema field)
    {
        if (field.Const is { } value)
        {
            return value == "true" ? "false" : "null";
        }

        if (field.Choices is { } choices)
        {
            return ExampleValues.Text(NotAChoice(choices, field.Aliases));
        }

        if (field.IsList)
        {
            return int.TryParse(field.Bound("minItems"), CultureInfo.InvariantCulture, out var least) && least > 0
                ? "[]"
                : field.Items?.Choices is { } items ? ExampleValues.FlowList([NotAChoice(items, field.Items.Aliases)]) : null;
        }

        return field.Type switch
        {
            "number" or "integer" => OutOfRange(field),
            "string" when field.PatternName is not null && field.Example is { } example => ExampleValues.Text(Words(example)),
            "string" when field.Pattern == "\\S" => "\"\"",
            _ => null,
        };
    }

    // The first bound the schema sets, crossed by one (or met, when the bound excludes itself).
    private static string? OutOfRange(FieldSchema field)
    {
        static decimal? Bound(FieldSchema field, string keyword) =>
            decimal.TryParse(field.Bound(keyword), NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) ? bound : null;

        var outside = Bound(field, "minimum") - 1 ?? Bound(field, "exclusiveMinimum") ?? Bound(field, "maximum") + 1 ?? Bound(field, "exclusiveMaximum");
        return outside is { } number ? ExampleValues.Number(number) : null;
    }

    // A version with a part left out, the slip SemVer most often catches: "1.0.0" becomes "1.0".
    private static string NotSemVer(string example)
    {
        var version = example.Trim('"');
        var cut = version.LastIndexOf('.');
        return $"\"{(cut > 0 ? version[..cut] : version + ".x")}\"";
    }

    private static string NotAChoice(IReadOnlyList<string> choices, IReadOnlyDictionary<string, string> aliases)
    {
        var candidate = "other";
        while (choices.Contains(candidate, StringComparer.OrdinalIgnoreCase) || aliases.ContainsKey(candidate))
        {
            candidate += "-choice";
        }

        return candidate;
    }

    // "sales-analytics" written as words, "Sales Analytics": what a name looks like before it is made an identifier.
    private static string Words(string identifier) => string.Join(' ',
        identifier.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
