using System.Text.Json.Nodes;

namespace MeshGrader.Core.Loading;

/// <summary>
/// The learner's document as JSON for schema validation, with the way back from every JSON Pointer
/// to the place in the file it came from.
/// </summary>
internal sealed class JsonInstance(JsonNode? value, Dictionary<string, SourceNode> nodes, Dictionary<string, SourceScalar> keys)
{
    public JsonNode? Value { get; } = value;

    /// <summary>The node written at each pointer (for an alias, the alias itself).</summary>
    public IReadOnlyDictionary<string, SourceNode> Nodes { get; } = nodes;

    /// <summary>The key scalar of each mapping entry, by the pointer of its value.</summary>
    public IReadOnlyDictionary<string, SourceScalar> Keys { get; } = keys;

    public SourceSpan SpanOf(string pointer)
    {
        // Walk up to the nearest pointer that exists: a missing key points at the mapping that should hold it.
        var current = pointer;
        while (true)
        {
            if (Nodes.TryGetValue(current, out var node))
            {
                return node.Span;
            }

            if (current.Length == 0)
            {
                return SourceSpan.FileStart;
            }

            current = JsonPointerText.Parent(current);
        }
    }

    public SourceSpan KeySpanOf(string pointer) => Keys.TryGetValue(pointer, out var key) ? key.Span : SpanOf(pointer);

    public SourceNode? NodeAt(string pointer) => Nodes.GetValueOrDefault(pointer) is SourceAlias alias ? alias.Target : Nodes.GetValueOrDefault(pointer);

    public SourceScalar? ScalarAt(string pointer) => NodeAt(pointer) as SourceScalar;
}
