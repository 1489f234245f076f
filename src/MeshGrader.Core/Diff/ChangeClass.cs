namespace MeshGrader.Core.Diff;

/// <summary>What a change does to a contract's consumers, in increasing order of the version bump it requires.</summary>
internal enum ChangeClass
{
    /// <summary>Nothing a consumer relies on (descriptions, tags, the team): a patch bump at most.</summary>
    Cosmetic,

    /// <summary>Something new or a stronger promise; every existing consumer keeps working: a minor bump.</summary>
    Additive,

    /// <summary>A consumer that relied on the old contract can break: a major bump.</summary>
    Breaking,
}

internal static class ChangeClassNames
{
    public static string Name(this ChangeClass change) => change switch
    {
        ChangeClass.Breaking => "breaking",
        ChangeClass.Additive => "additive",
        _ => "cosmetic",
    };
}
