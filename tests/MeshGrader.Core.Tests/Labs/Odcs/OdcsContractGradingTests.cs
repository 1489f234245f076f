using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs.Odcs;

/// <summary>
/// Lab 16 step 3 with contract.yaml written as an ODCS contract (samples/complete-odcs): it scores
/// as the short form does, and each lab value read from its ODCS place fails its own check there.
/// </summary>
public sealed class OdcsContractGradingTests
{
    private const string Contract = "contract.yaml";
    private const string Sample = "complete-odcs";
    private const string QualityRule = "mustBeLessOrEqualTo: 5\n";
    private const string Availability = "  - property: availability # Lab 16's SLA uptime, in percent\n    value: 99.9\n";
    private const string BackwardCompatible = "  - property: backwardCompatible # Lab 16: ODCS has no place for backward compatibility\n    value: true\n";

    [Fact]
    public void CompleteOdcs_ScoresAsCompleteShortForm()
    {
        using var shortForm = TemporarySubmission.FromSample("complete").Without("mlops.yaml").Without("governance.yaml");
        using var odcs = TemporarySubmission.FromSample(Sample);

        var expected = shortForm.Grade(16);
        var report = odcs.Grade(16);

        Assert.Equal(expected.Step(16, 3).Score, report.Step(16, 3).Score);
        Assert.True(report.Step(16, 3).Completed);
        Assert.Equal(expected.Labs.Single().Score, report.Labs.Single().Score);
        Assert.True(report.Findings.All(f => f.Severity == Severity.Info), ReportAssertions.Describe(report.Findings));
    }

    public static TheoryData<string, string, string, string> SameMistakes() => new()
    {
        // short-form text, its replacement; ODCS text, its replacement: the same mistake in both forms.
        { "quality_threshold: 95", "quality_threshold: 75", QualityRule, "mustBeLessOrEqualTo: 25\n" },
        { "sla_uptime: 99.9", "sla_uptime: 85", Availability, Availability.Replace("99.9", "85", StringComparison.Ordinal) },
        { "schema_version: \"1.0.0\"", "schema_version: \"1.0\"", "version: \"1.0.0\"", "version: \"1.0\"" },
        { "backward_compatible: true", "backward_compatible: false", BackwardCompatible, BackwardCompatible.Replace("true", "false", StringComparison.Ordinal) },
        { "product: customer_revenue_metrics", "product: revenue_metrics", "dataProduct: customer_revenue_metrics", "dataProduct: revenue_metrics" },
        { "  sla_uptime: 99.9\n", string.Empty, Availability + "    unit: percent\n", string.Empty },
    };

    [Theory]
    [MemberData(nameof(SameMistakes))]
    public void SameMistake_ScoresAlikeInBothForms(string shortText, string shortReplacement, string odcsText, string odcsReplacement)
    {
        using var shortForm = TemporarySubmission.FromSample("complete").Replace(Contract, shortText, shortReplacement);
        using var odcs = TemporarySubmission.FromSample(Sample).Replace(Contract, odcsText, odcsReplacement);

        var expected = shortForm.Grade(16);
        var report = odcs.Grade(16);

        var expectedError = Assert.Single(expected.Errors());
        var error = report.SingleError(expectedError.Rule);
        Assert.Equal(expectedError.Check, error.Check);
        Assert.Equal(expected.Step(16, 3).Score, report.Step(16, 3).Score);
        Assert.False(report.Step(16, 3).Completed);
    }

