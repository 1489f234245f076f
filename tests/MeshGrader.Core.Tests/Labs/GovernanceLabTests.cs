using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

/// <summary>Lab 18, governance.yaml: every check of spec section 5, the GDPR consent rule, recommendations and notices.</summary>
public sealed class GovernanceLabTests
{
    private const int Lab = 18;
    private const string File = "governance.yaml";

    [Fact]
    public void CompleteSample_Scores100WithCompletion()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = submission.Grade(Lab);

        var lab = Assert.Single(report.Labs);
        Assert.Equal(100m, lab.Score);
        Assert.True(lab.Completed);
        Assert.Equal("Lab Completed! Excellent governance framework!", lab.Lab.CompletionLine);
        Assert.Equal("Governance Console", lab.Lab.ConsoleName);
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void Definition_HasTheLabsStepTitles()
    {
        var lab = LabCatalog.Find("governance");

        Assert.NotNull(lab);
        Assert.Same(lab, LabCatalog.Find("18"));
        Assert.Equal("Data Governance Framework", lab.Title);
        Assert.Equal(
            ["Operating Model", "Data Quality Framework", "Data Lineage", "Privacy Controls", "Compliance Automation", "Audit & Reporting"],
            lab.Steps.Select(s => s.Title));
    }

    /// <summary>
    /// Text in the complete sample, replacement, rule, where the error points in the changed file and what
    /// comes before it there (null when it occurs once). A missing key points at the mapping that should hold
    /// it, that is at the mapping's first key; a wrong list item at that item.
    /// </summary>
    public static TheoryData<string, string, string, string, string?> BrokenChecks() => new()
    {
        // Step 1: Operating Model
        { "operating_model:", "operating_modle:", "GV-100", "operating_modle:", null },
        { "data_owner: Chief Data Officer", "data_owner: \"  \"", "GV-101", "\"  \"", "data_owner:" },
        { "  data_owner: Chief Data Officer\n", string.Empty, "GV-101", "data_stewards:", null },
        { "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: []", "GV-102", "[]", "data_stewards:" },
        { "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: [Alice Chen, \" \"]", "GV-102", "\" \"", "Alice Chen," },
        { "governance_committee: Data Governance Council", "governance_committee: \"\"", "GV-103", "\"\"", "governance_committee:" },
        { "meeting_frequency: bi-weekly", "meeting_frequency: daily", "GV-104", "daily", "meeting_frequency:" },

        // Step 2: Data Quality Framework
        { "data_quality:", "data_qualty:", "GV-200", "data_qualty:", null },
        { "[accuracy, completeness, consistency, timeliness]", "[accuracy, completeness, consistency]", "GV-201", "[accuracy, completeness, consistency]", null },
        { "consistency, timeliness]", "consistency, validity]", "GV-201", "validity", "dimensions:" },
        { "[accuracy, completeness, consistency, timeliness]", "[]", "GV-201", "[]", "dimensions:" },
        { "threshold: 95", "threshold: 79", "GV-202", "79", "threshold:" },
        { "threshold: 95", "threshold: 101", "GV-202", "101", "threshold:" },
        { "threshold: 95", "threshold: \"95%\"", "GV-202", "\"95%\"", "threshold:" },
        { "tool: great-expectations", "tool: soda", "GV-203", "soda", "data_quality:" },

        // Step 3: Data Lineage
        { "tool: manta", "tool: atlas", "GV-301", "atlas", "lineage:" },
        { "capture_method: automatic", "capture_method: scan", "GV-302", "scan", "capture_method:" },
        { "impact_analysis: true", "impact_analysis: false", "GV-303", "false", "impact_analysis:" },
        { "column_level: true", "column_level: yes", "GV-304", "yes", "column_level:" },

        // Step 4: Privacy Controls
        { "pii_categories: [email, ssn, phone]", "pii_categories: []", "GV-401", "[]", "pii_categories:" },
        { "pii_categories: [email, ssn, phone]", "pii_categories: [email, ssn, address]", "GV-401", "address", "pii_categories:" },
        { "consent: explicit-opt-in", "consent: opt-out", "GV-402", "opt-out", "consent:" },
        { "[access, deletion, portability]", "[access, deletion]", "GV-403", "[access, deletion]", "data_subject_rights:" },
        { "consent: explicit-opt-in", "consent: implicit", "GV-404", "implicit", "consent:" },

        // Step 5: Compliance Automation
        { "frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa]", "GV-501", "[gdpr, ccpa]", "frameworks:" },
        { "frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa, hipaa]", "GV-501", "hipaa", "frameworks:" },
        { "scan_frequency: continuous", "scan_frequency: hourly", "GV-502", "hourly", "scan_frequency:" },
        { "remediation_sla_days: 30", "remediation_sla_days: 0", "GV-503", "0", "remediation_sla_days:" },
        { "remediation_sla_days: 30", "remediation_sla_days: 7.5", "GV-503", "7.5", "remediation_sla_days:" },

        // Step 6: Audit & Reporting
        { "retention_years: 7", "retention_years: 0.5", "GV-601", "0.5", "retention_years:" },
        { "report_type: regulatory", "report_type: summary", "GV-602", "summary", "report_type:" },
        { "report_schedule: monthly", "report_schedule: daily", "GV-603", "daily", "report_schedule:" },
        { "automated_delivery: true", "automated_delivery: \"true\"", "GV-604", "\"true\"", "automated_delivery:" },
    };

