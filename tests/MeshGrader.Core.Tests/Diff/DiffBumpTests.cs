using MeshGrader.Core.Diff;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;
using static MeshGrader.Core.Tests.Diff.ContractPairs;

namespace MeshGrader.Core.Tests.Diff;

/// <summary>The version bump against the changes: what is refused, where the refusal points, and what passes.</summary>
public sealed class DiffBumpTests
{
    private const string Breaking = "quality_threshold: 90";
    private const string Additive = "quality_threshold: 97";

    [Theory]
    [InlineData("1.1.0")]
    [InlineData("1.0.1")]
    public void BreakingChangeUnderMinorOrPatchBump_IsRefusedAtTheNewVersion(string version)
    {
        var @new = ShortFormWith(version, Breaking);

        var error = Assert.Single(Compared(ShortForm, @new).Errors);

        Assert.Equal(DiffRules.BumpTooSmall.Id, error.Rule);
        Assert.Equal(TextPosition.Of(@new, $"\"{version}\""), Start(error));
        Assert.Contains("2.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakingChangeWithMajorBump_IsAccepted()
    {
        var report = Compared(ShortForm, ShortFormWith("2.0.0", Breaking));

        Assert.Empty(report.Errors);
        Assert.Equal(BumpKind.Major, report.Bump!.Required);
        Assert.Equal(BumpKind.Major, report.Bump.Made);
    }

    [Fact]
    public void AdditiveChangeUnderPatchBump_IsRefused()
    {
        var error = Assert.Single(Compared(ShortForm, ShortFormWith("1.0.1", Additive)).Errors);

        Assert.Equal(DiffRules.BumpTooSmall.Id, error.Rule);
        Assert.Contains("1.1.0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.1.0")]
    [InlineData("2.0.0")]
    public void AdditiveChangeWithMinorOrMajorBump_IsAccepted(string version) =>
        Assert.Empty(Compared(ShortForm, ShortFormWith(version, Additive)).Errors);

    [Theory]
    [InlineData("1.1.1")]
    [InlineData("1.1.0")]
    public void CosmeticChangeWithPatchBumpOrNone_IsAccepted(string version)
    {
        var @new = Edit(Edit(FullExample, "purpose: Views built on top", "purpose: Views built over"), "version: 1.1.0", $"version: {version}");

        var report = Compared(FullExample, @new);

        Assert.Equal(ChangeClass.Cosmetic, Assert.Single(report.Changes).Class);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void SameVersionWithAdditiveChange_IsRefused()
    {
        var @new = ShortFormWith("1.0.0", Additive);

        var error = Assert.Single(Compared(ShortForm, @new).Errors);

        Assert.Equal(DiffRules.VersionUnchanged.Id, error.Rule);
        Assert.Equal(TextPosition.Of(@new, "\"1.0.0\""), Start(error));
    }

    [Fact]
    public void VersionDecreased_IsRefused()
    {
        var error = Assert.Single(Compared(ShortForm, ShortFormWith("0.9.0", Additive)).Errors);

        Assert.Equal(DiffRules.VersionDecreased.Id, error.Rule);
    }

    [Fact]
    public void VersionDecreasedWithNoChange_IsRefused() =>
        Assert.Equal(DiffRules.VersionDecreased.Id, Assert.Single(Compared(ShortForm, ShortFormWith("0.9.0", null)).Errors).Rule);

    [Fact]
    public void BackwardCompatibleDeclaredWithBreakingChange_IsRefusedAtTheDeclaration()
    {
        var @new = ShortFormWith("2.0.0", Breaking, keepCompatible: true);

        var error = Assert.Single(Compared(ShortForm, @new).Errors);

        Assert.Equal(DiffRules.CompatibilityContradicted.Id, error.Rule);
        Assert.Equal(TextPosition.Of(@new, "true", after: "backward_compatible:"), Start(error));
    }

    [Fact]
    public void OdcsBackwardCompatibleDeclaredWithBreakingChange_IsRefused()
    {
        var old = Edit(FullExample, "customProperties:\n  - property: refRulesetName", "customProperties:\n  - property: backwardCompatible\n    value: true\n  - property: refRulesetName");
        var @new = Edit(Edit(old, "unique: true", "unique: false"), "version: 1.1.0", "version: 2.0.0");

        var error = Assert.Single(Compared(old, @new).Errors);

        Assert.Equal(DiffRules.CompatibilityContradicted.Id, error.Rule);
        Assert.Equal(TextPosition.Of(@new, "true", after: "property: backwardCompatible"), Start(error));
    }

    [Fact]
    public void BreakingChangeWithCompatibilityWithdrawn_IsAccepted() =>
        Assert.Empty(Compared(ShortForm, ShortFormWith("2.0.0", Breaking)).Errors);

    [Theory]
    [InlineData("0.3.0", "0.4.0", 0)]
    [InlineData("0.3.0", "1.0.0", 0)]
    [InlineData("0.3.0", "0.3.1", 1)]
    public void BreakingChangeBelowOne_NeedsAMinorBump(string from, string to, int errors)
    {
        var old = ShortFormWith(from, null);

        Assert.Equal(errors, Compared(old, ShortFormWith(to, Breaking)).Errors.Count);
    }

    [Fact]
    public void AdditiveChangeBelowOne_NeedsAPatchBump()
    {
        var old = ShortFormWith("0.3.0", null);

        Assert.Empty(Compared(old, ShortFormWith("0.3.1", Additive)).Errors);
        Assert.Equal(DiffRules.VersionUnchanged.Id, Assert.Single(Compared(old, ShortFormWith("0.3.0", Additive)).Errors).Rule);
    }

    [Theory]
    [InlineData("1.4.0", "2.0.0-rc.1", 0)]
    [InlineData("2.0.0-rc.1", "2.0.0-rc.2", 0)]
    [InlineData("2.0.0-rc.1", "2.0.0", 0)]
    [InlineData("1.4.0", "1.5.0-rc.1", 1)]
    public void BreakingChangeAndPreReleases_FollowTheReleaseTheyLeadTo(string from, string to, int errors)
    {
        var old = ShortFormWith(from, null);

        Assert.Equal(errors, Compared(old, ShortFormWith(to, Breaking)).Errors.Count);
    }

    [Fact]
    public void VersionNotSemVer_IsRefusedAtThatVersion()
    {
        var @new = ShortFormWith("1.1", Additive);

        var error = Assert.Single(Compared(ShortForm, @new).Errors);

        Assert.Equal(DiffRules.VersionNotSemVer.Id, error.Rule);
        Assert.Equal(TextPosition.Of(@new, "\"1.1\""), Start(error));
    }

    /// <summary>
    /// The short form with its version set and, when given, one value changed; a breaking change
    /// also withdraws backward_compatible, as an honest author would, unless <paramref name="keepCompatible"/>.
    /// </summary>
    private static string ShortFormWith(string version, string? change, bool keepCompatible = false)
    {
        var text = Edit(ShortForm, "schema_version: \"1.0.0\"", $"schema_version: \"{version}\"");
        text = change is null ? text : Edit(text, "quality_threshold: 95", change);
        return change == Breaking && !keepCompatible ? Edit(text, "backward_compatible: true", "backward_compatible: false") : text;
    }

    private static SourcePosition Start(Finding finding) => new(finding.Line!.Value, finding.Column!.Value);
}