    [Theory]
    [InlineData("1.10", "1.10")]
    [InlineData("\"1.0\"", "\"1.0\"")]
    [InlineData("v1.0.0", "v1.0.0")]
    public void VersionNotSemVer_FailsDm303AtTheVersion(string written, string at)
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "version: \"1.0.0\"", $"version: {written}");

        var error = submission.Grade(16).SingleError("DM-303");

        AssertAt(submission, error, at, "version:");
        Assert.Equal(3, error.Step);
    }

    [Fact]
    public void VersionKeyMisspelt_IsOneFindingAtTheKeyScoredAsTheShortFormsMisspeltKey()
    {
        using var shortForm = TemporarySubmission.FromSample("complete").Replace(Contract, "schema_version:", "schema_verison:");
        using var odcs = TemporarySubmission.FromSample(Sample).Replace(Contract, "version: \"1.0.0\"", "verison: \"1.0.0\"");

        var expected = shortForm.Grade(16);
        var report = odcs.Grade(16);

        var error = Assert.Single(report.Errors());
        Assert.Equal("MG-013", error.Rule);
        Assert.Equal("DM-303", error.Check);
        Assert.Contains("did you mean 'version'", error.Message, StringComparison.Ordinal);
        AssertAt(odcs, error, "verison", "dataProduct:");
        Assert.Equal(Assert.Single(expected.Errors()).Check, error.Check);
        Assert.Equal(expected.Step(16, 3).Score, report.Step(16, 3).Score);
    }

    [Fact]
    public void OlderApiVersion_IsANoticeAtTheApiVersionThatCostsNothing()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "apiVersion: v3.1.0", "apiVersion: v3.0.2");

        var report = submission.Grade(16);

        var notice = Assert.Single(report.Findings);
        Assert.Equal((Severity.Info, "MG-013", "/apiVersion"), (notice.Severity, notice.Rule, notice.Path));
        AssertAt(submission, notice, "v3.0.2", "apiVersion:");
        Assert.Equal(100m, report.Labs.Single().Score);
    }

    [Fact]
    public void VersionMissing_FailsDm303AtTheDocumentOnce()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "version: \"1.0.0\" # Version (the lab asks for semantic versioning)\n", string.Empty);

        var report = submission.Grade(16);

        var error = report.Single("DM-303");
        Assert.Equal(Severity.Error, error.Severity);
        AssertAt(submission, error, "domain:", "# What's this data contract about?");
        Assert.Contains("version: \"1.0.0\"", error.Hint, StringComparison.Ordinal);
        Assert.Equal("/version", error.Path);
        Assert.DoesNotContain(report.Findings, f => f.Rule != "DM-303" && f.Path == "/version");
    }

    [Fact]
    public void DataProductNotDomainsProduct_FailsDm305AtDataProduct()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "dataProduct: customer_revenue_metrics", "dataProduct: my quantum");

        var error = submission.Grade(16).SingleError("DM-305");

        AssertAt(submission, error, "my quantum", "dataProduct:");
        Assert.Contains("dataProduct: customer_revenue_metrics", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDataProduct_IsNoFinding()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract,
            "dataProduct: customer_revenue_metrics # Data product name: Lab 16's product (domain.yaml data_product.name)\n", string.Empty);

        var report = submission.Grade(16);

        Assert.True(report.Step(16, 3).Completed, ReportAssertions.Describe(report.Findings));
    }

    [Fact]
    public void InvalidValuesOver20Percent_FailsDm301AtTheOperatorsValue()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, QualityRule, "mustBeLessOrEqualTo: 25\n");

        var error = submission.Grade(16).SingleError("DM-301");

        AssertAt(submission, error, "25", "mustBeLessOrEqualTo:");
        Assert.Contains("100 − 25 = 75", error.Message, StringComparison.Ordinal);
        Assert.Contains("mustBeLessOrEqualTo: 5", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralQualityRules_TheWeakestCounts()
    {
        // A second rule on the table allows 30 % null values: the contract guarantees only 70 %.
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract,
            "    quality:\n      - metric: rowCount\n",
            "    quality:\n      - metric: nullValues\n        unit: percent\n        mustBeLessThan: 30\n      - metric: rowCount\n");

        var error = submission.Grade(16).SingleError("DM-301");

        AssertAt(submission, error, "30", "mustBeLessThan:");
    }

    [Fact]
    public void QualityRuleNotInPercent_IsNotRead()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "            unit: percent\n            mustBeLessOrEqualTo: 5\n", "            mustBeLessOrEqualTo: 5\n");

        var error = submission.Grade(16).SingleError("DM-301");

        // Missing: pointed at the ODCS key that holds the tables and columns quality rules live in.
        var at = submission.PositionOf(Contract, "schema:", "# Dataset, schema, and quality");
        Assert.Equal((at.Line, at.Column), (error.Line, error.Column));
        Assert.Contains("mustBeLessOrEqualTo", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", null)]
    [InlineData("30", "DM-301")]
    public void NoQualityRule_ReadsTheErrorRateFallback(string rate, string? rule)
    {
        using var submission = TemporarySubmission.FromSample(Sample)
            .Replace(Contract, "            unit: percent\n            mustBeLessOrEqualTo: 5\n", "            mustBeLessOrEqualTo: 5\n")
            .Replace(Contract, Availability + "    unit: percent\n", Availability + "    unit: percent\n" + $"  - property: errorRate\n    value: {rate}\n    unit: percent\n");

        var report = submission.Grade(16);

        if (rule is null)
        {
            Assert.True(report.Step(16, 3).Completed, ReportAssertions.Describe(report.Findings));
            report.NoFinding("DM-351");
        }
        else
        {
            AssertAt(submission, report.SingleError(rule), rate, "property: errorRate");
        }
    }

    [Fact]
    public void Availability85_FailsDm302AtTheValue()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, Availability, Availability.Replace("99.9", "85", StringComparison.Ordinal));

        var error = submission.Grade(16).SingleError("DM-302");

        AssertAt(submission, error, "85", "property: availability");
        // The report's pointer is into the ODCS file, at the entry the value was read from.
        Assert.Equal($"/slaProperties/{EntryIndex(submission, "slaProperties", "availability")}/value", error.Path);
    }

    [Fact]
    public void Availability99_WarnsDm352AndCompletesTheStep()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, Availability, Availability.Replace("99.9", "99.0", StringComparison.Ordinal));

        var report = submission.Grade(16);

        var warning = report.Single("DM-352");
        Assert.Equal(Severity.Warning, warning.Severity);
        AssertAt(submission, warning, "99.0", "property: availability");
        Assert.True(report.Step(16, 3).Completed);
    }

    [Theory]
    [InlineData("AV", "%")]
    [InlineData("Availability", null)]
    public void AvailabilityByOtherAcceptedNames_IsRead(string property, string? unit)
    {
        var written = $"  - property: {property}\n    value: 85\n" + (unit is null ? string.Empty : $"    unit: \"{unit}\"\n");
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, Availability + "    unit: percent\n", written);

        var error = submission.Grade(16).SingleError("DM-302");

        AssertAt(submission, error, "85", $"property: {property}");
    }

    [Fact]
    public void AvailabilityInHours_FailsDm302AtTheUnit()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, Availability + "    unit: percent\n", Availability + "    unit: h\n");

        var error = submission.Grade(16).SingleError("DM-302");

        AssertAt(submission, error, "h\n", "property: availability");
    }

    [Fact]
    public void NoAvailability_FailsDm302AtSlaProperties()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, Availability + "    unit: percent\n", string.Empty);

        var error = submission.Grade(16).SingleError("DM-302");

        AssertAt(submission, error, "slaProperties:", "# SLA");
        Assert.Contains("property: availability", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void BackwardCompatibleMissing_FailsDm304AtCustomProperties()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, BackwardCompatible, string.Empty);

        var error = submission.Grade(16).SingleError("DM-304");

        AssertAt(submission, error, "customProperties:", "# Custom properties");
        Assert.Contains("property: backwardCompatible", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void BackwardCompatibleFalse_FailsDm304AtTheValue()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, BackwardCompatible, BackwardCompatible.Replace("true", "false", StringComparison.Ordinal));

        var error = submission.Grade(16).SingleError("DM-304");

        AssertAt(submission, error, "false", "property: backwardCompatible");
    }

    [Fact]
    public void MixedForms_GiveOneFinding()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "contractCreatedTs:",
            "contract:\n  schema_version: \"1.0.0\"\ncontractCreatedTs:");

        var report = submission.Grade(16);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("DM-300", finding.Check);
        AssertAt(submission, finding, "contract:", "# Custom properties");
        Assert.False(report.Step(16, 3).Completed);
    }

    [Fact]
    public void OdcsSchemaError_FailsTheSectionCheckOfStep3()
    {
        using var submission = TemporarySubmission.FromSample(Sample).Replace(Contract, "kind: DataContract", "kind: DataContrat");

        var report = submission.Grade(16);

        var error = Assert.Single(report.Errors());
        Assert.Equal("DM-300", error.Check);
        Assert.Equal(3, error.Step);
        Assert.False(report.Step(16, 3).Completed);
        Assert.True(report.Step(16, 3).Score > 0, "The fields read from ODCS still earn their checks.");
    }

    private static void AssertAt(TemporarySubmission submission, Finding finding, string at, string after)
    {
        var expected = submission.PositionOf(Contract, at, after);
        Assert.Equal(Contract, finding.File);
        Assert.Equal((expected.Line, expected.Column), (finding.Line, finding.Column));
    }

    /// <summary>The position of the first entry of a top-level list whose <c>property</c> is the one named.</summary>
    private static int EntryIndex(TemporarySubmission submission, string list, string property)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(submission.Root, "contract.yaml"))));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        var entries = ((YamlDotNet.RepresentationModel.YamlSequenceNode)root[list]).Children;
        return entries.ToList().FindIndex(e => ((YamlDotNet.RepresentationModel.YamlMappingNode)e)["property"].ToString() == property);
    }
}
