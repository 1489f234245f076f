using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>The value of a <c>type</c> keyword: the JSON types it allows (none listed means any).</summary>
internal readonly struct TypeSet
{
    [Flags]
    private enum JsonTypes
    {
        None = 0,
        Null = 1,
        Boolean = 2,
        Object = 4,
        Array = 8,
        Number = 16,
        Integer = 32,
        String = 64,
    }

    private readonly JsonTypes allowed;

    private TypeSet(JsonTypes allowed) => this.allowed = allowed;

    public static TypeSet Of(JsonNode? value, string location) => value switch
    {
        JsonValue name when name.GetValueKind() == JsonValueKind.String => new TypeSet(Parse(name.GetValue<string>(), location)),
        JsonArray names => new TypeSet(names.Aggregate(JsonTypes.None, (all, n) =>
            all | (n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Parse(v.GetValue<string>(), location) : throw new UnsupportedSchemaException(location, "type")))),
        _ => throw new UnsupportedSchemaException(location, "type"),
    };

    public bool Accepts(JsonValueKind kind, JsonNode? instance) => allowed == JsonTypes.None || kind switch
    {
        JsonValueKind.Null => allowed.HasFlag(JsonTypes.Null),
        JsonValueKind.True or JsonValueKind.False => allowed.HasFlag(JsonTypes.Boolean),
        JsonValueKind.Object => allowed.HasFlag(JsonTypes.Object),
        JsonValueKind.Array => allowed.HasFlag(JsonTypes.Array),
        JsonValueKind.String => allowed.HasFlag(JsonTypes.String),
        // A number with no fractional part is an integer, however it is written (1.0 included).
        JsonValueKind.Number => allowed.HasFlag(JsonTypes.Number) || (allowed.HasFlag(JsonTypes.Integer) && JsonValues.IsInteger(instance!.AsValue())),
        _ => false,
    };

    private static JsonTypes Parse(string name, string location) => name switch
    {
        "null" => JsonTypes.Null,
        "boolean" => JsonTypes.Boolean,
        "object" => JsonTypes.Object,
        "array" => JsonTypes.Array,
        "number" => JsonTypes.Number,
        "integer" => JsonTypes.Integer,
        "string" => JsonTypes.String,
        _ => throw new UnsupportedSchemaException(location, "type"),
    };
}
