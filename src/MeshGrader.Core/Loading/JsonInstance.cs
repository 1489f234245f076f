using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Loading;

/// <summary>
/// The learner's document as JSON for schema validation, with the way back from every JSON Pointer
/// to the place in the file it came from. The way back walks the positioned tree when a finding
/// asks for it, instead of indexing every node up front: most nodes never carry a finding.
/// </summary>
internal sealed class JsonInstance(JsonNode? value, SourceNode root)
{
    /// <summary>The value as written; the normaliser rewrites it in place, once, into the graded value.</summary>
    public JsonNode? Value { get; } = value;

    public SourceSpan SpanOf(string pointer)
    {
        // Walk up to the nearest pointer that exists: a missing key points at the mapping that should hold it.
        var current = pointer;
        while (true)
        {
            if (WrittenAt(current) is { } node)
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

    public SourceSpan KeySpanOf(string pointer) => KeyAt(pointer) is { } key ? key.Span : SpanOf(pointer);

    /// <summary>The node written at a pointer: for an alias, the alias itself; null when nothing is there.</summary>
    public SourceNode? WrittenAt(string pointer) => Walk(pointer).Node;

    /// <summary>The key scalar of the mapping entry whose value is at the pointer.</summary>
    public SourceScalar? KeyAt(string pointer) => Walk(pointer).Key;

    public SourceNode? NodeAt(string pointer) => WrittenAt(pointer) is SourceAlias alias ? alias.Target : WrittenAt(pointer);

    public SourceScalar? ScalarAt(string pointer) => NodeAt(pointer) as SourceScalar;

    private (SourceNode? Node, SourceScalar? Key) Walk(string pointer)
    {
        SourceNode? node = root;
        SourceScalar? key = null;
        foreach (var segment in JsonPointerText.Segments(pointer))
        {
            while (node is SourceAlias alias)
            {
                node = alias.Target;
            }

            key = null;
            switch (node)
            {
                case SourceMapping mapping when mapping.Find(segment) is { } entry:
                    key = entry.Key;
                    node = entry.Value;
                    break;
                case SourceSequence sequence when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                                                  && index < sequence.Items.Count && segment == index.ToString(System.Globalization.CultureInfo.InvariantCulture):
                    node = sequence.Items[index];
                    break;
                default:
                    return (null, null);
            }
        }

        return (node, key);
    }
}
