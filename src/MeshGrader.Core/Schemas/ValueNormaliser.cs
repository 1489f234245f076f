using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Rules;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// Applies the value conventions every YAML tool would read the same way, before validation:
/// comma-separated strings become lists, spellings of a choice that differ only in case or
/// separators (or a listed alias) become the canonical choice, repeated list items are dropped.
/// Each change that the learner should know about is a notice or warning that costs nothing.
/// </summary>
internal sealed class ValueNormaliser(LabFileSchema schema, JsonInstance source, string file)
{
    private readonly List<Finding> findings = [];

    public IReadOnlyList<Finding> Findings => findings;

    public JsonNode? Normalise()
    {
        var copy = source.Value?.DeepClone();
        return Walk(copy, JsonPointerText.Root, schema.Root);
    }

    private JsonNode? Walk(JsonNode? node, string pointer, FieldSchema? sub)
    {
        if (sub is null || node is null)
        {
            return node;
        }

        if (sub.IsList && node is JsonValue text && text.TryGetValue<string>(out var csv))
        {
            node = new JsonArray(csv.Split(',').Select(item => item.Trim()).Where(item => item.Length > 0)
                .Select(item => (JsonNode?)JsonValue.Create(item)).ToArray());
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToArray())
                {
                    obj[name] = Walk(obj[name]?.DeepClone(), JsonPointerText.Append(pointer, name), sub.Property(name));
                }

                return obj;
            case JsonArray array:
                return NormaliseList(array, pointer, sub);
            case JsonValue value when sub.Choices is { } choices && value.TryGetValue<string>(out var written):
                return NormaliseChoice(written, pointer, sub, choices) is { } canonical ? JsonValue.Create(canonical) : node;
            default:
                return node;
        }
    }

    private JsonArray NormaliseList(JsonArray array, string pointer, FieldSchema sub)
    {
        var result = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPointer = JsonPointerText.Append(pointer, i);
            var item = Walk(array[i]?.DeepClone(), itemPointer, sub.Items);
            var identity = item?.ToJsonString() ?? "null";
            if (!seen.Add(identity))
            {
                findings.Add(FindingFactory.At(CoreRules.RepeatedListItem, file, source.SpanOf(itemPointer), itemPointer,
                    $"{NamedPath.Of(pointer)} lists {item?.ToString() ?? "null"} more than once.",
                    "Remove the repeated item; it is counted once."));
                continue;
            }

            result.Add(item);
        }

        return result;
    }

    private string? NormaliseChoice(string written, string pointer, FieldSchema sub, IReadOnlyList<string> choices)
    {
        if (choices.Contains(written, StringComparer.Ordinal))
        {
            return null;
        }

        var folded = NearMatch.Fold(written);
        var canonical = choices.FirstOrDefault(c => NearMatch.Fold(c) == folded)
            ?? sub.Aliases.Where(a => NearMatch.Fold(a.Key) == folded).Select(a => a.Value).FirstOrDefault();
        if (canonical is null)
        {
            return null;
        }

        findings.Add(FindingFactory.At(CoreRules.ChoiceSpelling, file, source.SpanOf(pointer), pointer,
            $"{NamedPath.Of(pointer)}: '{written}' is read as '{canonical}'.",
            $"Write {JsonPointerText.LastSegment(pointer)}: {canonical} (choices are lowercase kebab-case)."));
        return canonical;
    }
}
