using System.Text.Json;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Validation;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>One value of an ODCS contract that the schema refuses, explained: what is wrong, why, what to write.</summary>
internal sealed class OdcsValueFindings(JsonInstance source, string file)
{
    // When one value breaks several keywords, the first of these explains it best.
    private static readonly string[] KeywordPriority =
        ["type", "const", "enum", "pattern", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "anyOf", "oneOf", "not"];

    public static SchemaViolation Best(IEnumerable<SchemaViolation> atOneValue) =>
        atOneValue.OrderBy(v => Priority(v.Keyword)).First();

    public Finding For(SchemaViolation violation)
    {
        var pointer = violation.Pointer;
        var actual = JsonPointerText.Resolve(source.Value, pointer);
        var written = source.ScalarAt(pointer);
        var where = OdcsFindingText.Where(pointer);
        var key = OdcsFindingText.KeyOf(pointer);
        var found = ValueDescription.Of(actual, written);
        var holder = OdcsSchemaText.Holder(violation.SchemaLocation ?? "#");
        var about = OdcsSchemaText.Description(holder);
        var bound = OdcsSchemaText.Written(violation.SchemaLocation);

        var (message, hint) = violation.Keyword switch
        {
            "type" => TypeText(OdcsSchemaText.Written(violation.SchemaLocation), where, key, actual, written, found, about),
            "enum" => EnumText(OdcsSchemaText.Texts(violation.SchemaLocation), where, key, actual, found),
            "const" => ($"{where} must be {bound}; found {found}.", $"Write {key}: {bound}."),
            "pattern" => ($"{where}: {found} is not in the form ODCS v3.1.0 asks for here (the pattern {bound}).", about ?? "Write the value in the form the pattern describes."),
            "minimum" => ($"{where} must be at least {bound}; found {found}.", about),
            "maximum" => ($"{where} must be at most {bound}; found {found}.", about),
            "exclusiveMinimum" => ($"{where} must be greater than {bound}; found {found}.", about),
            "exclusiveMaximum" => ($"{where} must be less than {bound}; found {found}.", about),
            "minItems" => ($"{where} must list at least {bound} item(s); it lists {(actual as JsonArray)?.Count ?? 0}.", about),
            "maxItems" => ($"{where} must list at most {bound} item(s); it lists {(actual as JsonArray)?.Count ?? 0}.", about),
            "uniqueItems" => ($"{where} lists the same item twice; ODCS v3.1.0 asks for distinct items here.", "Remove the repeated item."),
            "minLength" => ($"{where} must be at least {bound} character(s) long.", about),
            "maxLength" => ($"{where} must be at most {bound} character(s) long.", about),
            "anyOf" or "oneOf" => FormsText(violation, where, found, about),
            "not" => ($"{where} is a value ODCS v3.1.0 does not allow here.", about),
            _ => ($"{where} is not valid under the ODCS v3.1.0 schema ({violation.Keyword}).", about),
        };

        return FindingFactory.At(CoreRules.OdcsStructure, file, source.SpanOf(pointer), pointer, message, hint);
    }

    private static (string, string?) TypeText(string? type, string where, string key, JsonNode? actual, SourceScalar? written, string found, string? about)
    {
        var expected = OdcsSchemaText.Expected(type);
        var message = $"{where} must be {expected}; found {found}.";
        if (type is "number" or "integer" && actual is JsonValue v && v.TryGetValue<string>(out var text) && ValueDescription.IntendedNumber(text) is { } number
            && (type == "number" || decimal.IsInteger(number)))
        {
            return (message, $"Write the number without quotes or % sign: {key}: {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}. A quoted value is text, not a number, in YAML.");
        }

        if (type == "integer" && actual is JsonValue n && n.GetValueKind() == JsonValueKind.Number)
        {
            return ($"{where} must be a whole number; found {found}.", $"Write a whole number. {about}".TrimEnd());
        }

        if (type == "string" && written is { IsPlain: true })
        {
            return (message, $"Put the value in quotes: {key}: \"{written.Text}\". Unquoted, YAML reads it as {found}, not text.");
        }

        return (message, about is null ? $"Write {expected} here." : $"Write {expected} here. {about}");
    }

    private static (string, string?) EnumText(IReadOnlyList<string> choices, string where, string key, JsonNode? actual, string found)
    {
        var list = OdcsFindingText.List(choices);
        if (choices.Count == 1)
        {
            return ($"{where} must be {choices[0]}, the only value ODCS v3.1.0 allows here; found {found}.", $"Write {key}: {choices[0]}.");
        }

        if (actual is JsonValue v && v.TryGetValue<string>(out var text) && NearMatch.Best(text, choices) is { } meant)
        {
            return ($"{where}: '{text}' is not one of {list}; did you mean '{meant}'?", $"Write {key}: {meant}.");
        }

        return ($"{where} must be one of {list}; found {found}.", $"Choose one of {list}.");
    }

    private static (string, string?) FormsText(SchemaViolation violation, string where, string found, string? about)
    {
        var branches = violation.Branches ?? [];
        if (branches.Any(b => b.Count == 0))
        {
            return ($"{where} matches more than one of the forms ODCS v3.1.0 allows here, and must match exactly one.",
                about ?? "Keep the keys of one form only.");
        }

        // Every branch refused the value's type: the value may take any of the types the branches name.
        var types = branches.Select(b => b.FirstOrDefault(v => v.Pointer == violation.Pointer && v.Keyword == "type"))
            .Select(v => v.SchemaLocation is null ? null : OdcsSchemaText.Written(v.SchemaLocation)).ToList();
        if (types.All(t => t is not null))
        {
            var expected = types.Select(OdcsSchemaText.Expected).Distinct(StringComparer.Ordinal).ToList();
            return ($"{where} must be {OdcsFindingText.Alternatives(expected)}; found {found}.", about);
        }

        return ($"{where} matches none of the forms ODCS v3.1.0 allows here; found {found}.", about ?? "Compare it with the ODCS reference for this key.");
    }

    private static int Priority(string keyword)
    {
        var index = Array.IndexOf(KeywordPriority, keyword);
        return index < 0 ? KeywordPriority.Length : index;
    }
}
