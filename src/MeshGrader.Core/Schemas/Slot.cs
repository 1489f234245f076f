using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas;

/// <summary>How a place for a key stands in the learner's document.</summary>
internal enum SlotState
{
    /// <summary>The mapping that should hold the key is there, without it.</summary>
    Missing,

    /// <summary>The key is already there.</summary>
    Present,

    /// <summary>The mapping that should hold the key is not written at all.</summary>
    ParentMissing,

    /// <summary>The mapping that should hold the key is written with no settings, or with a value that is not a mapping.</summary>
    ParentNotMapping,
}

/// <summary>A place a key may be written: the mapping (its pointer and schema) and the key's name there.</summary>
internal sealed record Slot(string Parent, string Name, FieldSchema ParentSchema)
{
    public string Pointer => JsonPointerText.Append(Parent, Name);

    public FieldSchema Field => ParentSchema.Property(Name)!;

    public bool IsRequired => ParentSchema.Required.Contains(Name);

    public static IEnumerable<Slot> All(FieldSchema mapping, string pointer)
    {
        foreach (var name in mapping.PropertyNames)
        {
            yield return new Slot(pointer, name, mapping);
            if (mapping.Property(name) is { PropertyNames.Count: > 0 } child)
            {
                foreach (var slot in All(child, JsonPointerText.Append(pointer, name)))
                {
                    yield return slot;
                }
            }
        }
    }

    public SlotState StateIn(JsonNode? document)
    {
        var parent = JsonPointerText.Resolve(document, Parent);
        if (parent is JsonObject holder)
        {
            return holder.ContainsKey(Name) ? SlotState.Present : SlotState.Missing;
        }

        var grandparent = Parent.Length == 0 ? null : JsonPointerText.Resolve(document, JsonPointerText.Parent(Parent));
        return grandparent is JsonObject above && !above.ContainsKey(JsonPointerText.LastSegment(Parent))
            ? SlotState.ParentMissing
            : SlotState.ParentNotMapping;
    }
}
