using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// A failing oneOf or anyOf replaced by the violations of the branch the learner meant, when it can
/// be told: the one branch whose type (or const) the value has, else the branch with the fewest
/// violations. A tie keeps the oneOf or anyOf itself, explained as "one of these forms".
/// </summary>
internal static class OdcsBranchChoice
{
    public static List<SchemaViolation> Leaves(IEnumerable<SchemaViolation> violations)
    {
        var leaves = new List<SchemaViolation>();
        foreach (var violation in violations)
        {
            Add(violation, leaves);
        }

        return leaves;
    }

    /// <summary>
    /// Every branch asks only for a key the mapping lacks (ODCS's quality operators: one of mustBe,
    /// mustBeGreaterThan, …): one missing key among several, explained with the keys.
    /// </summary>
    public static bool IsKeyChoice(SchemaViolation violation) =>
        violation.Branches is { Count: > 0 } branches
        && branches.All(b => b.Count > 0 && b.All(v => v.Keyword == "required" && v.Pointer == violation.Pointer));

    /// <summary>A branch that failed on the value's own type: not the form the learner wrote.</summary>
    public static bool IsOtherForm(IReadOnlyList<SchemaViolation> branch, string pointer) =>
        branch.Any(v => v.Pointer == pointer && v.Keyword is "type" or "const" or "false");

    private static void Add(SchemaViolation violation, List<SchemaViolation> leaves)
    {
        if (violation.Branches is not { } branches || IsKeyChoice(violation))
        {
            leaves.Add(violation);
            return;
        }

        var flattened = branches.Select(Leaves).ToList();
        var candidates = Enumerable.Range(0, branches.Count)
            .Where(i => branches[i].Count > 0 && !IsOtherForm(flattened[i], violation.Pointer))
            .ToList();

        // A branch whose keys the mapping has is the one meant over branches asking for keys it lacks.
        if (candidates.Any(i => !LacksKeys(branches[i], violation.Pointer)))
        {
            candidates.RemoveAll(i => LacksKeys(branches[i], violation.Pointer));
        }

        // Branches that passed make a oneOf fail by matching twice: no single branch explains that.
        var passed = branches.Any(b => b.Count == 0);
        if (!passed && candidates.Count > 0)
        {
            var fewest = candidates.Min(i => Weight(flattened[i]));
            var best = candidates.Where(i => Weight(flattened[i]) == fewest).ToList();
            if (best.Count == 1)
            {
                leaves.AddRange(flattened[best[0]]);
                return;
            }
        }

        leaves.Add(violation);
    }

    private static bool LacksKeys(IReadOnlyList<SchemaViolation> branch, string pointer) =>
        branch.Any(v => v.Pointer == pointer && v.Keyword == "required");

    // Reports a failure caused are not mistakes of their own.
    private static int Weight(List<SchemaViolation> leaves) =>
        leaves.Count(v => !v.DeclaredByFailedSubschema);
}
