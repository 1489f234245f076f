using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas;

/// <summary>A subschema of a lab file, with the annotations the grader reads from it.</summary>
internal sealed class FieldSchema(JsonObject node)
{
    public JsonObject Node { get; } = node;

    public string? RuleId => (string?)Node[SchemaAnnotations.Rule];

    public string? Title => (string?)Node["title"];

    public string? Description => (string?)Node["description"];

    public string? Hint => (string?)Node[SchemaAnnotations.Hint];

    /// <summary>A value to show in "write this" hints: the annotation, or the value a "must be" field requires.</summary>
    public string? Example => (string?)Node[SchemaAnnotations.Example] ?? Node["const"]?.ToJsonString();

    public string? PatternName => (string?)Node[SchemaAnnotations.PatternName];

    public int? Step => Node[SchemaAnnotations.Step] is { } step ? (int)step : null;

    public string? Type => (string?)Node["type"];

    public IReadOnlyList<string> Required =>
        Node["required"] is JsonArray required ? required.Select(r => (string)r!).ToArray() : [];

    public IReadOnlyList<string> PropertyNames =>
        Node["properties"] is JsonObject properties ? properties.Select(p => p.Key).ToArray() : [];

    /// <summary>The choices, when this schema is an enum (for a list, ask its <see cref="Items"/>).</summary>
    public IReadOnlyList<string>? Choices =>
        Node["enum"] is JsonArray choices ? choices.Select(c => c!.ToString()).ToArray() : null;

    public IReadOnlyDictionary<string, string> Aliases =>
        Node[SchemaAnnotations.Aliases] is JsonObject aliases
            ? aliases.ToDictionary(a => a.Key, a => a.Value!.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    public bool IsList => Type == "array";

    public FieldSchema? Property(string name) =>
        Node["properties"] is JsonObject properties && properties[name] is JsonObject child
            ? new FieldSchema(child)
            : null;

    public FieldSchema? Items => Node["items"] is JsonObject items ? new FieldSchema(items) : null;

    public JsonNode? Keyword(string name) => Node[name];
}
