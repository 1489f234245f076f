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
            .Where(v => !unknownPointers.Contains(v.Pointer) && !HasAncestorIn(v.Pointer, unknownPointers))
            .ToList();

        var findings = new List<Finding>();
        var keyFindings = new OdcsKeyFindings(source, file, schema);
        var unknownByMapping = unknown.ToLookup(v => JsonPointerText.Parent(v.Pointer), StringComparer.Ordinal);
        var requiredByMapping = required.ToLookup(v => v.Pointer, StringComparer.Ordinal);
        var choicesByMapping = choices.ToLookup(v => v.Pointer, StringComparer.Ordinal);
        var valueKeysByMapping = values.Where(v => v.Pointer.Length > 0)
            .ToLookup(v => JsonPointerText.Parent(v.Pointer), v => JsonPointerText.LastSegment(v.Pointer), StringComparer.Ordinal);
        var mappings = unknownByMapping.Select(g => g.Key).Concat(requiredByMapping.Select(g => g.Key)).Concat(choicesByMapping.Select(g => g.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            findings.AddRange(keyFindings.For(mapping, [.. unknownByMapping[mapping]], [.. requiredByMapping[mapping]], [.. choicesByMapping[mapping]],
                valueKeysByMapping[mapping].ToHashSet(StringComparer.Ordinal)));
        }

        // A value of the wrong type is explained once; what is inside it is not graded further.
        var valueFindings = new OdcsValueFindings(source, file);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in values.GroupBy(v => v.Pointer).OrderBy(g => g.Key.Length))
        {
            if (HasAncestorIn(group.Key, blocked))
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

    // Pointers are at most as deep as the file's nesting limit: walking up is cheaper than comparing with every other.
    private static bool HasAncestorIn(string pointer, IReadOnlySet<string> ancestors)
    {
        var current = pointer;
        while (current.Length > 0)
        {
            current = JsonPointerText.Parent(current);
            if (ancestors.Contains(current))
            {
                return true;
            }
        }

        return false;
    }
}
