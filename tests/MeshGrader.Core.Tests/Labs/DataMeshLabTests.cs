using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

/// <summary>
/// Every check of Lab 16 (spec section 3), broken one at a time in the complete sample: each must
/// give exactly one error, with its rule id, on the offending value. Removing a check makes its
/// row fail.
/// </summary>
public sealed class DataMeshLabTests
{
    public static TheoryData<string, string, string, string, string, string?> BrokenChecks() => new()
    {
        // file, text in the complete sample, replacement, rule, where the error points in the changed file and
        // what comes before it there (null when it occurs once); a missing key points at the mapping that should
        // hold it, that is at the mapping's first key.
        { "domain.yaml", "domain:  ", "domian:  ", "DM-100", "domian:", null },
        { "domain.yaml", "  name: sales-analytics", "  name: Sales_Analytics", "DM-101", "Sales_Analytics", null },
        { "domain.yaml", "  name: sales-analytics\n", "", "DM-101", "owner_team", null },
        { "domain.yaml", "  owner_team: Sales Engineering Team", "  owner_team: \"  \"", "DM-102", "\"  \"", "owner_team:" },
        { "domain.yaml", "business_capability: sales", "business_capability: retail", "DM-103", "retail", null },
        { "domain.yaml", "data_sources: [crm, erp, salesforce]", "data_sources: []", "DM-104", "[]", "data_sources:" },
        { "domain.yaml", "data_product:  ", "data_products:  ", "DM-200", "data_products:", null },
        { "domain.yaml", "  name: customer_revenue_metrics", "  name: \"\"", "DM-201", "\"\"", "data_product:" },
        { "domain.yaml", "  description: Monthly revenue per customer for finance dashboards", "  description: 42", "DM-202", "42", "description:" },
        { "domain.yaml", "output_format: table", "output_format: csv", "DM-203", "csv", "output_format:" },
        { "domain.yaml", "update_frequency: daily", "update_frequency: weekly", "DM-204", "weekly", "update_frequency:" },
        { "domain.yaml", "platform:                        # Step 4: Configure Self-Serve Platform\n  compute: [spark, dbt]\n  storage: lakehouse\n  iac_tool: terraform", "platform: none", "DM-400", "none", "platform:" },
        { "domain.yaml", "compute: [spark, dbt]", "compute: [spark, flink]", "DM-401", "flink", "compute:" },
        { "domain.yaml", "storage: lakehouse", "storage: lake", "DM-402", "lake", "storage:" },
        { "domain.yaml", "iac_tool: terraform", "iac_tool: ansible", "DM-403", "ansible", "iac_tool:" },
        { "domain.yaml", "classification: [internal, confidential]", "classification: [secret]", "DM-501", "secret", "classification:" },
        { "domain.yaml", "retention_days: 365", "retention_days: 0", "DM-502", "0", "retention_days:" },
        { "domain.yaml", "retention_days: 365", "retention_days: 365.5", "DM-502", "365.5", "retention_days:" },
        { "domain.yaml", "access_control: rbac", "access_control: acl", "DM-503", "acl", "access_control:" },
        { "domain.yaml", "catalog: aws-glue", "catalog: collibra", "DM-601", "collibra", "catalog:" },
        { "domain.yaml", "tags: [sales, revenue, monthly]", "tags: []", "DM-602", "[]", "tags:" },
        { "domain.yaml", "  lineage: true", "  lineage: false", "DM-603", "false", "lineage:" },
        { "domain.yaml", "  auto_profiling: true", "  auto_profiling: no", "DM-604", "no", "auto_profiling:" },
        { "contract.yaml", "contract:", "contracts:", "DM-300", "contracts:", null },
        { "contract.yaml", "quality_threshold: 95", "quality_threshold: 79.9", "DM-301", "79.9", "quality_threshold:" },
        { "contract.yaml", "quality_threshold: 95", "quality_threshold: 101", "DM-301", "101", "quality_threshold:" },
        { "contract.yaml", "quality_threshold: 95", "quality_threshold: \"95%\"", "DM-301", "\"95%\"", "quality_threshold:" },
        { "contract.yaml", "sla_uptime: 99.9", "sla_uptime: 89", "DM-302", "89", "sla_uptime:" },
        { "contract.yaml", "schema_version: \"1.0.0\"", "schema_version: \"1.0\"", "DM-303", "\"1.0\"", "schema_version:" },
        { "contract.yaml", "schema_version: \"1.0.0\"", "schema_version: 1.10", "DM-303", "1.10", "schema_version:" },
        { "contract.yaml", "backward_compatible: true", "backward_compatible: false", "DM-304", "false", "backward_compatible:" },
        { "contract.yaml", "product: customer_revenue_metrics", "product: revenue_metrics", "DM-305", "revenue_metrics", "product:" },
    };

    [Fact]
    public void CompleteSample_ScoresFullMarksWithNoFindings()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = submission.Grade(16);

