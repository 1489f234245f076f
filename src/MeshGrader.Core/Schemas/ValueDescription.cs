using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas;

/// <summary>Describes a value the way the learner wrote it, and what to write instead.</summary>
internal static partial class ValueDescription
{
    public static string Of(JsonNode? value, SourceScalar? written)
    {
        switch (value)
        {
            case null:
                return "no value";
            case JsonObject:
                return "a mapping";
            case JsonArray:
                return "a list";
        }

        var kind = value.GetValueKind();
        return kind switch
        {
            JsonValueKind.String when written is { IsPlain: false } => $"the text \"{value}\" (in quotes)",
            JsonValueKind.String when written is not null && ScalarResolver.Resolve(written).Kind is ScalarKind.Float or ScalarKind.Integer =>
                $"{written.Text}, a number with no finite value",
            JsonValueKind.String => $"the text '{value}'",
            JsonValueKind.Number when written is not null && written.Text != NumberText(value) => $"{written.Text}, which YAML reads as the number {NumberText(value)}",
            JsonValueKind.Number => $"the number {NumberText(value)}",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.ToJsonString(),
        };
    }

    /// <summary>A number as YAML's reader sees it: 1.10 is 1.1.</summary>
    public static string NumberText(JsonNode value) =>
        value is JsonValue v && v.TryGetValue<decimal>(out var d) ? d.ToString("G29", CultureInfo.InvariantCulture) : value.ToJsonString();

    public static string Expected(string? type) => type switch
    {
        "object" => "a mapping of settings",
        "array" => "a list",
        "string" => "text",
        "number" => "a number",
        "integer" => "a whole number",
        "boolean" => "true or false",
        _ => "a value",
    };

    /// <summary>The number a learner meant by "95", "95%" or " 95 ", if any.</summary>
    public static decimal? IntendedNumber(string text)
    {
        var trimmed = text.Trim().TrimEnd('%').Trim();
        return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>A kebab-case spelling of free text: "Sales Analytics" becomes "sales-analytics".</summary>
    public static string KebabCase(string text)
    {
        var words = NonAlphanumeric().Split(CamelBoundary().Replace(text.Trim(), "$1-$2").ToLowerInvariant())
            .Where(w => w.Length > 0);
        var kebab = string.Join('-', words);
        return kebab.Length > 0 && char.IsAsciiLetter(kebab[0]) ? kebab : "d-" + kebab;
    }

    /// <summary>A version written as a YAML number (1.10, 2) completed to MAJOR.MINOR.PATCH.</summary>
    public static string CompleteVersion(string text)
    {
        var parts = text.Trim().Split('.');
        return parts.Length switch
        {
            1 => $"{parts[0]}.0.0",
            2 => $"{parts[0]}.{parts[1]}.0",
            _ => text.Trim(),
        };
    }

    /// <summary>True for MAJOR.MINOR.PATCH with no leading zeros: a version a hint can name as it is.</summary>
    public static bool IsPlainVersion(string text) => PlainVersion().IsMatch(text);

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex PlainVersion();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
