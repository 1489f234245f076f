using System.Globalization;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules;

namespace MeshGrader.Core.Loading;

/// <summary>
/// Converts the positioned tree to JSON. Aliases are shared nodes that expand multiplicatively, so
/// expansion is budgeted: a "billion laughs" file becomes a finding, not an exhausted machine.
/// </summary>
internal sealed class JsonInstanceBuilder(LoadLimits limits)
{
    public (JsonInstance? Instance, Finding? Problem) Build(string file, SourceNode root)
    {
        // Measure first: the tree is small even when its expansion is not, so a bomb costs microseconds.
        var sizes = new Dictionary<SourceNode, long>();
        if (ExpandedSize(root, sizes) > limits.MaxExpandedNodes)
        {
            // Point at the alias that expands the most: that is the line to change.
            var culprit = sizes.Where(s => s.Key is SourceAlias).OrderByDescending(s => s.Value)
                .ThenBy(s => s.Key.Span.Start.Line).ThenBy(s => s.Key.Span.Start.Column).Select(s => s.Key).FirstOrDefault();
            return (null, FindingFactory.At(CoreRules.LimitExceeded, file, culprit?.Span ?? SourceSpan.FileStart, JsonPointerText.Root,
                $"Aliases in {file} expand to more than {limits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)} nodes."));
        }

        var nodes = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        var keys = new Dictionary<string, SourceScalar>(StringComparer.Ordinal);
        Finding? problem = null;

        JsonNode? Convert(SourceNode node, string pointer, int depth)
        {
            if (problem is not null)
            {
                return null;
            }

            // The node count was measured before building; depth can still grow through aliases.
            if (depth > limits.MaxDepth)
            {
                problem = FindingFactory.At(CoreRules.LimitExceeded, file, node.Span, pointer,
                    $"Aliases in {file} expand to more than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels of nesting.");
                return null;
            }

            nodes.TryAdd(pointer, node);
            switch (node)
            {
                case SourceAlias alias:
                    return Convert(alias.Target, pointer, depth);
                case SourceScalar scalar:
                    return ToJson(ScalarResolver.Resolve(scalar));
                case SourceSequence sequence:
                    var array = new JsonArray();
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        array.Add(Convert(sequence.Items[i], JsonPointerText.Append(pointer, i), depth + 1));
                    }

                    return array;
                case SourceMapping mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Entries)
                    {
                        var childPointer = JsonPointerText.Append(pointer, entry.Key.Text);
                        keys.TryAdd(childPointer, entry.Key);
                        obj[entry.Key.Text] = Convert(entry.Value, childPointer, depth + 1);
                    }

                    return obj;
                default:
                    return null;
            }
        }

        var value = Convert(root, JsonPointerText.Root, 0);
        return problem is null ? (new JsonInstance(value, nodes, keys), null) : (null, problem);
    }

    /// <summary>
    /// How many nodes building visits once aliases are expanded (an alias and what it expands to),
    /// saturating above the budget.
    /// </summary>
    private long ExpandedSize(SourceNode node, Dictionary<SourceNode, long> known)
    {
        if (known.TryGetValue(node, out var size))
        {
            return size;
        }

        var cap = (long)limits.MaxExpandedNodes + 1;
        size = node switch
        {
            SourceAlias alias => 1 + ExpandedSize(alias.Target, known),
            SourceSequence sequence => 1 + sequence.Items.Sum(item => ExpandedSize(item, known)),
            SourceMapping mapping => 1 + mapping.Entries.Sum(entry => ExpandedSize(entry.Value, known)),
            _ => 1,
        };
        size = Math.Min(size, cap);
        known[node] = size;
        return size;
    }

    private static JsonNode? ToJson(ResolvedScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.Boolean => JsonValue.Create(scalar.Boolean),
        ScalarKind.Integer or ScalarKind.Float when scalar.Decimal is { } exact => JsonValue.Create(exact),
        // JSON has no infinity or NaN: keep the text, so a number check reports what was written.
        ScalarKind.Integer or ScalarKind.Float when !double.IsFinite(scalar.Double) => JsonValue.Create(scalar.Text),
        ScalarKind.Integer or ScalarKind.Float => JsonValue.Create(scalar.Double),
        _ => JsonValue.Create(scalar.Text),
    };
}
