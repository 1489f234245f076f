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

    public static TheoryData<string, string, string, int, int> BrokenChecks() => new()
    {
        // Step 1: Operating Model
        { "operating_model:", "operating_modle:", "GV-100", 2, 1 },
        { "data_owner: Chief Data Officer", "data_owner: \"  \"", "GV-101", 3, 15 },
        { "  data_owner: Chief Data Officer\n", string.Empty, "GV-101", 3, 3 },
        { "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: []", "GV-102", 4, 18 },
        { "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: [Alice Chen, \" \"]", "GV-102", 4, 31 },
        { "governance_committee: Data Governance Council", "governance_committee: \"\"", "GV-103", 5, 25 },
        { "meeting_frequency: bi-weekly", "meeting_frequency: daily", "GV-104", 6, 22 },

        // Step 2: Data Quality Framework
        { "data_quality:", "data_qualty:", "GV-200", 8, 1 },
        { "[accuracy, completeness, consistency, timeliness]", "[accuracy, completeness, consistency]", "GV-201", 9, 15 },
        { "consistency, timeliness]", "consistency, validity]", "GV-201", 9, 53 },
        { "[accuracy, completeness, consistency, timeliness]", "[]", "GV-201", 9, 15 },
        { "threshold: 95", "threshold: 79", "GV-202", 10, 14 },
        { "threshold: 95", "threshold: 101", "GV-202", 10, 14 },
        { "threshold: 95", "threshold: \"95%\"", "GV-202", 10, 14 },
        { "tool: great-expectations", "tool: soda", "GV-203", 11, 9 },

        // Step 3: Data Lineage
        { "tool: manta", "tool: atlas", "GV-301", 14, 9 },
        { "capture_method: automatic", "capture_method: scan", "GV-302", 15, 19 },
        { "impact_analysis: true", "impact_analysis: false", "GV-303", 16, 20 },
        { "column_level: true", "column_level: yes", "GV-304", 17, 17 },

        // Step 4: Privacy Controls
        { "pii_categories: [email, ssn, phone]", "pii_categories: []", "GV-401", 20, 19 },
        { "pii_categories: [email, ssn, phone]", "pii_categories: [email, ssn, address]", "GV-401", 20, 32 },
        { "consent: explicit-opt-in", "consent: opt-out", "GV-402", 21, 12 },
        { "[access, deletion, portability]", "[access, deletion]", "GV-403", 22, 24 },
        { "consent: explicit-opt-in", "consent: implicit", "GV-404", 21, 12 },

        // Step 5: Compliance Automation
        { "frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa]", "GV-501", 25, 15 },
        { "frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa, hipaa]", "GV-501", 25, 28 },
        { "scan_frequency: continuous", "scan_frequency: hourly", "GV-502", 26, 19 },
        { "remediation_sla_days: 30", "remediation_sla_days: 0", "GV-503", 27, 25 },
        { "remediation_sla_days: 30", "remediation_sla_days: 7.5", "GV-503", 27, 25 },

        // Step 6: Audit & Reporting
        { "retention_years: 7", "retention_years: 0.5", "GV-601", 30, 20 },
        { "report_type: regulatory", "report_type: summary", "GV-602", 31, 16 },
        { "report_schedule: monthly", "report_schedule: daily", "GV-603", 32, 20 },
        { "automated_delivery: true", "automated_delivery: \"true\"", "GV-604", 33, 23 },
    };

    [Theory]
    [MemberData(nameof(BrokenChecks))]
    public void OneBrokenCheck_GivesExactlyOneErrorOnTheValue(string oldText, string newText, string rule, int line, int column)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        var report = submission.Grade(Lab);

        var error = report.SingleError(rule);
        Assert.Equal((File, line, column), (error.File, error.Line, error.Column));
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
        Assert.Contains("dimensions: [accuracy, completeness, consistency, timeliness]", error.Hint, StringComparison.Ordinal);
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
        Assert.Equal(("/privacy/consent", 4, 21, 12), (error.Path, error.Step, error.Line, error.Column));
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

    public static TheoryData<string, string, string, int, int> Recommendations() => new()
    {
        { "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: [Alice Chen]", "GV-151", 4, 18 },
        { "threshold: 95", "threshold: 90", "GV-251", 10, 14 },
        { "capture_method: automatic", "capture_method: manual", "GV-351", 15, 19 },
        { "capture_method: automatic", "capture_method: api", "GV-351", 15, 19 },
        { "remediation_sla_days: 30", "remediation_sla_days: 45", "GV-551", 27, 25 },
        { "scan_frequency: continuous", "scan_frequency: weekly", "GV-552", 26, 19 },
        { "retention_years: 7", "retention_years: 5", "GV-651", 30, 20 },
    };

    [Theory]
    [MemberData(nameof(Recommendations))]
    public void RecommendationNotFollowed_IsAWarningThatCostsNothing(string oldText, string newText, string rule, int line, int column)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);

        var report = submission.Grade(Lab);

        var warning = report.Single(rule);
        Assert.Equal((Severity.Warning, line, column), (warning.Severity, warning.Line, warning.Column));
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

        Assert.Equal((Severity.Info, 22, 24), (notice.Severity, notice.Line, notice.Column));
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

        Assert.Equal((Severity.Info, 21, 12), (notice.Severity, notice.Line, notice.Column));
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
    [InlineData("retention_years: 7")]
    [InlineData("retention_years: 10")]
    public void RetentionOfSevenYearsOrMore_GetsTheAnchorsNotice(string retention)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, "retention_years: 7", retention);

        var report = submission.Grade(Lab);

        var notice = report.Single("GV-652");
        Assert.Equal((Severity.Info, 30, 20), (notice.Severity, notice.Line, notice.Column));
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

        var unknown = report.Single(CoreRules.UnknownKey.Id);
        Assert.Equal("/governance", unknown.Path);
        Assert.Equal(6, report.Errors().Count(e => e.Check == Finding.WholeStep));
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
