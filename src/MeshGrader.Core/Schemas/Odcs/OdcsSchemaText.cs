using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// What the ODCS schema says at a place a violation names (<c>#/$defs/Server/properties/type/enum</c>):
/// the choices, the type, the required keys, read from the schema as published.
/// </summary>
internal static class OdcsSchemaText
{
    /// <summary>The JSON at a schema location, or null when there is none.</summary>
    public static JsonNode? At(string? location)
    {
        if (location is null || !location.StartsWith('#'))
        {
            return null;
        }

        JsonNode? node = OdcsSchema.Json;
        foreach (var escaped in location[1..].Split('/').Skip(1))
        {
            var token = escaped.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
                JsonArray array when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>The schema that holds a keyword: <c>#/$defs/Server</c> for <c>#/$defs/Server/unevaluatedProperties</c>.</summary>
    public static string Holder(string keywordLocation)
    {
        var slash = keywordLocation.LastIndexOf('/');
        return slash <= 0 ? "#" : keywordLocation[..slash];
    }

    /// <summary>The text values of an array keyword (enum, required), or none.</summary>
    public static IReadOnlyList<string> Texts(string? location) =>
        At(location) is JsonArray array
            ? [.. array.Select(v => v is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : v?.ToJsonString() ?? "null")]
            : [];

    /// <summary>The single type a schema's <c>type</c> names, or null.</summary>
    public static string? Type(string schemaLocation) =>
        At(schemaLocation + "/type") is JsonValue type && type.GetValueKind() == JsonValueKind.String ? type.GetValue<string>() : null;

    /// <summary>A keyword's value written as the schema writes it (a bound, a pattern).</summary>
    public static string? Written(string? location) => At(location) switch
    {
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        { } other => other.ToJsonString(),
        null => null,
    };

    /// <summary>The first sentence of a schema's description, as a hint's last words.</summary>
    public static string? Description(string schemaLocation)
    {
        if (At(schemaLocation + "/description") is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        var description = text.GetValue<string>().Trim();
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? description[..(end + 1)] : description;
    }

    /// <summary>How a learner reads a JSON type's name.</summary>
    public static string Expected(string? type) => type == "null" ? "nothing (an empty value)" : ValueDescription.Expected(type);
}
