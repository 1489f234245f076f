using System.Globalization;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

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
        var aliasSizes = new Dictionary<SourceNode, long>();
        if (ExpandedSize(root, aliasSizes) > limits.MaxExpandedNodes)
        {
            // Point at the alias that expands the most: that is the line to change.
            var culprit = aliasSizes.Where(s => s.Key is SourceAlias).OrderByDescending(s => s.Value)
                .ThenBy(s => s.Key.Span.Start.Line).ThenBy(s => s.Key.Span.Start.Column).Select(s => s.Key).FirstOrDefault();
            return (null, FindingFactory.At(CoreRules.LimitExceeded, file, culprit?.Span ?? SourceSpan.FileStart, JsonPointerText.Root,
                $"Aliases in {file} expand to more than {limits.MaxExpandedNodes.ToString(CultureInfo.InvariantCulture)} nodes."));
        }

        var path = new PointerPath();
        Finding? problem = null;

        JsonNode? Convert(SourceNode node)
        {
            if (problem is not null)
            {
                return null;
            }

            // The node count was measured before building; depth can still grow through aliases.
            if (path.Depth > limits.MaxDepth)
            {
                problem = FindingFactory.At(CoreRules.LimitExceeded, file, node.Span, path.Pointer,
                    $"Aliases in {file} expand to more than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels of nesting.");
                return null;
            }

            switch (node)
            {
                case SourceAlias alias:
                    return Convert(alias.Target);
                case SourceScalar scalar:
                    return ToJson(ScalarResolver.Resolve(scalar));
                case SourceSequence sequence:
                    var array = new JsonArray();
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        path.Push(i);
                        array.Add(Convert(sequence.Items[i]));
                        path.Pop();
                    }

                    return array;
                case SourceMapping mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Entries)
                    {
                        path.Push(entry.Key.Text);
                        // Keys are unique: loading keeps the first of a repeated key, with a finding.
                        obj.Add(entry.Key.Text, Convert(entry.Value));
                        path.Pop();
                    }

                    return obj;
                default:
                    return null;
            }
        }

        var value = Convert(root);
        return problem is null ? (new JsonInstance(value, root), null) : (null, problem);
    }

    /// <summary>
    /// How many nodes building visits once aliases are expanded (an alias and what it expands to),
    /// saturating above the budget. Only what an alias refers to can be visited twice, so only
    /// aliases and their targets are remembered.
    /// </summary>
    private long ExpandedSize(SourceNode node, Dictionary<SourceNode, long> known)
    {
        var cap = (long)limits.MaxExpandedNodes + 1;
        long size;
        switch (node)
        {
            case SourceAlias alias:
                if (known.TryGetValue(alias, out size))
                {
                    return size;
                }

                if (!known.TryGetValue(alias.Target, out var target))
                {
                    target = ExpandedSize(alias.Target, known);
                    known[alias.Target] = target;
                }

                size = Math.Min(1 + target, cap);
                known[alias] = size;
                return size;
            case SourceSequence sequence:
                size = 1;
                foreach (var item in sequence.Items)
                {
                    size = Math.Min(size + ExpandedSize(item, known), cap);
                }

                return size;
            case SourceMapping mapping:
                size = 1;
                foreach (var entry in mapping.Entries)
                {
                    size = Math.Min(size + ExpandedSize(entry.Value, known), cap);
                }

                return size;
            default:
                return 1;
        }
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
