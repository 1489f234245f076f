using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// A subschema of a lab file, with the annotations the grader reads from it. The whole tree is
/// read once when the schema loads and never changes, so one instance serves every submission
/// graded in parallel, and walking a learner's long list asks nothing of the JSON again.
/// </summary>
internal sealed class FieldSchema
{
    private static readonly IReadOnlyDictionary<string, string> NoAliases = new Dictionary<string, string>();

    // The keywords whose values messages quote ("must be at least 90").
    private static readonly string[] QuotedKeywords = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "minLength"];

    private readonly Dictionary<string, FieldSchema> properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> bounds = new(StringComparer.Ordinal);

    public FieldSchema(JsonObject node)
    {
        string? Text(string keyword) => (string?)node[keyword];

        RuleId = Text(SchemaAnnotations.Rule);
        Title = Text("title");
        Description = Text("description");
        Hint = Text(SchemaAnnotations.Hint);
        Example = Text(SchemaAnnotations.Example) ?? node["const"]?.ToJsonString();
        PatternName = Text(SchemaAnnotations.PatternName);
        Unit = Text(SchemaAnnotations.Unit);
        Pattern = Text("pattern");
        Const = node["const"]?.ToJsonString();
        Step = node[SchemaAnnotations.Step] is { } step ? (int)step : null;
        Type = Text("type");
        Required = node["required"] is JsonArray required ? required.Select(r => (string)r!).ToArray() : [];
        if (node["properties"] is JsonObject children)
        {
            foreach (var (name, child) in children)
            {
                if (child is JsonObject childSchema)
                {
                    properties[name] = new FieldSchema(childSchema);
                }
            }

            PropertyNames = children.Select(p => p.Key).ToArray();
        }
        else
        {
            PropertyNames = [];
        }

        Items = node["items"] is JsonObject items ? new FieldSchema(items) : null;
        Choices = node["enum"] is JsonArray choices ? choices.Select(c => c!.ToString()).ToArray() : null;
        Labels = node[SchemaAnnotations.Labels] is JsonArray labels ? labels.Select(l => l!.ToString()).ToArray() : [];
        Aliases = node[SchemaAnnotations.Aliases] is JsonObject aliases
            ? aliases.ToDictionary(a => a.Key, a => a.Value!.ToString(), StringComparer.Ordinal)
            : NoAliases;
        foreach (var keyword in QuotedKeywords)
        {
            if (node[keyword] is { } bound)
            {
                bounds[keyword] = bound.ToString();
            }
        }
    }

    public string? RuleId { get; }

    public string? Title { get; }

    public string? Description { get; }

    public string? Hint { get; }

    /// <summary>A value to show in "write this" hints: the annotation, or the value a "must be" field requires.</summary>
    public string? Example { get; }

    public string? PatternName { get; }

    /// <summary><c>percent</c> or <c>fraction</c> for a number a learner could write in the other form (<see cref="SchemaAnnotations.Unit"/>).</summary>
    public string? Unit { get; }

    public string? Pattern { get; }

    /// <summary>The one value allowed, as JSON (<c>true</c>), when the schema has <c>const</c>.</summary>
    public string? Const { get; }

    public int? Step { get; }

    public string? Type { get; }

    public IReadOnlyList<string> Required { get; }

    public IReadOnlyList<string> PropertyNames { get; }

    /// <summary>The choices, when this schema is an enum (for a list, ask its <see cref="Items"/>).</summary>
    public IReadOnlyList<string>? Choices { get; }

    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>The names the lab's screens give this field where they differ from its title (e.g. "Retention Policy").</summary>
    public IReadOnlyList<string> Labels { get; }

    public bool IsList => Type == "array";

    public FieldSchema? Items { get; }

    public FieldSchema? Property(string name) => properties.GetValueOrDefault(name);

    /// <summary>
    /// The other ways a learner may write a property's key: its title and the lab's labels for it,
    /// as the lab's screens show them ("Quality Threshold" for quality_threshold).
    /// </summary>
    public IEnumerable<string> Spellings(string name) =>
        Property(name) is { } property
            ? (property.Title is { } title ? [title, .. property.Labels] : property.Labels)
            : [];

    /// <summary>A bound's value as the schema wrote it (minimum, maximum, minItems…), for messages.</summary>
    public string? Bound(string keyword) => bounds.GetValueOrDefault(keyword);

    /// <summary>A bound as a number, for deciding whether a value a hint names satisfies it.</summary>
    public decimal? NumericBound(string keyword) =>
        bounds.TryGetValue(keyword, out var text)
        && decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>True when this number schema's type and bounds accept the number.</summary>
    public bool Accepts(decimal number) =>
        (Type != "integer" || number == decimal.Truncate(number))
        && (NumericBound("minimum") is not { } min || number >= min)
        && (NumericBound("maximum") is not { } max || number <= max)
        && (NumericBound("exclusiveMinimum") is not { } above || number > above)
        && (NumericBound("exclusiveMaximum") is not { } below || number < below);
}
