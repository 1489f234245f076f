using MeshGrader.Core.Diff;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;
using static MeshGrader.Core.Tests.Diff.ContractPairs;

namespace MeshGrader.Core.Tests.Diff;

/// <summary>
/// One pair of contracts per kind of change (the official ODCS full example, or the lab's short
/// form, edited in one place): the one change found, its class and rule, and where it is in both files.
/// </summary>
public sealed class DiffClassificationTests
{
    private const string ReceiversBlock = "  # Receivers master table\n";
    private const string RcvrIdBlock = "      - id: rcvr_id_prop\n";
    private const string RowCountRule = "    quality:\n      - metric: rowCount";

    [Fact]
    public void SchemaObjectRemoved_IsBreakingAtTheObjectAndTheNewList()
    {
        var @new = Cut(FullExample, ReceiversBlock, "\n\n\n# Pricing");

        AssertOnlyChange(FullExample, @new, DiffRules.SchemaObjectRemoved, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "id: receivers_obj"), TextPosition.Of(@new, "- id: tbl_obj"));
    }

    [Fact]
    public void SchemaObjectAdded_IsAdditive()
    {
        var old = Cut(FullExample, ReceiversBlock, "\n\n\n# Pricing");

        AssertOnlyChange(old, FullExample, DiffRules.SchemaObjectAdded, ChangeClass.Additive,
            TextPosition.Of(old, "- id: tbl_obj"), TextPosition.Of(FullExample, "id: receivers_obj"));
    }

    [Fact]
    public void PropertyRemoved_IsBreaking()
    {
        var @new = Cut(FullExample, RcvrIdBlock, "      - id: rcvr_cntry_code_prop");

        AssertOnlyChange(FullExample, @new, DiffRules.PropertyRemoved, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "id: rcvr_id_prop"), TextPosition.Of(@new, "- id: txn_ref_dt_prop"));
    }

    [Theory]
    [InlineData("false", "DF-104", "Additive")]
    [InlineData("true", "DF-105", "Breaking")]
    public void PropertyAdded_IsAdditiveUnlessRequired(string required, string rule, string expected)
    {
        var @new = Edit(FullExample, "      - id: receiver_type_prop\n",
            $"      - id: receiver_since_prop\n        name: receiver_since\n        logicalType: date\n        required: {required}\n      - id: receiver_type_prop\n");

        AssertOnlyChange(FullExample, @new, DiffRules.Find(rule)!, Enum.Parse<ChangeClass>(expected),
            TextPosition.Of(FullExample, "- id: receiver_id_prop"), TextPosition.Of(@new, "id: receiver_since_prop"));
    }

    [Fact]
    public void PhysicalTypeChanged_IsBreaking()
    {
        var @new = Edit(FullExample, "physicalType: varchar(18)\n        required: false", "physicalType: varchar(36)\n        required: false");

        AssertOnlyChange(FullExample, @new, DiffRules.TypeChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "varchar(18)", after: "name: rcvr_id\n"), TextPosition.Of(@new, "varchar(36)"));
    }

    [Fact]
    public void LogicalTypeChanged_IsBreaking()
    {
        var @new = Edit(FullExample, "name: rcvr_id\n        primaryKey: true\n        primaryKeyPosition: 1\n        businessName: receiver id\n        logicalType: string",
            "name: rcvr_id\n        primaryKey: true\n        primaryKeyPosition: 1\n        businessName: receiver id\n        logicalType: integer");

        AssertOnlyChange(FullExample, @new, DiffRules.TypeChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "string", after: "name: rcvr_id\n"), TextPosition.Of(@new, "integer"));
    }

    [Fact]
    public void RequiredFalseToTrue_IsBreaking()
    {
        var @new = Edit(FullExample, "physicalType: varchar(20)\n        required: false", "physicalType: varchar(20)\n        required: true");

        AssertOnlyChange(FullExample, @new, DiffRules.RequiredTightened, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "false", after: "physicalType: varchar(20)"), TextPosition.Of(@new, "true", after: "physicalType: varchar(20)"));
    }

    [Fact]
    public void RequiredTrueToFalse_IsBreakingUnderItsOwnRule()
    {
        var @new = Edit(FullExample, "physicalType: varchar(255)\n        required: true", "physicalType: varchar(255)\n        required: false");

        AssertOnlyChange(FullExample, @new, DiffRules.RequiredLoosened, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "true", after: "physicalType: varchar(255)"), TextPosition.Of(@new, "false", after: "physicalType: varchar(255)"));
    }

    [Fact]
    public void UniqueChanged_IsBreaking()
    {
        var @new = Edit(FullExample, "unique: true", "unique: false");

        AssertOnlyChange(FullExample, @new, DiffRules.KeyChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "true", after: "unique:"), TextPosition.Of(@new, "false", after: "unique:"));
    }

    [Fact]
    public void PrimaryKeyChanged_IsBreaking()
    {
        var @new = Edit(FullExample, "name: country_code\n        primaryKey: true", "name: country_code\n        primaryKey: false");

        AssertOnlyChange(FullExample, @new, DiffRules.KeyChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "true", after: "name: country_code\n"), TextPosition.Of(@new, "false", after: "name: country_code\n"));
    }

    [Fact]
    public void ClassificationChanged_IsABreakingConstraintChange()
    {
        var @new = Edit(FullExample, "classification: public\n        authoritativeDefinitions", "classification: restricted\n        authoritativeDefinitions");

        AssertOnlyChange(FullExample, @new, DiffRules.ConstraintChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "public", after: "name: rcvr_cntry_code"), TextPosition.Of(@new, "restricted", after: "name: rcvr_cntry_code"));
    }

    [Fact]
    public void PropertyRenamedUnderItsId_IsBreaking()
    {
        var @new = Edit(FullExample, "name: rcvr_id\n", "name: receiver_ref\n");

        AssertOnlyChange(FullExample, @new, DiffRules.Renamed, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "rcvr_id", after: "id: rcvr_id_prop\n        name: "), TextPosition.Of(@new, "receiver_ref"));
    }

    [Fact]
    public void RelationshipChanged_IsBreaking()
    {
        var @new = Edit(FullExample, "- to: receivers.id\n", "- to: receivers.receiver_id\n");

        AssertOnlyChange(FullExample, @new, DiffRules.RelationshipChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "- to: receivers.id"), TextPosition.Of(@new, "- to: receivers.receiver_id"));
    }

    [Fact]
    public void ValidValuesNarrowed_IsBreaking()
    {
        var old = WithValidValues("['US', 'FR', 'DE']");
        var @new = WithValidValues("['US', 'FR']");

        var change = AssertOnlyChange(old, @new, DiffRules.ValuesNarrowed, ChangeClass.Breaking,
            TextPosition.Of(old, "['US'"), TextPosition.Of(@new, "['US'"));
        Assert.Contains("'DE'", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidValuesWidened_IsAdditive()
    {
        var old = WithValidValues("['US', 'FR']");
        var @new = WithValidValues("['US', 'FR', 'NL']");

        var change = AssertOnlyChange(old, @new, DiffRules.ValuesWidened, ChangeClass.Additive,
            TextPosition.Of(old, "['US'"), TextPosition.Of(@new, "['US'"));
        Assert.Contains("'NL'", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityRuleRemoved_IsBreaking()
    {
        var @new = Cut(FullExample, RowCountRule, "    customProperties:\n      - property: business-key");

        AssertOnlyChange(FullExample, @new, DiffRules.QualityRemoved, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "metric: rowCount"), TextPosition.Of(@new, "id: tbl_obj"));
    }

    [Fact]
    public void QualityRuleAdded_IsAdditive()
    {
        var old = Cut(FullExample, RowCountRule, "    customProperties:\n      - property: business-key");

        AssertOnlyChange(old, FullExample, DiffRules.QualityAdded, ChangeClass.Additive,
            TextPosition.Of(old, "id: tbl_obj"), TextPosition.Of(FullExample, "metric: rowCount"));
    }

    [Theory]
    [InlineData("mustBeGreaterThan: 1000", "DF-113", "Breaking")]
    [InlineData("mustBeGreaterOrEqualTo: 1000000", "DF-113", "Breaking")]
    [InlineData("mustBeGreaterThan: 2000000", "DF-114", "Additive")]
    [InlineData("mustBeBetween: [1000001, 5000000]", "DF-114", "Additive")]
    public void QualityThresholdChanged_IsBreakingWhenItAcceptsMore(string threshold, string rule, string expected)
    {
        var @new = Edit(FullExample, "mustBeGreaterThan: 1000000", threshold);

        AssertOnlyChange(FullExample, @new, DiffRules.Find(rule)!, Enum.Parse<ChangeClass>(expected),
            TextPosition.Of(FullExample, "1000000", after: "mustBeGreaterThan: "), TextPosition.Of(@new, threshold[(threshold.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
    }

    [Theory]
    [InlineData("property: latency", "value: 4\n", "value: 5\n", "5", "DF-115", "Breaking")]
    [InlineData("property: latency", "value: 4\n    unit: d", "value: 48\n    unit: h", "48", "DF-117", "Additive")]
    [InlineData("property: retention", "value: 3\n", "value: 1\n", "1", "DF-115", "Breaking")]
    [InlineData("property: frequency", "value: 1\n    valueExt", "value: 2\n    valueExt", "2", "DF-115", "Breaking")]
    public void ServiceLevelChanged_IsBreakingWhenItPromisesLess(string entry, string from, string to, string shown, string rule, string expected)
    {
        var at = FullExample.IndexOf(entry, StringComparison.Ordinal);
        var @new = FullExample[..at] + Edit(FullExample[at..], FullExample[at..].Substring(FullExample[at..].IndexOf(from, StringComparison.Ordinal), from.Length), to);

        AssertOnlyChange(FullExample, @new, DiffRules.Find(rule)!, Enum.Parse<ChangeClass>(expected),
            TextPosition.Of(FullExample, from[7..8], after: entry), TextPosition.Of(@new, shown, after: entry));
    }

    [Fact]
    public void ServiceLevelRemoved_IsBreaking()
    {
        var @new = Cut(FullExample, "  - property: retention\n", "  - property: frequency\n");

        AssertOnlyChange(FullExample, @new, DiffRules.SlaRemoved, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "property: retention"), TextPosition.Of(@new, "- property: latency"));
    }

    [Fact]
    public void DescriptionChanged_IsCosmetic()
    {
        var @new = Edit(FullExample, "purpose: Views built on top of the seller tables.", "purpose: Views over the seller tables.");

        AssertOnlyChange(FullExample, @new, DiffRules.Cosmetic, ChangeClass.Cosmetic,
            TextPosition.Of(FullExample, "purpose:"), TextPosition.Of(@new, "purpose:"));
    }

    [Fact]
    public void TeamChanged_IsCosmetic()
    {
        var @new = Edit(FullExample, "description: Keeper of the grail", "description: Keeper of the contract");

        AssertOnlyChange(FullExample, @new, DiffRules.Cosmetic, ChangeClass.Cosmetic,
            TextPosition.Of(FullExample, "name: my-team"), TextPosition.Of(@new, "name: my-team"));
    }

    [Fact]
    public void DataProductChanged_IsBreaking()
    {
        var @new = Edit(FullExample, "dataProduct: my quantum", "dataProduct: my other quantum");

        AssertOnlyChange(FullExample, @new, DiffRules.ProductChanged, ChangeClass.Breaking,
            TextPosition.Of(FullExample, "my quantum"), TextPosition.Of(@new, "my other quantum"));
    }

    [Fact]
    public void OdcsBackwardCompatibleWithdrawn_IsBreaking()
    {
        var old = WithBackwardCompatible("true");
        var @new = WithBackwardCompatible("false");

        AssertOnlyChange(old, @new, DiffRules.CompatibilityWithdrawn, ChangeClass.Breaking,
            TextPosition.Of(old, "true", after: "property: backwardCompatible"), TextPosition.Of(@new, "false", after: "property: backwardCompatible"));
    }

    [Fact]
    public void UnknownChange_IsAdditiveAndNamed()
    {
        var @new = Edit(FullExample, "port: 5432", "port: 5433");

        var change = AssertOnlyChange(FullExample, @new, DiffRules.Unclassified, ChangeClass.Additive,
            TextPosition.Of(FullExample, "- server: my-postgres"), TextPosition.Of(@new, "- server: my-postgres"));
        Assert.Contains("servers", change.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReorderedProperties_AreNoChange()
    {
        var block = FullExample[FullExample.IndexOf(RcvrIdBlock, StringComparison.Ordinal)..FullExample.IndexOf("      - id: rcvr_cntry_code_prop", StringComparison.Ordinal)];
        var moved = Cut(FullExample, RcvrIdBlock, "      - id: rcvr_cntry_code_prop");
        var @new = Edit(moved, "      - id: txn_ref_dt_prop\n", block + "      - id: txn_ref_dt_prop\n");

        Assert.Empty(Compared(FullExample, @new).Changes);
    }

    [Theory]
    [InlineData("quality_threshold: 95", "quality_threshold: 85", "85", "DF-124", "Breaking")]
    [InlineData("quality_threshold: 95", "quality_threshold: 98", "98", "DF-125", "Additive")]
    [InlineData("sla_uptime: 99.9", "sla_uptime: 99.5", "99.5", "DF-126", "Breaking")]
    [InlineData("sla_uptime: 99.9", "sla_uptime: 99.95", "99.95", "DF-127", "Additive")]
    [InlineData("product: customer_revenue_metrics", "product: churn_scores", "churn_scores", "DF-121", "Breaking")]
    [InlineData("backward_compatible: true", "backward_compatible: false", "false", "DF-122", "Breaking")]
    public void ShortFormValueChanged_IsClassedByItsDirection(string from, string to, string shown, string rule, string expected)
    {
        var @new = Edit(ShortForm, from, to);
        var key = from[..(from.IndexOf(':', StringComparison.Ordinal) + 1)];

        AssertOnlyChange(ShortForm, @new, DiffRules.Find(rule)!, Enum.Parse<ChangeClass>(expected),
            TextPosition.Of(ShortForm, from[(key.Length + 1)..], after: key), TextPosition.Of(@new, shown, after: key));
    }

    [Fact]
    public void ShortFormCompatibilityPromised_IsAdditive()
    {
        var old = Edit(ShortForm, "backward_compatible: true", "backward_compatible: false");

        AssertOnlyChange(old, ShortForm, DiffRules.CompatibilityPromised, ChangeClass.Additive,
            TextPosition.Of(old, "false"), TextPosition.Of(ShortForm, "true"));
    }

    [Fact]
    public void ShortFormBelowTheLabsPassMarks_IsStillCompared()
    {
        // 70 fails the lab's minimum of 80, which step 3 grades; the contract itself is well formed.
        var @new = Edit(ShortForm, "quality_threshold: 95", "quality_threshold: 70");

        Assert.Equal(DiffRules.ThresholdLowered, Assert.Single(Compared(ShortForm, @new).Changes).Rule);
    }

    [Fact]
    public void InvalidSide_IsNotComparedAndItsErrorIsLocatedInItsFile()
    {
        var @new = Edit(ShortForm, "quality_threshold: 95", "quality_threshold: high");

        var report = Compare(ShortForm, @new);

        Assert.False(report.Compared);
        Assert.Empty(report.Changes);
        var error = Assert.Single(report.Errors);
        Assert.Equal("new.yaml", error.File);
        Assert.Equal(TextPosition.Of(@new, "high"), new SourcePosition(error.Line!.Value, error.Column!.Value));
    }

    [Fact]
    public void InvalidOdcsSide_IsNotCompared()
    {
        var @new = Edit(FullExample, "kind: DataContract", "kind: DataContracts");

        var report = Compare(FullExample, @new);

        Assert.False(report.Compared);
        Assert.Contains(report.Errors, e => e.File == "new.yaml" && e.Line == TextPosition.Of(@new, "DataContracts").Line);
    }

    private static string WithValidValues(string values) => Edit(FullExample, "        quality:\n          - metric: nullValues",
        $"        quality:\n          - metric: invalidValues\n            arguments:\n              validValues: {values}\n            mustBe: 0\n          - metric: nullValues");

    private static string WithBackwardCompatible(string value) => Edit(FullExample, "customProperties:\n  - property: refRulesetName",
        $"customProperties:\n  - property: backwardCompatible\n    value: {value}\n  - property: refRulesetName");

    private static ContractChange AssertOnlyChange(string old, string @new, DiffRule rule, ChangeClass expected, SourcePosition oldAt, SourcePosition newAt)
    {
        var report = Compared(old, @new);
        var change = Assert.Single(report.Changes);
        Assert.Equal(rule.Id, change.Rule.Id);
        Assert.Equal(expected, change.Class);
        Assert.Equal(oldAt, change.Old.Span.Start);
        Assert.Equal(newAt, change.New.Span.Start);
        return change;
    }
}
