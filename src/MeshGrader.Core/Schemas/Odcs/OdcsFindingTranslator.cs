using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// Turns the ODCS schema's violations into findings, one per mistake. A schema of branches reports
/// one mistake many times: a failing then drops every key it declared, so they come back as
/// unevaluated; a oneOf fails in each branch; two schemas refuse the same unknown key. Those reports
/// are dropped (keys declared by a failed subschema; keys of a server whose type is wrong), branches
/// are narrowed to the one the learner meant, and what is left is one finding per key or value.
/// </summary>
internal sealed class OdcsFindingTranslator(JsonInstance source, string file, SchemaValidator schema)
{
    public IReadOnlyList<Finding> Translate(IReadOnlyList<SchemaViolation> violations)
    {
        var leaves = OdcsBranchChoice.Leaves(violations)
            .Where(v => !(v.Keyword == "unevaluatedProperties" && v.DeclaredByFailedSubschema))
            .ToList();

        var unknown = leaves.Where(v => v.Keyword is "additionalProperties" or "unevaluatedProperties").ToList();
        var unknownPointers = unknown.Select(v => v.Pointer).ToHashSet(StringComparer.Ordinal);
        var required = leaves.Where(v => v.Keyword == "required").ToList();
        var choices = leaves.Where(OdcsBranchChoice.IsKeyChoice).ToList();
        var values = leaves.Except(unknown).Except(required).Except(choices)
            .Where(v => !unknownPointers.Any(u => IsAtOrWithin(v.Pointer, u)))
            .ToList();

        var findings = new List<Finding>();
        var keyFindings = new OdcsKeyFindings(source, file, schema);
        var mappings = unknown.Select(v => JsonPointerText.Parent(v.Pointer)).Concat(required.Concat(choices).Select(v => v.Pointer))
            .Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            var valuesInError = values.Where(v => v.Pointer.Length > mapping.Length && JsonPointerText.Parent(v.Pointer) == mapping)
                .Select(v => JsonPointerText.LastSegment(v.Pointer)).ToHashSet(StringComparer.Ordinal);
            findings.AddRange(keyFindings.For(mapping,
                [.. unknown.Where(v => JsonPointerText.Parent(v.Pointer) == mapping)],
                [.. required.Where(v => v.Pointer == mapping)],
                [.. choices.Where(v => v.Pointer == mapping)],
                valuesInError));
        }

        // A value of the wrong type is explained once; what is inside it is not graded further.
        var valueFindings = new OdcsValueFindings(source, file);
        var blocked = new List<string>();
        foreach (var group in values.GroupBy(v => v.Pointer).OrderBy(g => g.Key.Length))
        {
            if (blocked.Any(b => IsAtOrWithin(group.Key, b) && group.Key != b))
            {
                continue;
            }

            var best = OdcsValueFindings.Best(group);
            if (best.Keyword == "type")
            {
                blocked.Add(best.Pointer);
            }

            findings.Add(valueFindings.For(best));
        }

        if (findings.Count == 0 && violations.Count > 0)
        {
            // Every report was read as caused by another that was dropped too: the first still stands.
            findings.Add(valueFindings.For(violations[0]));
        }

        return findings;
    }

    private static bool IsAtOrWithin(string pointer, string ancestor) =>
        pointer == ancestor || pointer.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
