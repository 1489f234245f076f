using MeshGrader.Core.Diff;
using MeshGrader.Core.Diff.Writers;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;
using static MeshGrader.Core.Tests.Diff.ContractPairs;

namespace MeshGrader.Core.Tests.Diff;

/// <summary>
/// A contract moved from the lab's short form to ODCS (or back): the lab's values are compared,
/// each change placed in each side's own file, and the version bump is checked as usual.
/// </summary>
public sealed class DiffAcrossFormsTests
{
    private static readonly string Odcs = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete-odcs", "contract.yaml"));

    private const string Availability = "  - property: availability # Lab 16's SLA uptime, in percent\n    value: 99.9\n";

    [Fact]
    public void SameValuesInTheOtherForm_AreNoChangeAndSaySoInTheSummary()
    {
        var report = Compare(ShortForm, Odcs);

        Assert.True(report.Compared);
        Assert.True(report.LabValuesOnly);
        Assert.Empty(report.Changes);
        Assert.Empty(report.Errors);
        Assert.Contains("only the lab's values", DiffSummary.Counts(report), StringComparison.Ordinal);
    }

    [Fact]
    public void UptimeLoweredWhileMovingToOdcs_IsBreakingAtTheAvailabilityValueAndNeedsAMajorBump()
    {
        var @new = Edit(Edit(Odcs, Availability, Availability.Replace("99.9", "99.0", StringComparison.Ordinal)),
            "version: \"1.0.0\"", "version: \"1.1.0\"");

        var report = Compare(ShortForm, @new);

        var change = Assert.Single(report.Changes);
        Assert.Equal(DiffRules.UptimeLowered.Id, change.Rule.Id);
        Assert.Equal(TextPosition.Of(ShortForm, "99.9"), change.Old.Span.Start);
        Assert.Equal("/contract/sla_uptime", change.Old.Pointer);
        Assert.Equal(TextPosition.Of(@new, "99.0"), change.New.Span.Start);
        Assert.StartsWith("/slaProperties/", change.New.Pointer, StringComparison.Ordinal);
        Assert.EndsWith("/value", change.New.Pointer, StringComparison.Ordinal);
        var bump = Assert.Single(report.Errors, e => e.Rule == DiffRules.BumpTooSmall.Id);
        Assert.Equal(TextPosition.Of(@new, "\"1.1.0\"").Line, bump.Line);
        // The ODCS side still declares backward compatibility, which a breaking change contradicts.
        Assert.Single(report.Errors, e => e.Rule == DiffRules.CompatibilityContradicted.Id);
        Assert.Equal(2, report.Errors.Count);
    }

    [Fact]
    public void QualityRaisedWhileMovingBackToTheShortForm_IsAdditiveAtBothPlaces()
    {
        var @new = Edit(Edit(ShortForm, "quality_threshold: 95", "quality_threshold: 97"), "schema_version: \"1.0.0\"", "schema_version: \"1.1.0\"");

        var report = Compare(Odcs, @new);

        var change = Assert.Single(report.Changes);
        Assert.Equal(DiffRules.ThresholdRaised.Id, change.Rule.Id);
        Assert.Equal(TextPosition.Of(Odcs, "5", after: "mustBeLessOrEqualTo: "), change.Old.Span.Start);
        Assert.Equal(TextPosition.Of(@new, "97"), change.New.Span.Start);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void SideInBothForms_IsAnErrorAtItsContractSection()
    {
        var mixed = Odcs + "\n" + ShortForm;

        var report = Compare(Odcs, mixed);

        Assert.False(report.Compared);
        var error = Assert.Single(report.Errors, e => e.Rule == DiffRules.FormsMixed.Id);
        Assert.Equal(TextPosition.Of(mixed, "contract:", after: "Define Data Contract\n").Line, error.Line);
    }
}