        var lab = Assert.Single(report.Labs);
        Assert.Equal(100m, Math.Round(lab.Score, 6));
        Assert.True(lab.Completed);
        Assert.Equal(6, lab.TasksCompleted);
        Assert.Empty(report.FindingsOf(16));
    }

    [Theory]
    [MemberData(nameof(BrokenChecks))]
    public void BrokenCheck_GivesExactlyOneLocatedError(string file, string oldText, string newText, string rule, string at, string? after)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var report = submission.Grade(16);

        var error = report.SingleError(rule);
        Assert.Equal(file, error.File);
        var expected = submission.PositionOf(file, at, after);
        Assert.Equal((expected.Line, expected.Column), (error.Line, error.Column));
        var step = int.Parse(rule.Substring(3, 1), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(step, error.Step);
        Assert.False(report.Step(16, step).Completed);
        Assert.InRange(report.Labs[0].Score, 0.01m, 99.99m);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
    }

    [Theory]
    [InlineData("contract.yaml", "quality_threshold: 95", "quality_threshold: 80")]
    [InlineData("contract.yaml", "quality_threshold: 95", "quality_threshold: 100")]
    [InlineData("contract.yaml", "sla_uptime: 99.9", "sla_uptime: 100")]
    [InlineData("domain.yaml", "retention_days: 365", "retention_days: 1")]
    [InlineData("contract.yaml", "  product: customer_revenue_metrics\n", "")]
    [InlineData("domain.yaml", "data_sources: [crm, erp, salesforce]", "data_sources: \"crm, erp, salesforce\"")]
    [InlineData("domain.yaml", "data_sources: [crm, erp, salesforce]", "data_sources: crm")]
    [InlineData("domain.yaml", "compute: [spark, dbt]", "compute: spark, dbt")]
    [InlineData("contract.yaml", "schema_version: \"1.0.0\"", "schema_version: 1.0.0-rc.1+build.5")]
    public void AcceptedVariant_HasNoError(string file, string oldText, string newText)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var report = submission.Grade(16);

        Assert.True(report.Errors().Count == 0, ReportAssertions.Describe(report.Errors()));
        Assert.True(report.Labs[0].Completed);
    }

    [Theory]
    [InlineData("contract.yaml", "quality_threshold: 95", "quality_threshold: 90", "DM-351")]
    [InlineData("contract.yaml", "sla_uptime: 99.9", "sla_uptime: 99.5", "DM-352")]
    [InlineData("domain.yaml", "output_format: table\n  update_frequency: daily", "output_format: stream\n  update_frequency: daily", "DM-251")]
    [InlineData("domain.yaml", "  name: customer_revenue_metrics", "  name: CustomerRevenueMetrics", "DM-252")]
    [InlineData("domain.yaml", "access_control: rbac", "access_control: dac", "DM-551")]
    public void Recommendation_WarnsWithoutCostingPoints(string file, string oldText, string newText, string rule)
    {
        // The contract names the product; leave it out so renaming the product is the only change.
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("contract.yaml", "  product: customer_revenue_metrics\n", string.Empty)
            .Replace(file, oldText, newText);

        var report = submission.Grade(16);

        var warning = report.Single(rule);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Empty(report.Errors());
        Assert.True(report.Labs[0].Completed);
    }

    [Fact]
    public void StreamRefreshedInRealTime_HasNoWarning()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "output_format: table\n  update_frequency: daily", "output_format: stream\n  update_frequency: realtime");

        var report = submission.Grade(16);

        report.NoFinding("DM-251");
        Assert.Equal("real-time", report.Single("MG-102").Message.Split('\'')[3]);
    }

    [Fact]
    public void DacWithoutConfidentialData_HasNoWarning()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "classification: [internal, confidential]", "classification: [public]")
            .Replace("domain.yaml", "access_control: rbac", "access_control: dac");

        submission.Grade(16).NoFinding("DM-551");
    }

    [Theory]
    [InlineData("google-data-catalog", "Dataplex")]
    [InlineData("azure-purview", "Microsoft Purview")]
    public void RenamedCatalog_GetsFreeNotice(string catalog, string successor)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "catalog: aws-glue", "catalog: " + catalog);

        var report = submission.Grade(16);

        var notice = report.Single("DM-651");
        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Contains(successor, notice.Message, StringComparison.Ordinal);
        Assert.True(report.Labs[0].Completed);
    }

    [Fact]
    public void MisspeltRequiredKey_IsOneErrorAtTheMisspeltKey()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "  owner_team:", "  ownerteam:");

        var report = submission.Grade(16);

        var error = report.SingleError("DM-102");
        var key = submission.PositionOf("domain.yaml", "ownerteam:");
        Assert.Equal((key.Line, key.Column), (error.Line, error.Column));
        Assert.Contains("did you mean 'owner_team'", error.Message, StringComparison.Ordinal);
        report.NoFinding("MG-101");
    }

    [Fact]
    public void UnknownKey_IsWarningWithSuggestion()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "  lineage: true", "  lineage: true\n  tag: extra");

        var report = submission.Grade(16);

        var warning = report.Single("MG-101");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'tags'", warning.Hint, StringComparison.Ordinal);
        Assert.Equal(6, warning.Step);
        Assert.True(report.Labs[0].Completed);
    }

    [Theory]
    [InlineData("storage: lakehouse", "storage: LakeHouse", "lakehouse")]
    [InlineData("update_frequency: daily", "update_frequency: Real Time", "real-time")]
    [InlineData("update_frequency: daily", "update_frequency: realtime", "real-time")]
    [InlineData("catalog: aws-glue", "catalog: AWS_Glue", "aws-glue")]
    [InlineData("business_capability: sales", "business_capability: Human Resources", "human-resources")]
    public void ChoiceSpelling_CountsWithCanonicalNotice(string oldText, string newText, string canonical)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", oldText, newText);

        var report = submission.Grade(16);

        var notice = report.Single("MG-102");
        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Contains(canonical, notice.Hint, StringComparison.Ordinal);
        Assert.True(report.Labs[0].Completed);
    }

    [Fact]
    public void RepeatedListItem_IsWarning()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "tags: [sales, revenue, monthly]", "tags: [sales, revenue, sales]");

        var report = submission.Grade(16);

        var warning = report.Single("MG-103");
        var repeated = submission.PositionOf("domain.yaml", "sales", after: "revenue,");
        Assert.Equal((repeated.Line, repeated.Column), (warning.Line, warning.Column));
        Assert.True(report.Labs[0].Completed);
    }

    [Fact]
    public void DuplicateField_FailsThatFieldsCheckOnly()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "  iac_tool: terraform", "  iac_tool: terraform\n  iac_tool: pulumi");

        var report = submission.Grade(16);

        var error = report.SingleError("MG-002");
        Assert.Equal(4, error.Step);
        Assert.Equal("DM-403", error.Check);
        var step = report.Step(16, 4);
        Assert.False(step.Completed);
        Assert.Equal(2, step.ChecksPassed);
    }

    [Fact]
    public void DuplicateSection_FailsTheWholeStep()
    {
        using var submission = TemporarySubmission.FromSample("complete").With("contract.yaml",
            "contract:\n  schema_version: \"1.0.0\"\n  quality_threshold: 95\n  sla_uptime: 99.9\n  backward_compatible: true\ncontract:\n  schema_version: \"1.0.0\"\n");

        var report = submission.Grade(16);

        Assert.Equal(3, report.SingleError("MG-002").Step);
        Assert.Equal(0m, report.Step(16, 3).Score);
    }

    [Fact]
    public void MissingContractFile_FailsStepThreeOnly()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("contract.yaml");

        var report = submission.Grade(16);

        var error = report.SingleError("MG-004");
        Assert.Null(error.Line);
        Assert.Equal("contract.yaml", error.File);
        Assert.Equal(0m, report.Step(16, 3).Score);
        Assert.True(report.Step(16, 1).Completed);
        Assert.Equal(83.3m, global::MeshGrader.Core.Reports.ScoreFormat.Round(report.Labs[0].Score));
    }

    [Fact]
    public void MisnamedFile_IsSuggested()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        File.Move(Path.Combine(submission.Root, "contract.yaml"), Path.Combine(submission.Root, "Contract.yaml"));

        var error = submission.Grade(16).SingleError("MG-011");

        Assert.Contains("`git mv Contract.yaml contract.yaml`", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlAndYmlBothPresent_IsAmbiguousError()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        File.Copy(Path.Combine(submission.Root, "contract.yaml"), Path.Combine(submission.Root, "contract.yml"));

        var report = submission.Grade(16);

        report.SingleError("MG-005");
        Assert.Equal(0m, report.Step(16, 3).Score);
    }

    [Fact]
    public void YmlExtension_IsGraded()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        File.Move(Path.Combine(submission.Root, "contract.yaml"), Path.Combine(submission.Root, "contract.yml"));

        var report = submission.Grade(16);

        Assert.True(report.Labs[0].Completed);
    }

    [Fact]
    public void SecondDocument_EarnsNothingForItsSteps()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "  backward_compatible: true", "  backward_compatible: true\n---\nextra: 1");

        var report = submission.Grade(16);

        Assert.Equal(submission.PositionOf("contract.yaml", "---").Line, report.SingleError("MG-006").Line);
        Assert.Equal(0m, report.Step(16, 3).Score);
    }

    [Fact]
    public void FileThatIsAList_IsOneStructureError()
    {
        using var submission = TemporarySubmission.FromSample("complete").With("contract.yaml", "- contract\n- 1\n");

        var report = submission.Grade(16);

        report.SingleError("MG-009");
        Assert.Equal(0m, report.Step(16, 3).Score);
    }
}
