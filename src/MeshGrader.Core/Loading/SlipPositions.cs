using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Loading;

/// <summary>
/// Positions in a text read past its slips: the key a slip's line holds, and the way back from the
/// text as read to the learner's own columns.
/// </summary>
internal static class SlipPositions
{
    /// <summary>The pointer of the deepest key or list item that starts on a line; the root when none does.</summary>
    public static string PointerOfLine(SourceNode root, int line)
    {
        var found = JsonPointerText.Root;
        Visit(root, JsonPointerText.Root, 0);
        return found;

        void Visit(SourceNode node, string pointer, int depth)
        {
            if (depth > 64)
            {
                return;
            }

            switch (node)
            {
                case SourceMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        var at = JsonPointerText.Append(pointer, entry.Key.Text);
                        if (entry.Key.Span.Start.Line == line)
                        {
                            found = at;
                        }

                        if (entry.Key.Span.Start.Line <= line)
                        {
                            Visit(entry.Value, at, depth + 1);
                        }
                    }

                    break;
                case SourceSequence sequence:
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        var at = JsonPointerText.Append(pointer, i);
                        if (sequence.Items[i].Span.Start.Line == line && found.Length <= pointer.Length)
                        {
                            found = at;
                        }

                        Visit(sequence.Items[i], at, depth + 1);
                    }

                    break;
            }
        }
    }

    public static void Relocate(SourceNode root, Func<SourcePosition, SourcePosition> map)
    {
        // An alias shares its anchor's node: each node moves once.
        var moved = new HashSet<SourceNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<SourceNode>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!moved.Add(node))
            {
                continue;
            }

            node.Relocate(map);
            foreach (var child in node switch
            {
                SourceMapping mapping => mapping.Entries.SelectMany(e => new[] { e.Key, e.Value }),
                SourceSequence sequence => sequence.Items,
                _ => [],
            })
            {
                pending.Push(child);
            }
        }
    }

    public static Finding Relocated(Finding finding, IReadOnlyList<ColumnShift> shifts)
    {
        if (finding is not { Line: { } line, Column: { } column })
        {
            return finding;
        }

        var start = ColumnShift.Undo(new SourcePosition(line, column), shifts);
        var end = finding is { EndLine: { } endLine, EndColumn: { } endColumn } ? ColumnShift.Undo(new SourcePosition(endLine, endColumn), shifts) : (SourcePosition?)null;
        return finding with { Column = start.Column, EndColumn = end?.Column ?? finding.EndColumn };
    }
}
