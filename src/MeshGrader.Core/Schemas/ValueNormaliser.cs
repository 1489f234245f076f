using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// Applies the value conventions every YAML tool would read the same way, before validation:
/// comma-separated strings become lists, spellings of a choice that differ only in case or
/// separators (or a listed alias) become the canonical choice, repeated list items are dropped.
/// Each change that the learner should know about is a notice or warning that costs nothing.
/// The builder's value belongs to this one file's grading, so it is rewritten in place: copying it
/// doubled the memory a large file needs.
/// </summary>
internal sealed class ValueNormaliser(LabFileSchema schema, JsonInstance source, string file)
{
    private readonly List<Finding> findings = [];
    private readonly PointerPath path = new();

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Normalises the instance's value in place and returns the graded value (a new node only when the root changes).</summary>
    public JsonNode? Normalise() => Walk(source.Value, schema.Root);

    private JsonNode? Walk(JsonNode? node, FieldSchema? sub)
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
                for (var i = 0; i < obj.Count; i++)
                {
                    var (name, child) = obj.GetAt(i);
                    path.Push(name);
                    var normalised = Walk(child, sub.Property(name));
                    path.Pop();
                    if (!ReferenceEquals(normalised, child))
                    {
                        obj.SetAt(i, normalised);
                    }
                }

                return obj;
            case JsonArray array:
                return NormaliseList(array, sub);
            case JsonValue value when sub.Choices is { } choices && value.TryGetValue<string>(out var written):
                return NormaliseChoice(written, sub, choices) is { } canonical ? JsonValue.Create(canonical) : node;
            default:
                return node;
        }
    }

    private JsonArray NormaliseList(JsonArray array, FieldSchema sub)
    {
        var seen = new HashSet<JsonNode?>(ListItemIdentity.Instance);
        List<int>? repeated = null;
        for (var i = 0; i < array.Count; i++)
        {
            path.Push(i);
            var original = array[i];
            var item = Walk(original, sub.Items);
            if (!ReferenceEquals(item, original))
            {
                array[i] = item;
            }

            if (!seen.Add(item))
            {
                var itemPointer = path.Pointer;
                findings.Add(FindingFactory.At(CoreRules.RepeatedListItem, file, source.SpanOf(itemPointer), itemPointer,
                    $"{NamedPath.Of(JsonPointerText.Parent(itemPointer))} lists {item?.ToString() ?? "null"} more than once.",
                    "Remove the repeated item; it is counted once."));
                (repeated ??= []).Add(i);
            }

            path.Pop();
        }

        if (repeated is not null)
        {
            // Rebuilt once, not removed one by one: a long list of one repeated item would be quadratic.
            var kept = array.Where((_, index) => repeated.BinarySearch(index) < 0).ToArray();
            array.Clear();
            foreach (var item in kept)
            {
                array.Add(item);
            }
        }

        return array;
    }

    private string? NormaliseChoice(string written, FieldSchema sub, IReadOnlyList<string> choices)
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

        var pointer = path.Pointer;
        // An item of a list is named by its position and value, not by its index as if it were a key.
        var (name, write) = ListItem.Of(schema, pointer) is { } item
            ? ($"{NamedPath.Of(item.List)}: the {ListItem.Ordinal(item.Index)} item", $"Write {canonical} in {JsonPointerText.LastSegment(item.List)}")
            : (NamedPath.Of(pointer) + ":", $"Write {JsonPointerText.LastSegment(pointer)}: {canonical}");
        findings.Add(FindingFactory.At(CoreRules.ChoiceSpelling, file, source.SpanOf(pointer), pointer,
            $"{name} '{written}' is read as '{canonical}'.",
            $"{write} (choices are lowercase kebab-case)."));
        return canonical;
    }

    /// <summary>
    /// Two list items are the same when their JSON text is: "1" and 1 differ, as do 1 and 1.0.
    /// Text items, nearly all of them, compare as strings without writing any JSON.
    /// </summary>
    private sealed class ListItemIdentity : IEqualityComparer<JsonNode?>
    {
        public static ListItemIdentity Instance { get; } = new();

        public bool Equals(JsonNode? x, JsonNode? y) => (AsText(x), AsText(y)) switch
        {
            ({ } a, { } b) => string.Equals(a, b, StringComparison.Ordinal),
            (null, null) => Json(x) == Json(y),
            _ => false,
        };

        public int GetHashCode(JsonNode? node) => (AsText(node) ?? Json(node)).GetHashCode(StringComparison.Ordinal);

        private static string? AsText(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
    }
}
