using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// One finding for every wrong item of one list: each named by its value and position, and a hint
/// that writes the learner's own list back with the fixes made, so it never drops the items that
/// were right. For a list that must hold certain items (an "all of" list), the items still missing
/// once the fixes are made are named in the same finding and added by the same hint: a misspelt
/// item does not hide the others that are missing, and the list fails its check once.
/// </summary>
internal sealed class ListItemExplanation(LabFileSchema schema, JsonInstance source, JsonNode? value, string file)
{
    /// <summary>How many wrong items of one list a finding names one by one.</summary>
    internal const int NamedItems = 5;

    /// <param name="listPointer">The list field.</param>
    /// <param name="bad">The wrong items, by index, with the keyword each fails.</param>
    /// <param name="required">The items the list must hold, when it must hold some; null otherwise.</param>
    public Finding? Explain(string listPointer, IReadOnlyList<(int Index, string Keyword)> bad, IReadOnlyList<string>? required)
    {
        if (schema.FieldFor(listPointer) is not { } located || schema.SubschemaFor(listPointer) is not { Items: { } items } listField
            || JsonPointerText.Resolve(value, listPointer) is not JsonArray list || bad.Count == 0)
        {
            return null;
        }

        var field = located.Field;
        var key = JsonPointerText.LastSegment(listPointer);
        var choices = items.Choices;
        // A single value where the list was expected ("frameworks: ALL") is not "the 1st item".
        var single = list.Count == 1 && source.ScalarAt(listPointer) is not null;
        var keywords = bad.GroupBy(b => b.Index).ToDictionary(g => g.Key, g => g.First().Keyword);
        var problems = new List<string>();
        var actions = new List<string>();
        var kept = new List<string>();
        var removed = new List<string>();
        var choicesNamed = false;

        string OneOf()
        {
            var text = choicesNamed ? "is not one either" : $"is not one of {string.Join(", ", choices!)}";
            choicesNamed = true;
            return text;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var text = item is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (!keywords.TryGetValue(i, out var keyword))
            {
                kept.Add(text ?? item?.ToJsonString() ?? string.Empty);
                continue;
            }

            var written = source.ScalarAt(JsonPointerText.Append(listPointer, i));
            var described = text is not null ? $"'{text}'" : ValueDescription.Of(item, written);
            var named = single ? described : $"the {ListItem.Ordinal(i)} item {described}";
            if (keyword == "enum" && text is not null && choices is not null && EverythingWord.Means(text, key))
            {
                var every = required ?? choices;
                problems.Add($"{named} is not a value here: list each one you mean: {ListItem.Flow(every)}");
                actions.Add($"list each one in place of '{text}'");
                kept.AddRange(every);
            }
            else if (keyword == "enum" && text is not null && choices is not null && Meant(text, items) is { } meant)
            {
                problems.Add($"{named} {OneOf()}; did you mean '{meant}'?");
                actions.Add($"write '{meant}' for '{text}'");
                kept.Add(meant);
            }
            else if (keyword == "enum" && choices is not null)
            {
                problems.Add($"{named} {OneOf()}");
                actions.Add($"remove {described}");
                removed.Add(described);
            }
            else if (keyword == "type" && items.Type == "string" && written is { IsPlain: true })
            {
                problems.Add($"{named} must be text; found {ValueDescription.Of(item, written)}");
                actions.Add($"quote {written.Text}");
                kept.Add(written.Text);
            }
            else if (keyword == "pattern" && string.IsNullOrWhiteSpace(text))
            {
                problems.Add(single ? "the only item is blank" : $"the {ListItem.Ordinal(i)} item is blank");
                actions.Add("remove the blank item");
                removed.Add("the blank item");
            }
            else
            {
                problems.Add($"{named} is not valid ({keyword})");
                actions.Add($"remove {described}");
                removed.Add(described);
            }
        }

        // A list of hundreds of wrong items is not hundreds of typos: the first few are named, the rest counted.
        Capped(problems, n => $"{n} more items are not valid either");
        Capped(actions, n => $"fix {n} more");
        Capped(removed, n => $"{n} more");
        var fixedList = kept.Distinct(StringComparer.Ordinal).ToList();
        if (required is not null)
        {
            var missing = required.Where(r => !fixedList.Contains(r, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"Also missing: {ListItem.Join(missing)} (the list must hold all of {ListItem.Join(required)})");
                actions.Add($"add {ListItem.Join(missing)}");
                fixedList.AddRange(missing);
            }
        }

        // Removing a wrong item is an answer only where what is left is still a valid list.
        var answerable = fixedList.Count >= (listField.NumericBound("minItems") ?? 0m)
            && (removed.Count == 0 || required is not null || fixedList.Count > 0);
        var flow = ListItem.Flow(fixedList);
        var tip = field.Hint;
        var hint = answerable
            ? $"{Capitalised(ListItem.Join(actions))}: {key}: {flow}."
            : choices is not null
                ? $"Replace {ListItem.Join(removed)} with one of {string.Join(", ", choices)}. {tip}".TrimEnd()
                : tip;

        // One sentence per problem: "...; did you mean 'x'?" reads badly followed by more.
        var message = string.Join(" ", problems.Select((p, i) => (i == 0 ? $"{NamedPath.Of(listPointer)}: {p}" : Capitalised(p)) is var sentence
            && sentence.EndsWith('?') ? sentence : sentence + "."));
        var first = JsonPointerText.Append(listPointer, keywords.Keys.Min());
        var finding = FindingFactory.FieldError(field.RuleId!, file, source.SpanOf(first), first,
            message, hint, ScoredChecks.At(schema, first));
        return answerable ? finding with { Answer = new FindingAnswer(listPointer, flow) } : finding;
    }

    private static void Capped(List<string> parts, Func<int, string> rest)
    {
        if (parts.Count > NamedItems)
        {
            var more = parts.Count - NamedItems;
            parts.RemoveRange(NamedItems, more);
            parts.Add(rest(more));
        }
    }

    private static string? Meant(string text, FieldSchema items)
    {
        var meant = NearMatch.Best(text, items.Choices!.Concat(items.Aliases.Keys));
        return meant is not null && items.Aliases.TryGetValue(meant, out var canonical) ? canonical : meant;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
