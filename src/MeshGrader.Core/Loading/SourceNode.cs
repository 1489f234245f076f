using MeshGrader.Core.Findings;
using YamlDotNet.Core;

namespace MeshGrader.Core.Loading;

/// <summary>
/// A node of the learner's YAML with its place in the file. Built from parser events rather than
/// YamlDotNet's YamlStream so that depth is bounded before anything recurses, and so that a
/// duplicate key becomes a finding instead of an exception that loses the whole document.
/// </summary>
internal abstract class SourceNode(SourceSpan span)
{
    public SourceSpan Span { get; private set; } = span;

    /// <summary>While loading: the collection is still being read, so an alias to it would contain itself.</summary>
    public bool IsOpen { get; set; }

    /// <summary>Extends a flow collection's span, known only from its opening bracket, to its closing one.</summary>
    public void CloseAt(SourcePosition end) => Span = Span with { End = end };

    /// <summary>Moves the node's place, for a text read with slips undone, back to the learner's text.</summary>
    public void Relocate(Func<SourcePosition, SourcePosition> toLearnersText) => Span = new SourceSpan(toLearnersText(Span.Start), toLearnersText(Span.End));
}

internal sealed class SourceScalar(SourceSpan span, string text, ScalarStyle style, string? tag) : SourceNode(span)
{
    public string Text { get; } = text;

    public ScalarStyle Style { get; } = style;

    /// <summary>The explicit tag, when the learner wrote one (e.g. <c>!!str</c>).</summary>
    public string? Tag { get; } = tag;

    public bool IsPlain => Style is ScalarStyle.Plain or ScalarStyle.Any;
}

internal sealed record SourceEntry(SourceScalar Key, SourceNode Value);

internal sealed class SourceMapping(SourceSpan span) : SourceNode(span)
{
    // Findings look entries up by key; a wide map with a finding on every key would make a linear
    // scan quadratic, so a larger mapping gets an index the first time it is searched.
    private const int ScanLimit = 16;
    private Dictionary<string, SourceEntry>? index;

    /// <summary>The entries in file order; keys are unique (a repeated key is dropped when loading, with a finding).</summary>
    public List<SourceEntry> Entries { get; } = [];

    public SourceEntry? Find(string key)
    {
        if (Entries.Count <= ScanLimit)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key.Text == key)
                {
                    return entry;
                }
            }

            return null;
        }

        if (index is null || index.Count != Entries.Count)
        {
            index = new Dictionary<string, SourceEntry>(Entries.Count, StringComparer.Ordinal);
            foreach (var entry in Entries)
            {
                index.TryAdd(entry.Key.Text, entry);
            }
        }

        return index.GetValueOrDefault(key);
    }
}

internal sealed class SourceSequence(SourceSpan span) : SourceNode(span)
{
    public List<SourceNode> Items { get; } = [];
}

/// <summary>An alias (<c>*name</c>); the target is shared, so expansion is budgeted.</summary>
internal sealed class SourceAlias(SourceSpan span, SourceNode target) : SourceNode(span)
{
    public SourceNode Target { get; } = target;
}
