using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// Keys written in the wrong place: a key indented under the wrong section or dedented to the top
/// level, a section nested in another, the settings of a section written without it, a key of
/// another lab file. The validator sees two mistakes there (a key unknown where it is, a key
/// missing where it belongs); the learner made one, so this gives one finding, at the key that
/// moved, saying where it belongs, and names the findings it replaces so the translator drops them.
/// </summary>
internal sealed class MovedKeys
{
    private readonly HashSet<string> handled = new(StringComparer.Ordinal);
    private readonly HashSet<string> explained = new(StringComparer.Ordinal);
    private readonly List<Finding> findings = [];

    private MovedKeys()
    {
    }

    public static MovedKeys None { get; } = new();

    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>True for an unknown key this reports as moved: it gets no "unknown key" finding of its own.</summary>
    public bool Handles(string unknownPointer) => handled.Contains(unknownPointer);

    /// <summary>True for a missing key or an empty section that a moved key explains: no finding of its own.</summary>
    public bool Explains(string pointer) => explained.Contains(pointer);

    /// <summary>Where each unknown key belongs, when its name (or the lab's label for it) says so.</summary>
    /// <param name="siblings">The lab's other files, whose keys a learner may write in this one.</param>
    public static MovedKeys Find(LabFileSchema schema, JsonInstance source, JsonNode? value, string file, IReadOnlyList<string> unknownPointers, IReadOnlyList<LabFileSchema> siblings)
    {
        var result = new MovedKeys();
        if (unknownPointers.Count == 0)
        {
            return result;
        }

        var slots = Slot.All(schema.Root, JsonPointerText.Root).ToArray();
        var placed = new List<Placement>();
        var undecided = new List<(string Pointer, Slot[] Candidates)>();

        // Past the first keys of a large file, keys are not looked up: hundreds of unknown keys are not slips.
        foreach (var pointer in unknownPointers.Take(SchemaFindingTranslator.SuggestionsPerMapping))
        {
            var key = JsonPointerText.LastSegment(pointer);
            var parent = JsonPointerText.Parent(pointer);
            if (schema.SubschemaFor(parent) is { } parentSchema && parentSchema.PropertyNames.Any(p => Matches(key, parentSchema, p)))
            {
                continue;
            }

            var candidates = slots.Where(s => s.Parent != parent && Matches(key, s.ParentSchema, s.Name)).ToArray();
            var open = candidates.Where(s => s.StateIn(value) != SlotState.Present).ToArray();
            if (open.Length == 1 || (open.Length == 0 && candidates.Length == 1))
            {
                placed.Add(new Placement(pointer, open.Length == 1 ? open[0] : candidates[0], null));
            }
            else if (open.Length > 1)
            {
                undecided.Add((pointer, open));
            }
            else if (candidates.Length == 0 && InSibling(key, siblings) is { } elsewhere)
            {
                placed.Add(new Placement(pointer, elsewhere.Slot, elsewhere.Schema));
            }
        }

        // A key that fits several places (name, tool) goes where its neighbours go.
        foreach (var (pointer, candidates) in undecided)
        {
            var line = source.KeySpanOf(pointer).Start.Line;
            var neighbour = placed.Where(p => p.Other is null && JsonPointerText.Parent(p.Pointer) == JsonPointerText.Parent(pointer)
                                              && candidates.Any(c => c.Parent == p.Slot.Parent))
                .OrderBy(p => Math.Abs(source.KeySpanOf(p.Pointer).Start.Line - line)).FirstOrDefault();
            if (neighbour is not null)
            {
                placed.Add(new Placement(pointer, candidates.First(c => c.Parent == neighbour.Slot.Parent), null));
            }
        }

        var writer = new MovedKeyFindings(schema, source, value, file);
        foreach (var group in placed.Where(p => p.Other is null && p.Slot.StateIn(value) is SlotState.ParentMissing or SlotState.ParentNotMapping)
                     .GroupBy(p => p.Slot.Parent))
        {
            if (writer.SectionWithout(group.Key, group.Select(p => p.Pointer).ToArray()) is { } finding)
            {
                result.findings.Add(finding);
                result.explained.Add(group.Key);
                result.handled.UnionWith(group.Select(p => p.Pointer));
            }
        }

        foreach (var placement in placed.Where(p => !result.handled.Contains(p.Pointer)))
        {
            var (finding, explains) = placement.Other is { } other
                ? (writer.InOtherFile(placement.Pointer, placement.Slot, other), null)
                : writer.Moved(placement.Pointer, placement.Slot, placement.Slot.StateIn(value));
            result.findings.Add(finding);
            result.handled.Add(placement.Pointer);
            if (explains is not null)
            {
                result.explained.Add(explains);
            }
        }

        // A key indented under a setting that takes a value left that setting without one: said once, in the moved keys' words.
        foreach (var holder in placed.Where(p => result.handled.Contains(p.Pointer)).Select(p => JsonPointerText.Parent(p.Pointer)).Distinct())
        {
            if (schema.SubschemaFor(holder) is { PropertyNames.Count: 0 } && JsonPointerText.Resolve(value, holder) is JsonObject nested
                && nested.All(entry => result.handled.Contains(JsonPointerText.Append(holder, entry.Key)))
                && writer.OverIndentedBeneath(holder, [.. nested.Select(entry => entry.Key)]) is { } finding)
            {
                result.findings.Add(finding);
                result.explained.Add(holder);
            }
        }

        return result;
    }

    /// <summary>A key written as the schema spells it, or as the lab's screens label it.</summary>
    private static bool Matches(string key, FieldSchema parent, string name)
    {
        var folded = NearMatch.Fold(key);
        return folded == NearMatch.Fold(name) || parent.Spellings(name).Any(s => NearMatch.Fold(s) == folded);
    }

    private static (Slot Slot, LabFileSchema Schema)? InSibling(string key, IReadOnlyList<LabFileSchema> siblings)
    {
        var found = siblings.SelectMany(s => Slot.All(s.Root, JsonPointerText.Root).Where(slot => Matches(key, slot.ParentSchema, slot.Name)).Select(slot => (slot, s)))
            .Take(2).ToArray();
        return found.Length == 1 ? found[0] : null;
    }

    private sealed record Placement(string Pointer, Slot Slot, LabFileSchema? Other);
}
