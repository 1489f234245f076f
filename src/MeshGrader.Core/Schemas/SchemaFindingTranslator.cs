using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Validation;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// Turns the validator's output into findings in the learner's terms: one finding per mistake,
/// located on the offending value (or on the mapping that lacks a key), with the rule id and tip
/// from the schema, "did you mean" for near misses, and no cascades. The wrong items of one list
/// are one finding (<see cref="ListItemExplanation"/>); <paramref name="completeLists"/> names the
/// lists that must hold certain items ("all of"), by pointer, so that finding also names the
/// items still missing.
/// </summary>
internal sealed class SchemaFindingTranslator(
    LabFileSchema schema, JsonInstance source, JsonNode? value, string file,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? completeLists = null)
{
    // When one value breaks several keywords, the first of these explains it best.
    private static readonly string[] KeywordPriority =
        ["type", "const", "enum", "pattern", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "minItems", "minLength"];

    /// <summary>The lab's other files: a key of theirs written here is named with the file it belongs in.</summary>
    public IReadOnlyList<LabFileSchema> SiblingFiles { get; init; } = [];

    /// <summary>How many unknown keys of one mapping get a "did you mean" (as many as a report shows per file).</summary>
    internal const int SuggestionsPerMapping = 100;

    public IReadOnlyList<Finding> Translate(IReadOnlyList<SchemaViolation> violations)
    {
        var errors = violations.Distinct().Select(v => (v.Pointer, v.Keyword)).ToList();
        var findings = new List<Finding>();

        if (errors.Any(e => e.Pointer.Length == 0 && e.Keyword == "type"))
        {
            findings.Add(FindingFactory.At(CoreRules.FileStructure, file, source.SpanOf(JsonPointerText.Root), JsonPointerText.Root,
                $"{file} must be a mapping of sections ({string.Join(", ", schema.Root.PropertyNames.Select(p => p + ":"))}); found {ValueDescription.Of(value, source.ScalarAt(JsonPointerText.Root))}.",
                check: ScoredChecks.At(schema, JsonPointerText.Root)));
            return findings;
        }

        // Keys indented one level too far sit in the mapping of the key above them, where a value was expected.
        var overIndented = errors.Where(e => e.Keyword == "type").Select(e => e.Pointer).Distinct()
            .SelectMany(p => Navigate(p) is JsonObject nested ? nested.Select(entry => JsonPointerText.Append(p, entry.Key)) : []);
        var moved = MovedKeys.Find(schema, source, value, file,
            [.. errors.Where(e => e.Keyword == "additionalProperties").Select(e => e.Pointer), .. overIndented], SiblingFiles);
        findings.AddRange(moved.Findings);

        var blocked = new List<string>();
        foreach (var mapping in errors.Where(e => e.Keyword is "required" or "additionalProperties")
                     .Select(e => e.Keyword == "required" ? e.Pointer : JsonPointerText.Parent(e.Pointer)).Distinct())
        {
            findings.AddRange(TranslateKeys(mapping, errors, moved));
        }

        var listItems = new Dictionary<string, List<(int Index, string Keyword)>>(StringComparer.Ordinal);
        foreach (var group in errors.Where(e => e.Keyword is not ("required" or "additionalProperties"))
                     .GroupBy(e => e.Pointer).OrderBy(g => g.Key.Length))
        {
            if (blocked.Any(b => IsWithin(group.Key, b)) || moved.Explains(group.Key))
            {
                continue;
            }

            var error = group.OrderBy(e => Priority(e.Keyword)).First();
            if (error.Keyword == "type")
            {
                blocked.Add(error.Pointer);
            }

            if (ListItem.Of(schema, error.Pointer) is { } item && schema.FieldFor(error.Pointer)?.Pointer == item.List)
            {
                if (!listItems.TryGetValue(item.List, out var wrong))
                {
                    listItems[item.List] = wrong = [];
                }

                wrong.Add((item.Index, error.Keyword));
                continue;
            }

            if (TranslateValue(error.Pointer, error.Keyword) is { } finding)
            {
                findings.Add(finding);
            }
        }

        var explanation = new ListItemExplanation(schema, source, value, file);
        foreach (var (list, wrong) in listItems)
        {
            if (explanation.Explain(list, wrong, completeLists?.GetValueOrDefault(list)) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private IEnumerable<Finding> TranslateKeys(string mappingPointer, List<(string Pointer, string Keyword)> errors, MovedKeys moved)
    {
        var mappingSchema = schema.SubschemaFor(mappingPointer);
        if (mappingSchema is null || Navigate(mappingPointer) is not JsonObject present)
        {
            yield break;
        }

        // A key written elsewhere in the file explains its own absence here: the moved key's finding says so.
        var missing = mappingSchema.Required.Where(r => !present.ContainsKey(r) && !moved.Explains(JsonPointerText.Append(mappingPointer, r))).ToList();
        var unknown = errors.Where(e => e.Keyword == "additionalProperties" && JsonPointerText.Parent(e.Pointer) == mappingPointer && !moved.Handles(e.Pointer))
            .Select(e => e.Pointer).ToList();

        string? knownKeys = null;
        for (var i = 0; i < unknown.Count; i++)
        {
            var unknownPointer = unknown[i];
            var key = JsonPointerText.LastSegment(unknownPointer);

            // Hundreds of unknown keys in one mapping are not typos: past the first ones, each is
            // reported without the edit-distance search, which would cost more than the rest of grading.
            var suggest = i < SuggestionsPerMapping;
            // A key written as the lab's screens label it ("Quality Threshold", "Retention Policy") is a near miss too.
            var meant = suggest ? NearMatch.Best(key, missing, mappingSchema.Spellings) : null;
            if (meant is not null)
            {
                // One mistake, one finding: the misspelt key and the missing key it was meant to be.
                missing.Remove(meant);
                var field = mappingSchema.Property(meant)!;
                yield return Error(field, JsonPointerText.Append(mappingPointer, meant), source.KeySpanOf(unknownPointer),
                    $"'{key}' is not a known key in {NamedPath.Of(mappingPointer)}; did you mean '{meant}'? ('{meant}' is required.)",
                    $"Rename the key to {meant}.", ScoredChecks.At(schema, JsonPointerText.Append(mappingPointer, meant)));
                continue;
            }

            var near = suggest ? NearMatch.Best(key, mappingSchema.PropertyNames, mappingSchema.Spellings) : null;
            var hint = key == "<<"
                ? "Merge keys (<<) belong to YAML 1.1 and are not part of YAML 1.2: write the keys out in full."
                : near is null
                    ? knownKeys ??= $"Known keys here: {string.Join(", ", mappingSchema.PropertyNames)}."
                    : present.ContainsKey(near)
                        ? $"Did you mean '{near}'? It is already set here, so this key is ignored."
                        : $"Did you mean '{near}'? Rename the key to {near}.";
            yield return FindingFactory.At(CoreRules.UnknownKey, file, source.KeySpanOf(unknownPointer), unknownPointer,
                $"Unknown key '{key}' in {NamedPath.Of(mappingPointer)} is ignored.", hint);
        }

        foreach (var name in missing)
        {
            var field = mappingSchema.Property(name)!;
            var pointer = JsonPointerText.Append(mappingPointer, name);
            var example = field.Example is { } e ? $"{name}: {e}" : $"{name}:";
            var message = mappingPointer.Length == 0
                ? $"The section '{name}' is missing."
                : $"{NamedPath.Of(mappingPointer)} is missing the required key '{name}'.";
            var hint = mappingPointer.Length == 0
                ? $"Add the section '{name}:' at the left margin with its settings beneath it. {field.Description}"
                : $"Add {example} under {JsonPointerText.LastSegment(mappingPointer)}:. {field.Hint}".TrimEnd();
            yield return Error(field, pointer, source.SpanOf(mappingPointer), message, hint, ScoredChecks.At(schema, pointer));
        }
    }

    private Finding? TranslateValue(string pointer, string keyword)
    {
        var located = schema.FieldFor(pointer);
        var sub = schema.SubschemaFor(pointer);
        if (located is null || sub is null)
        {
            return null;
        }

        var (field, fieldPointer) = located.Value;
        var actual = Navigate(pointer);
        var written = source.ScalarAt(pointer);
        var key = JsonPointerText.LastSegment(fieldPointer);
        var name = NamedPath.Of(pointer);
        // A section is a top-level key that holds a step; a file's other top-level settings are plain values.
        var isSection = fieldPointer.Count(c => c == '/') == 1 && field.Step is not null;
        var check = ScoredChecks.At(schema, pointer);
        var span = source.SpanOf(pointer);
        var tip = field.Hint;

        (string Message, string? Hint, string? Answer) text = keyword switch
        {
            "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" when OtherForm(sub, key, name, actual, written, tip) is { } other => other,
            "type" => TypeMessage(sub, field, key, name, actual, written, isSection),
            "const" => ConstMessage(sub, key, name, actual, written, tip),
            "enum" => EnumMessage(sub, key, name, actual, written, tip),
            "pattern" => PatternMessage(sub, field, key, name, actual, tip),
            "minimum" => ($"{name} must be at least {Number(sub, "minimum")}; found {ValueDescription.Of(actual, written)}.", tip, null),
            "maximum" => ($"{name} must be at most {Number(sub, "maximum")}; found {ValueDescription.Of(actual, written)}.", tip, null),
            "exclusiveMinimum" => ($"{name} must be greater than {Number(sub, "exclusiveMinimum")}; found {ValueDescription.Of(actual, written)}.", tip, null),
            "exclusiveMaximum" => ($"{name} must be less than {Number(sub, "exclusiveMaximum")}; found {ValueDescription.Of(actual, written)}.", tip, null),
            "minItems" => ($"{name} must list at least {Number(sub, "minItems")} item; the list is empty.",
                field.Example is { } e ? $"Write {key}: {e}. {tip}".TrimEnd() : tip, field.Example),
            _ => ($"{name} is not valid ({keyword}).", tip, null),
        };

        var finding = Error(field, pointer, span, text.Message, text.Hint, check);
        return text.Answer is { } answer && !isSection ? finding with { Answer = new FindingAnswer(pointer, answer) } : finding;
    }

    /// <summary>A number in range once read in the other form (0.95 for 95, 15 for 0.15): the explanation and the value to write.</summary>
    private static (string, string?, string?)? OtherForm(FieldSchema sub, string key, string name, JsonNode? actual, SourceScalar? written, string? tip)
    {
        if (actual is not JsonValue v || !v.TryGetValue<decimal>(out var number)
            || NumberForm.OtherForm(sub, number, written?.Text ?? NumberForm.Text(number), percentSign: false) is not { } other)
        {
            return null;
        }

        var meant = NumberForm.Text(other.Meant);
        return ($"{name}: {other.Explanation}.", $"Write {key}: {meant}. {tip}".TrimEnd(), meant);
    }

    private static (string, string?, string?) TypeMessage(FieldSchema sub, FieldSchema field, string key, string name, JsonNode? actual, SourceScalar? written, bool isSection)
    {
        var found = ValueDescription.Of(actual, written);
        var expected = ValueDescription.Expected(sub.Type);
        if (actual is null)
        {
            return isSection
                ? ($"The section '{key}' has no settings.", $"Write the settings of '{key}' beneath it, indented by two spaces. {field.Description}", null)
                : ($"{name} has no value.", field.Example is { } e ? $"Write {key}: {e}. {field.Hint}".TrimEnd() : field.Hint, field.Example);
        }

        if (isSection)
        {
            return ($"The section '{key}' must be {expected}; found {found}.",
                $"Put each setting of '{key}' on its own line beneath it, indented by two spaces.", null);
        }

        var message = $"{name} must be {expected}; found {found}.";
        if (sub.Type is "number" or "integer" && actual is JsonValue v && v.TryGetValue<string>(out var s) && ValueDescription.IntendedNumber(s) is { } number)
        {
            var percentSign = s.Contains('%', StringComparison.Ordinal);
            if (NumberForm.OtherForm(sub, number, s.Trim(), percentSign) is { } other)
            {
                var meant = NumberForm.Text(other.Meant);
                return ($"{name}: {other.Explanation}.", $"Write the number without quotes or % sign: {key}: {meant}. {field.Hint}".TrimEnd(), meant);
            }

            var why = percentSign ? "without the % sign" : "without quotes";
            if (!sub.Accepts(number))
            {
                // The number meant is out of range too: naming it would hint at a value that fails.
                return (message, $"Write a number {NumberForm.Range(sub)}, {why}. {field.Hint}".TrimEnd(), null);
            }

            var intended = NumberForm.Text(number);
            return (message, $"Write the number {why}: {key}: {intended}. A quoted value is text, not a number, in YAML.", intended);
        }

        if (sub.Type == "integer" && actual.GetValueKind() == JsonValueKind.Number)
        {
            return ($"{name} must be a whole number; found {found}.", field.Example is { } e ? $"Write a whole number, e.g. {key}: {e}." : field.Hint, field.Example);
        }

        if (sub.Type == "string" && written is { IsPlain: true })
        {
            var isVersion = key.EndsWith("version", StringComparison.Ordinal);
            if (isVersion)
            {
                var version = ValueDescription.CompleteVersion(written.Text);
                return (message, $"Versions are text: quote it and give all three parts, e.g. {key}: \"{version}\".",
                    ValueDescription.IsPlainVersion(version) ? $"\"{version}\"" : null);
            }

            return (message, $"Put the value in quotes: {key}: \"{written.Text}\".",
                sub.Pattern is null || Regex.IsMatch(written.Text, sub.Pattern) ? $"\"{written.Text}\"" : null);
        }

        return (message, field.Example is { } example ? $"Write it like this: {key}: {example}" : field.Hint, field.Example);
    }

    private static (string, string?, string?) ConstMessage(FieldSchema sub, string key, string name, JsonNode? actual, SourceScalar? written, string? tip)
    {
        var answer = sub.Const;
        var found = ValueDescription.Of(actual, written);
        if (written is not null && ScalarResolver.Yaml11Reading(written) is "true")
        {
            return ($"{name} must be true; found '{written.Text}', which YAML 1.2 reads as text, not true.",
                $"Write {key}: true. Older YAML 1.1 tools read '{written.Text}' as true, current ones as text, so only true is unambiguous.", answer);
        }

        if (actual is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return ($"{name} must be true; found {found}.", $"Remove the quotes: {key}: true. In quotes it is text, not a boolean.", answer);
        }

        return ($"{name} must be true; found {found}.", $"Write {key}: true. {tip}".TrimEnd(), answer);
    }

    private static (string, string?, string?) EnumMessage(FieldSchema sub, string key, string name, JsonNode? actual, SourceScalar? written, string? tip)
    {
        var choices = sub.Choices ?? [];
        var list = string.Join(", ", choices);
        if (actual is JsonValue v && v.TryGetValue<string>(out var s))
        {
            var meant = NearMatch.Best(s, choices.Concat(sub.Aliases.Keys));
            if (meant is not null && sub.Aliases.TryGetValue(meant, out var canonical))
            {
                meant = canonical;
            }

            if (meant is null && EverythingWord.Means(s, key))
            {
                return ($"{name}: '{s}' is not a value here: {key} takes one choice, not all of them: one of {list}.", $"Choose the one you mean: {list}. {tip}".TrimEnd(), null);
            }

            return meant is not null
                ? ($"{name}: '{s}' is not one of {list}; did you mean '{meant}'?", $"Write {key}: {meant}. {tip}".TrimEnd(), meant)
                : ($"{name}: '{s}' is not one of {list}.", $"Choose one of {list}. {tip}".TrimEnd(), null);
        }

        return ($"{name} must be one of {list}; found {ValueDescription.Of(actual, written)}.", $"Choose one of {list}. {tip}".TrimEnd(), null);
    }

    private static (string, string?, string?) PatternMessage(FieldSchema sub, FieldSchema field, string key, string name, JsonNode? actual, string? tip)
    {
        var text = actual?.ToString() ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ($"{name} is blank.", field.Example is { } e ? $"Write a value, e.g. {key}: {e}." : tip, field.Example);
        }

        return sub.PatternName == "kebab-case"
            ? ($"{name}: '{text}' is not kebab-case (lowercase words joined by '-').", $"Write {key}: {ValueDescription.KebabCase(text)}. {tip}".TrimEnd(), ValueDescription.KebabCase(text))
            : ($"{name}: '{text}' is not in the expected form.", tip, null);
    }

    private Finding Error(FieldSchema field, string pointer, SourceSpan span, string message, string? hint, string? check) =>
        FindingFactory.FieldError(field.RuleId!, file, span, pointer, message, hint, check);

    private JsonNode? Navigate(string pointer) => JsonPointerText.Resolve(value, pointer);

    private static string Number(FieldSchema sub, string keyword) => sub.Bound(keyword) ?? "?";

    private static int Priority(string keyword)
    {
        var index = Array.IndexOf(KeywordPriority, keyword);
        return index < 0 ? KeywordPriority.Length : index;
    }

    private static bool IsWithin(string pointer, string ancestor) =>
        pointer.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