    [Theory]
    [MemberData(nameof(BrokenChecks))]
    public void OneBrokenCheck_GivesExactlyOneErrorOnTheValue(string oldText, string newText, string rule, string at, string? after)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        var report = submission.Grade(Lab);

        var error = report.SingleError(rule);
        var expected = submission.PositionOf(File, at, after);
        Assert.Equal((File, expected.Line, expected.Column), (error.File, error.Line, error.Column));
        var step = int.Parse(rule.AsSpan(3, 1), provider: System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(step, error.Step);
        Assert.False(report.Step(Lab, step).Completed);
        Assert.True(report.Labs[0].Score < 100m);
    }

    [Fact]
    public void MissingSection_IsOneErrorForTheWholeStep()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace(File, "audit:                           # Step 6: Audit & Reporting\n  retention_years: 7\n  report_type: regulatory\n  report_schedule: monthly\n  automated_delivery: true\n", string.Empty);

        var report = submission.Grade(Lab);

        var error = report.SingleError("GV-600");
        Assert.Equal(Finding.WholeStep, error.Check);
        Assert.Equal(0m, report.Step(Lab, 6).Score);
    }

    [Fact]
    public void MissingItems_AreNamedInTheRequiredOrder()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace(File, "[accuracy, completeness, consistency, timeliness]", "[timeliness, accuracy]");

        var error = submission.Grade(Lab).SingleError("GV-201");

        Assert.Contains("is missing completeness and consistency;", error.Message, StringComparison.Ordinal);
        Assert.Contains("dimensions: [timeliness, accuracy, completeness, consistency]", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltItem_GivesOnlyTheChoiceError()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "deletion, portability]", "deletion, portabilty]");

        var error = submission.Grade(Lab).SingleError("GV-403");

        Assert.Contains("did you mean 'portability'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data_stewards: [Alice Chen, Raj Patel]", "data_stewards: \"Alice Chen, Raj Patel\"")]
    [InlineData("[accuracy, completeness, consistency, timeliness]", "\"accuracy, completeness, consistency, timeliness\"")]
    [InlineData("frameworks: [gdpr, ccpa, soc2]", "frameworks: gdpr, ccpa, soc2")]
    public void CommaSeparatedList_Passes(string oldText, string newText)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        var report = submission.Grade(Lab);

        Assert.Empty(report.Errors());
        Assert.Equal(100m, report.Labs[0].Score);
    }

    [Theory]
    [InlineData("meeting_frequency: bi-weekly", "meeting_frequency: biweekly", "bi-weekly")]
    [InlineData("meeting_frequency: bi-weekly", "meeting_frequency: Bi-Weekly", "bi-weekly")]
    [InlineData("frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa, soc-2]", "soc2")]
    [InlineData("frameworks: [gdpr, ccpa, soc2]", "frameworks: [GDPR, CCPA, SOC 2]", "soc2")]
    public void AliasOrOtherSpelling_PassesWithSpellingNotice(string oldText, string newText, string canonical)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        var report = submission.Grade(Lab);

        Assert.Empty(report.Errors());
        Assert.Contains(report.Findings, f => f.Rule == CoreRules.ChoiceSpelling.Id && f.Message.EndsWith($"read as '{canonical}'.", StringComparison.Ordinal));
        Assert.Equal(100m, report.Labs[0].Score);
    }

    [Fact]
    public void GdprWithImplicitConsent_IsAnErrorOnTheConsentInStep4()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "consent: explicit-opt-in", "consent: implicit");

        var report = submission.Grade(Lab);

        var error = report.SingleError("GV-404");
        var consent = submission.PositionOf(File, "implicit", after: "consent:");
        Assert.Equal(("/privacy/consent", 4, consent.Line, consent.Column), (error.Path, error.Step, error.Line, error.Column));
        Assert.Contains("Recital 32", error.Message, StringComparison.Ordinal);
        Assert.Contains("silence, pre-ticked boxes or inactivity should not constitute consent", error.Message, StringComparison.Ordinal);
        var step = report.Step(Lab, 4);
        Assert.Equal((3, 4), (step.ChecksPassed, step.ChecksTotal));
        Assert.False(step.Completed);
    }

    [Fact]
    public void ImplicitConsentWithoutGdpr_IsNoConsentError()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace(File, "consent: explicit-opt-in", "consent: implicit")
            .Replace(File, "frameworks: [gdpr, ccpa, soc2]", "frameworks: [ccpa, soc2]");

        var report = submission.Grade(Lab);

        report.NoFinding("GV-404");
        Assert.Equal("/compliance/frameworks", report.SingleError("GV-501").Path);
        Assert.True(report.Step(Lab, 4).Completed);
    }

    [Theory]
    [InlineData("explicit-opt-in")]
    [InlineData("granular")]
    public void GdprWithConsentThatIsNotImplicit_IsNoConsentError(string consent)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "consent: explicit-opt-in", "consent: " + consent);

        var report = submission.Grade(Lab);

        report.NoFinding("GV-404");
        Assert.Empty(report.Errors());
    }

    [Fact]
    public void GdprWithImplicitConsent_IsReportedEvenWhenAnotherFrameworkIsMisspelt()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace(File, "consent: explicit-opt-in", "consent: implicit")
            .Replace(File, "frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa, soc3]");

        var report = submission.Grade(Lab);

        Assert.Equal(["GV-404", "GV-501"], report.Errors().Select(e => e.Rule).Order(StringComparer.Ordinal));
    }

    /// <summary>Text in the complete sample, replacement, rule, the value the warning points at and the key before it.</summary>
    public static TheoryData<string, string, string, string, string> Recommendations() => new()
    {
        { "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: [Alice Chen]", "GV-151", "[Alice Chen]", "data_stewards:" },
        { "threshold: 95", "threshold: 90", "GV-251", "90", "threshold:" },
        { "capture_method: automatic", "capture_method: manual", "GV-351", "manual", "capture_method:" },
        { "capture_method: automatic", "capture_method: api", "GV-351", "api", "capture_method:" },
        { "remediation_sla_days: 30", "remediation_sla_days: 45", "GV-551", "45", "remediation_sla_days:" },
        { "scan_frequency: continuous", "scan_frequency: weekly", "GV-552", "weekly", "scan_frequency:" },
        { "retention_years: 7", "retention_years: 5", "GV-651", "5", "retention_years:" },
    };

    [Theory]
    [MemberData(nameof(Recommendations))]
    public void RecommendationNotFollowed_IsAWarningThatCostsNothing(string oldText, string newText, string rule, string value, string key)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        var report = submission.Grade(Lab);

        var warning = report.Single(rule);
        var expected = submission.PositionOf(File, value, after: key);
        Assert.Equal((Severity.Warning, expected.Line, expected.Column), (warning.Severity, warning.Line, warning.Column));
        Assert.Empty(report.Errors());
        Assert.Equal(100m, report.Labs[0].Score);
    }

    [Theory]
    [InlineData("GV-151")]
    [InlineData("GV-251")]
    [InlineData("GV-351")]
    [InlineData("GV-551")]
    [InlineData("GV-552")]
    [InlineData("GV-651")]
    public void RecommendationFollowed_IsSilent(string rule)
    {
        using var submission = TemporarySubmission.FromSample("complete");

        submission.Grade(Lab).NoFinding(rule);
    }

    [Theory]
    [InlineData("threshold: 95", "threshold: 100", "GV-251")]
    [InlineData("remediation_sla_days: 30", "remediation_sla_days: 1", "GV-551")]
    [InlineData("retention_years: 7", "retention_years: 10", "GV-651")]
    [InlineData("data_stewards: [Alice Chen, Raj Patel]", "data_stewards: \"Alice Chen, Raj Patel, Mia Wong\"", "GV-151")]
    public void RecommendationExceeded_IsSilent(string oldText, string newText, string rule)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        submission.Grade(Lab).NoFinding(rule);
    }

    [Fact]
    public void RecommendationOnAValueWithAnError_IsSilent()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "threshold: 95", "threshold: 70");

        var report = submission.Grade(Lab);

        report.SingleError("GV-202");
        report.NoFinding("GV-251");
    }

    [Fact]
    public void CompleteSubjectRights_GetTheGdprArticlesNotice()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var notice = submission.Grade(Lab).Single("GV-451");

        var rights = submission.PositionOf(File, "[access, deletion, portability]");
        Assert.Equal((Severity.Info, rights.Line, rights.Column), (notice.Severity, notice.Line, notice.Column));
        Assert.Contains("Art. 15 (access)", notice.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 17", notice.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 20 (portability", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IncompleteSubjectRights_GetNoArticlesNotice()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "[access, deletion, portability]", "[access, deletion]");

        submission.Grade(Lab).NoFinding("GV-451");
    }

    [Fact]
    public void CcpaWithExplicitOptIn_GetsTheOptOutNotice()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var notice = submission.Grade(Lab).Single("GV-452");

        var consent = submission.PositionOf(File, "explicit-opt-in", after: "consent:");
        Assert.Equal((Severity.Info, consent.Line, consent.Column), (notice.Severity, notice.Line, notice.Column));
        Assert.Contains("opt-out", notice.Message, StringComparison.Ordinal);
        Assert.Contains("GDPR is opt-in", notice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consent: explicit-opt-in", "consent: granular")]
    [InlineData("frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, soc2]")]
    public void OptOutNotice_NeedsCcpaAndExplicitOptIn(string oldText, string newText)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        submission.Grade(Lab).NoFinding("GV-452");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("10")]
    public void RetentionOfSevenYearsOrMore_GetsTheAnchorsNotice(string years)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "retention_years: 7", "retention_years: " + years);

        var report = submission.Grade(Lab);

        var notice = report.Single("GV-652");
        var retention = submission.PositionOf(File, years, after: "retention_years:");
        Assert.Equal((Severity.Info, retention.Line, retention.Column), (notice.Severity, notice.Line, notice.Column));
        Assert.Contains("SOX", notice.Message, StringComparison.Ordinal);
        Assert.Contains("HIPAA", notice.Message, StringComparison.Ordinal);
        Assert.Contains("PCI DSS", notice.Message, StringComparison.Ordinal);
        report.NoFinding("GV-651");
    }

    [Fact]
    public void RetentionBelowSeven_GetsTheWarningInsteadOfTheNotice()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "retention_years: 7", "retention_years: 1");

        var report = submission.Grade(Lab);

        Assert.Contains("PCI DSS", report.Single("GV-651").Hint, StringComparison.Ordinal);
        report.NoFinding("GV-652");
    }

    [Fact]
    public void NoticesAndRecommendations_CiteTheirSources()
    {
        foreach (var id in new[] { "GV-404", "GV-451", "GV-452", "GV-651", "GV-652" })
        {
            var rule = RuleRegistry.Find(id);
            Assert.NotNull(rule);
            Assert.Equal((Lab, int.Parse(id.AsSpan(3, 1), provider: System.Globalization.CultureInfo.InvariantCulture)), (rule.Lab!.Value, rule.Step!.Value));
            Assert.Matches(@"(GDPR|CFR|§|gdprhub\.eu|Req\.)", rule.Why);
        }
    }

    [Fact]
    public void OneMistakePerStep_GivesOneErrorPerStepAndAPartialScore()
    {
        using var submission = TemporarySubmission.FromSample("governance-one-mistake-per-step");

        var report = submission.Grade(Lab);

        var errors = report.Errors();
        Assert.Equal(
            [(1, "GV-104"), (2, "GV-202"), (3, "GV-303"), (4, "GV-403"), (5, "GV-502"), (6, "GV-602")],
            errors.Select(e => (e.Step!.Value, e.Rule)));
        Assert.All(report.Labs[0].Steps, s => Assert.False(s.Completed));
        Assert.True(report.Labs[0].Score is > 0m and < 100m, $"Score {report.Labs[0].Score} is not partial.");
    }

    [Fact]
    public void GovernanceFileAlone_IsDetectedAsLab18Only()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml").Without("contract.yaml").Without("mlops.yaml");

        var labs = Grader.DetectLabs(submission.Root);

        Assert.Equal([Lab], labs.Select(l => l.Id));
    }

    [Fact]
    public void DataMeshFilesAlone_AreNotDetectedAsLab18()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without(File);

        var labs = Grader.DetectLabs(submission.Root);

        Assert.DoesNotContain(labs, l => l.Id == Lab);
    }

    [Fact]
    public void DomainGovernanceSectionInGovernanceFile_IsNotReadAsLab18()
    {
        using var submission = new TemporarySubmission()
            .With(File, "governance:\n  classification: [internal]\n  retention_days: 365\n  access_control: rbac\n");

        var report = submission.Grade(Lab);

        // One finding saying whose section it is, not an unknown key and a missing section per step.
        var finding = report.SingleError(CoreRules.OtherLabFileContent.Id);
        Assert.Contains("holds the sections of domain.yaml", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0m, report.Labs[0].Score);
    }

    [Fact]
    public void MissingDomainFile_IsNotMistakenForTheGovernanceFile()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");

        var missing = submission.Grade(16).Single(CoreRules.MissingFile.Id);

        Assert.Equal("domain.yaml", missing.File);
        Assert.DoesNotContain(File, missing.Hint ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingGovernanceFile_WhenSelected_ScoresZero()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without(File);

        var report = submission.Grade(Lab);

        Assert.Equal(File, report.Single(CoreRules.MissingFile.Id).File);
        Assert.Equal(0m, report.Labs[0].Score);
    }
}
