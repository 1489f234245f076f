namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// The property names the subschemas applied to one object evaluated, for an enclosing
/// <c>unevaluatedProperties</c>. Names of a subschema that failed do not count; when violations are
/// explained they are still remembered, so a key refused only because of another failure can be told
/// from a key no subschema declares.
/// </summary>
internal sealed class EvaluatedProperties(bool remembersFailures)
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string>? ofFailures = remembersFailures ? new(StringComparer.Ordinal) : null;

    public bool RemembersFailures => ofFailures is not null;

    public bool Add(string name) => names.Add(name);

    public bool Contains(string name) => names.Contains(name);

    public bool DeclaredByFailure(string name) => ofFailures?.Contains(name) ?? false;

    /// <summary>A fresh set for one subschema, remembering failures as this one does.</summary>
    public EvaluatedProperties Branch() => new(RemembersFailures);

    /// <summary>The subschema passed: its names count here.</summary>
    public void Keep(EvaluatedProperties branch)
    {
        names.UnionWith(branch.names);
        if (ofFailures is not null && branch.ofFailures is not null)
        {
            ofFailures.UnionWith(branch.ofFailures);
        }
    }

    /// <summary>The subschema failed, making this one fail: its names do not count, but are remembered.</summary>
    public void KeepAsFailed(EvaluatedProperties branch)
    {
        if (ofFailures is null)
        {
            return;
        }

        ofFailures.UnionWith(branch.names);
        if (branch.ofFailures is not null)
        {
            ofFailures.UnionWith(branch.ofFailures);
        }
    }
}
