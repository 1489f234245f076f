using NuGet.Versioning;

namespace MeshGrader.Core.Diff;

/// <summary>The part of a version a bump raises.</summary>
internal enum BumpKind
{
    None,
    Patch,
    Minor,
    Major,
}

/// <summary>The bump the changes require, the bump the author made, and whether the one covers the other.</summary>
internal sealed record BumpVerdict(BumpKind Required, BumpKind Made, bool Decreased, bool PreReleaseCycle);

/// <summary>
/// SemVer's promise, checked: a breaking change needs a major bump, an additive one a minor bump,
/// a cosmetic one none (a patch is usual). Below 1.0.0 Cargo's rule holds: each need is one
/// part lower (breaking: minor; additive: patch). From a pre-release to a version with the same
/// MAJOR.MINOR.PATCH (2.0.0-rc.1 to 2.0.0-rc.2 or 2.0.0) any change is allowed: the pre-releases of
/// a version are where its changes are made; a pre-release of a higher version is a bump of that
/// part (1.4.0 to 2.0.0-rc.1 is a major bump).
/// </summary>
internal static class BumpPolicy
{
    public static BumpKind RequiredFor(ChangeClass? highest, SemanticVersion old)
    {
        var need = highest switch
        {
            ChangeClass.Breaking => BumpKind.Major,
            ChangeClass.Additive => BumpKind.Minor,
            _ => BumpKind.None,
        };
        return old.Major == 0 && need > BumpKind.None ? need - 1 : need;
    }

    public static BumpKind Made(SemanticVersion old, SemanticVersion @new) =>
        @new.Major != old.Major ? (@new.Major > old.Major ? BumpKind.Major : BumpKind.None)
        : @new.Minor != old.Minor ? (@new.Minor > old.Minor ? BumpKind.Minor : BumpKind.None)
        : @new.Patch > old.Patch ? BumpKind.Patch : BumpKind.None;

    public static BumpVerdict Judge(ChangeClass? highest, SemanticVersion old, SemanticVersion @new)
    {
        var sameCore = old.Major == @new.Major && old.Minor == @new.Minor && old.Patch == @new.Patch;
        return new BumpVerdict(
            RequiredFor(highest, old),
            Made(old, @new),
            Decreased: VersionComparer.VersionRelease.Compare(@new, old) < 0,
            PreReleaseCycle: sameCore && old.IsPrerelease && VersionComparer.VersionRelease.Compare(@new, old) > 0);
    }

    public static string Name(this BumpKind bump) => bump switch
    {
        BumpKind.Major => "major",
        BumpKind.Minor => "minor",
        BumpKind.Patch => "patch",
        _ => "none",
    };
}
