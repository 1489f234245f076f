using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Validation;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// The key mistakes of one mapping of an ODCS contract: unknown keys (with "did you mean" over every
/// key ODCS declares there), missing required keys, and a misspelt required key as one finding.
/// </summary>
internal sealed class OdcsKeyFindings(JsonInstance source, string file, SchemaValidator schema)
{
    private const int SuggestionsPerMapping = SchemaFindingTranslator.SuggestionsPerMapping;

    /// <param name="mapping">The mapping's pointer.</param>
    /// <param name="unknown">additionalProperties and unevaluatedProperties reports of its keys.</param>
    /// <param name="required">required reports at the mapping.</param>
    /// <param name="choices">oneOf/anyOf reports at the mapping whose every branch asks for one key.</param>
    /// <param name="valuesInError">The mapping's keys whose values have a finding of their own.</param>
    public IEnumerable<Finding> For(string mapping, IReadOnlyList<SchemaViolation> unknown, IReadOnlyList<SchemaViolation> required,
        IReadOnlyList<SchemaViolation> choices, IReadOnlySet<string> valuesInError)
    {
        if (JsonPointerText.Resolve(source.Value, mapping) is not JsonObject present)
        {
            yield break;
        }

        var declared = Declared(unknown.Select(u => OdcsSchemaText.Holder(u.SchemaLocation ?? "#")).Concat(required.Select(r => OdcsSchemaText.Holder(r.SchemaLocation ?? "#"))), present);
        var missing = required.SelectMany(r => OdcsSchemaText.Texts(r.SchemaLocation)).Where(k => !present.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
        var keyChoices = choices.Select(c => c.Branches!.SelectMany(b => b).SelectMany(v => OdcsSchemaText.Texts(v.SchemaLocation))
            .Where(k => !present.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList()).Where(c => c.Count > 0).ToList();
        var unknownKeys = unknown.Select(u => u.Pointer).Distinct(StringComparer.Ordinal).Select(JsonPointerText.LastSegment).ToList();

        // A server's keys depend on its type: when the type itself is wrong or missing, its keys are not mistakes.
        var chooserWrong = declared.Discriminators.Any(d => missing.Contains(d) || valuesInError.Contains(d)
            || unknownKeys.Take(SuggestionsPerMapping).Any(u => NearMatch.Best(u, [d]) is not null));
        if (chooserWrong)
        {
            unknownKeys.RemoveAll(k => declared.Conditional.Contains(k));
        }

        // Keys of a kind (a quality rule's operators) with nothing saying which kind: one finding, naming what is missing.
        var absentChoosers = declared.Discriminators.Where(d => !present.ContainsKey(d)).Order(StringComparer.Ordinal).ToList();
        if (unknownKeys.Count > 0 && absentChoosers.Count > 0 && unknownKeys.All(k => declared.Conditional.Contains(k) && !declared.Applying.Contains(k)))
        {
            yield return Finding(source.SpanOf(mapping), mapping,
                $"{Capitalised(OdcsFindingText.Where(mapping))} has keys ODCS v3.1.0 allows only once {OdcsFindingText.Alternatives([.. absentChoosers.Select(d => $"'{d}'")])} says which kind it is: {OdcsFindingText.List(unknownKeys)}.",
                $"Add the key that says which kind this is ({OdcsFindingText.Alternatives(absentChoosers)}), or remove {OdcsFindingText.List(unknownKeys)}.");
            unknownKeys.Clear();
        }

        for (var i = 0; i < unknownKeys.Count; i++)
        {
            var key = unknownKeys[i];
            var pointer = JsonPointerText.Append(mapping, key);
            var span = source.KeySpanOf(pointer);

            // Hundreds of unknown keys in one mapping are not typos: past the first ones, no edit-distance search.
            var suggest = i < SuggestionsPerMapping;
            var meant = suggest ? NearMatch.Best(key, missing.Concat(keyChoices.SelectMany(c => c))) : null;
            if (meant is not null)
            {
                // One mistake, one finding: the misspelt key and the required key it was meant to be.
                missing.Remove(meant);
                keyChoices.RemoveAll(c => c.Contains(meant));
                yield return Finding(span, pointer,
                    $"'{key}' is not a key ODCS v3.1.0 defines in {OdcsFindingText.Where(mapping)}; did you mean '{meant}'? ('{meant}' is required here.)",
                    $"Rename the key to {meant}.");
                continue;
            }

            var known = chooserWrong ? declared.Applying.Concat(declared.Discriminators).Concat(declared.Conditional) : declared.Applying.Concat(declared.Discriminators);
            var candidates = known.Where(k => k != key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var near = suggest ? NearMatch.Best(key, candidates) : null;
            var hint = near is null
                ? candidates.Count == 0 ? "Remove the key." : $"Remove the key, or use one ODCS defines here: {OdcsFindingText.List(candidates)}."
                : present.ContainsKey(near)
                    ? $"Did you mean '{near}'? It is already set here: remove this key."
                    : $"Did you mean '{near}'? Rename the key to {near}.";
            yield return Finding(span, pointer,
                $"Unknown key '{key}' in {OdcsFindingText.Where(mapping)}: ODCS v3.1.0 does not define it here, so ODCS tools refuse the contract.", hint);
        }

        var mappingSpan = source.SpanOf(mapping);
        foreach (var key in missing)
        {
            var about = required.Select(r => OdcsSchemaText.Holder(r.SchemaLocation ?? "#") + "/properties/" + key).Select(OdcsSchemaText.Description).FirstOrDefault(d => d is not null);
            yield return Finding(mappingSpan, JsonPointerText.Append(mapping, key),
                $"{Capitalised(OdcsFindingText.Where(mapping))} is missing the key '{key}', which ODCS v3.1.0 requires.",
                $"Add {key}: to {OdcsFindingText.Where(mapping)}. {about}".TrimEnd());
        }

        foreach (var keys in keyChoices)
        {
            yield return Finding(mappingSpan, mapping,
                $"{Capitalised(OdcsFindingText.Where(mapping))} needs one of the keys {OdcsFindingText.List(keys)}; none is written.",
                $"Add the one you mean, e.g. {keys[0]}: with its value.");
        }
    }

    private DeclaredProperties Declared(IEnumerable<string> holders, JsonObject value)
    {
        var applying = new HashSet<string>(StringComparer.Ordinal);
        var conditional = new HashSet<string>(StringComparer.Ordinal);
        var discriminators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var holder in holders.Distinct(StringComparer.Ordinal))
        {
            if (schema.Declared(holder, value) is { } declared)
            {
                applying.UnionWith(declared.Applying);
                conditional.UnionWith(declared.Conditional);
                discriminators.UnionWith(declared.Discriminators);
            }
        }

        return new DeclaredProperties(applying, conditional, discriminators);
    }

    // "the contract's top level" starts a sentence capitalised; a key's name is written as it is.
    private static string Capitalised(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "T" + text[1..] : text;

    private Finding Finding(SourceSpan span, string pointer, string message, string hint) =>
        FindingFactory.At(CoreRules.OdcsStructure, file, span, pointer, message, hint);
}
