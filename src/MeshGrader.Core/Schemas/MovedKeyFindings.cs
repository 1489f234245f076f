using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas;

/// <summary>The words of a moved-key finding: where the key is, where it belongs, how far to indent it.</summary>
internal sealed class MovedKeyFindings(LabFileSchema schema, JsonInstance source, JsonNode? value, string file)
{
    /// <summary>
    /// The settings of a section written without it (the section line missing, or the settings
    /// dedented below an empty one): one finding for the section, at its first setting.
    /// </summary>
    public Finding? SectionWithout(string section, IReadOnlyList<string> pointers)
    {
        if (schema.SubschemaFor(section) is not { RuleId: { } rule } sectionSchema)
        {
            return null;
        }

        var ordered = pointers.OrderBy(p => source.KeySpanOf(p).Start.Line).ThenBy(p => source.KeySpanOf(p).Start.Column).ToArray();
        var first = ordered[0];
        var name = JsonPointerText.LastSegment(section);
        var keys = string.Join(", ", ordered.Select(JsonPointerText.LastSegment));
        var where = Where(ordered);
        var indent = IndentBeneath(section);
        var written = JsonPointerText.Resolve(value, JsonPointerText.Parent(section)) is JsonObject holder && holder.ContainsKey(name);
        string message, hint;
        if (!written)
        {
            message = $"The section '{name}:' is missing: its settings ({keys}) are {where}.";
            hint = $"Write {name}: on its own line above {JsonPointerText.LastSegment(first)}:, {Margin(JsonPointerText.Parent(section))}, and indent its settings {Spaces(indent)} beneath it. {sectionSchema.Description}".TrimEnd();
        }
        else
        {
            var holds = JsonPointerText.Resolve(value, section) is null ? "has no settings" : $"holds {ValueDescription.Of(JsonPointerText.Resolve(value, section), source.ScalarAt(section))}";
            message = $"The settings of '{name}' ({keys}) are {where}, not beneath {name}:, which {holds}.";
            hint = $"Indent {keys} {Spaces(indent)} beneath {name}: (line {source.KeySpanOf(section).Start.Line}), with nothing after {name}: on its line.";
        }

        return FindingFactory.FieldError(rule, file, source.KeySpanOf(first), section, message, hint, ScoredChecks.At(schema, section));
    }

    /// <summary>
    /// A key under the wrong mapping of this file. When it is the required key missing where it
    /// belongs, the finding is that key's error (and explains the missing-key finding); otherwise
    /// an unknown-key warning that says where the key belongs.
    /// </summary>
    public (Finding Finding, string? Explains) Moved(string pointer, Slot slot, SlotState state)
    {
        var key = JsonPointerText.LastSegment(pointer);
        var place = slot.Parent.Length == 0
            ? $"is a section: it belongs at the left margin, not indented; it is {Where([pointer])}"
            : $"belongs under {NamedPath.Of(slot.Parent)}:, indented {Spaces(IndentBeneath(slot.Parent))}; it is {Where([pointer])}";
        var subject = key == slot.Name ? $"'{key}'" : $"'{key}' (the key {slot.Name})";
        var rename = key == slot.Name ? string.Empty : $", and write the key as {slot.Name}";
        var move = slot.Parent.Length == 0
            ? $"Move {key}: to the left margin, with its settings indented {Spaces(2)} beneath it{rename}."
            : $"Move {key}: beneath {NamedPath.Of(slot.Parent)}: and indent it {Spaces(IndentBeneath(slot.Parent))}, like the other settings there{rename}.";
        var span = source.KeySpanOf(pointer);

        if (state == SlotState.Missing && slot.IsRequired && slot.Field.RuleId is { } rule)
        {
            return (FindingFactory.FieldError(rule, file, span, slot.Pointer, $"{subject} {place}.", move, ScoredChecks.At(schema, slot.Pointer)), slot.Pointer);
        }

        var message = state == SlotState.Present
            ? $"{subject} {place}; {NamedPath.Of(slot.Pointer)} is already set there, so this one is ignored."
            : $"{subject} {place}, so it is ignored.";
        var hint = state == SlotState.Present ? $"Remove this {key}: ({NamedPath.Of(slot.Pointer)} is the one that counts)." : move;
        return (FindingFactory.At(CoreRules.UnknownKey, file, span, pointer, message, hint), null);
    }

    /// <summary>A key of another file of the lab: a warning here, which the grader makes the other file's error when the key is missing there.</summary>
    public Finding InOtherFile(string pointer, Slot slot, LabFileSchema other)
    {
        var key = JsonPointerText.LastSegment(pointer);
        var otherFile = other.FileName + ".yaml";
        var under = slot.Parent.Length == 0 ? "as a section at the left margin" : $"under {NamedPath.Of(slot.Parent)}:";
        var subject = key == slot.Name ? $"'{key}'" : $"'{key}' (the key {slot.Name})";
        var message = $"{subject} belongs in {otherFile}, {under}; it is {Where([pointer])} in {file}, where it is ignored.";
        var hint = $"Move {key}: to {otherFile}, {under}{(slot.Parent.Length == 0 ? string.Empty : $", indented {Spaces(2 * JsonPointerText.Segments(slot.Parent).Count)}")}.";
        return FindingFactory.At(CoreRules.UnknownKey, file, source.KeySpanOf(pointer), pointer, message, hint) with { BelongsIn = new KeyHome(other.FileName, slot.Pointer) };
    }

    /// <summary>A setting left without a value because the keys beneath it are indented too far, so YAML reads them as its value.</summary>
    public Finding? OverIndentedBeneath(string holder, IReadOnlyList<string> keys)
    {
        if (schema.FieldFor(holder) is not { } located || located.Pointer != holder || located.Field.RuleId is not { } rule)
        {
            return null;
        }

        var key = JsonPointerText.LastSegment(holder);
        var (lines, verb) = keys.Count == 1 ? ($"the line beneath it ({keys[0]})", "is") : ($"the lines beneath it ({string.Join(", ", keys)})", "are");
        var example = located.Field.Example is { } e ? $" (e.g. {key}: {e})" : string.Empty;
        return FindingFactory.FieldError(rule, file, source.KeySpanOf(holder), holder,
            $"{NamedPath.Of(holder)} has no value: {lines} {verb} indented too far, so YAML reads {(keys.Count == 1 ? "it" : "them")} as its value.",
            $"Write the value after {key}:{example}, or remove the key; then indent {string.Join(", ", keys)} as far as {key}.", ScoredChecks.At(schema, holder));
    }

    private static string Where(IReadOnlyList<string> pointers)
    {
        var parents = pointers.Select(JsonPointerText.Parent).Distinct().ToArray();
        return parents.Length == 1 && parents[0].Length == 0
            ? "at the top level"
            : "under " + string.Join(" and ", parents.Select(p => p.Length == 0 ? "the top level" : NamedPath.Of(p) + ":"));
    }

    private static string Margin(string parent) => parent.Length == 0 ? "at the left margin" : $"beneath {NamedPath.Of(parent)}:";

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    /// <summary>How far the settings of a mapping are indented: as the learner's other settings there are, else two spaces a level.</summary>
    private int IndentBeneath(string mapping)
    {
        if (mapping.Length == 0)
        {
            return 0;
        }

        if (source.NodeAt(mapping) is SourceMapping { Entries.Count: > 0 } written)
        {
            return written.Entries[0].Key.Span.Start.Column - 1;
        }

        return source.KeyAt(mapping) is { } key ? key.Span.Start.Column - 1 + 2 : 2 * JsonPointerText.Segments(mapping).Count;
    }
}
