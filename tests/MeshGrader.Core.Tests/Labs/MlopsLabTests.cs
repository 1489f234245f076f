using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

public sealed class MlopsLabTests
{
    private const string File = "mlops.yaml";

    private static GradingReport Grade(string oldText, string newText)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(File, oldText, newText);
        return submission.Grade(MlopsLab.Id);
    }

    private static GradingReport Grade(params (string Old, string New)[] changes)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        foreach (var (oldText, newText) in changes)
        {
            submission.Replace(File, oldText, newText);
        }

        return submission.Grade(MlopsLab.Id);
    }

    [Fact]
    public void CompleteSample_ScoresHundredWithCompletionAndNoFindings()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var report = submission.Grade(MlopsLab.Id);

        var lab = Assert.Single(report.Labs);
        Assert.Equal(MlopsLab.Id, lab.Lab.Id);
        Assert.Equal(100m, ScoreFormat.Round(lab.Score));
        Assert.True(lab.Completed);
        Assert.Equal("Lab Completed! Excellent MLOps pipeline!", lab.Lab.CompletionLine);
        Assert.Equal(6, lab.Steps.Count(s => s.Completed));
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Definition_KeepsTheConsoleNamesAndStepTitles()
    {
        var lab = LabCatalog.Find("mlops");

        Assert.Same(MlopsLab.Definition, lab);
        Assert.Same(lab, LabCatalog.Find("17"));
        Assert.Equal("MLOps Pipeline", lab!.Title);
        Assert.Equal("MLOps Control Center", lab.ConsoleName);
        Assert.Equal(
            ["Setup Feature Store", "Define Training Pipeline", "Configure Model Registry", "Deployment Strategy", "Model Monitoring", "Governance & Compliance"],
            lab.Steps.Select(s => s.Title));
    }

    [Fact]
    public void RuleRegistry_HoldsEveryLab17RuleWithItsStepAndWhy()
    {
        string[] fieldRules =
        [
            "ML-100", "ML-101", "ML-102", "ML-103", "ML-104", "ML-105", "ML-200", "ML-201", "ML-202", "ML-203", "ML-204",
            "ML-300", "ML-301", "ML-302", "ML-303", "ML-304", "ML-400", "ML-401", "ML-402", "ML-403", "ML-404",
            "ML-500", "ML-501", "ML-502", "ML-503", "ML-600", "ML-601", "ML-602", "ML-603", "ML-604",
        ];
        string[] advice = ["ML-351", "ML-352", "ML-353", "ML-451", "ML-452", "ML-453", "ML-454", "ML-551", "ML-552"];

        var lab17 = RuleRegistry.All.Where(r => r.Lab == MlopsLab.Id).ToArray();

        Assert.Equal(fieldRules.Concat(advice).Order(StringComparer.Ordinal), lab17.Select(r => r.Id));
        Assert.All(lab17, r => Assert.Equal(r.Id[3] - '0', r.Step));
        Assert.All(lab17.Where(r => advice.Contains(r.Id)), r => Assert.NotEqual(Severity.Error, r.Severity));
        Assert.All(lab17, r => Assert.False(string.IsNullOrWhiteSpace(r.Why)));
    }

    /// <summary>Every check of spec section 4, broken one at a time: one error, its rule, on the offending value.</summary>
    public static TheoryData<string, string, string, int, int> BrokenChecks() => new()
    {
        // Step 1: Setup Feature Store
        { "feature_store:", "feature_stor:", "ML-100", 2, 1 },
        { "name: customer_features", "name: \"  \"", "ML-101", 3, 9 },
        { "  name: customer_features\n", "", "ML-101", 3, 3 },
        { "feature_group: user_behavior", "feature_group: \"\"", "ML-102", 4, 18 },
        { "backend: feast", "backend: feest", "ML-103", 5, 12 },
        { "serving_mode: both", "serving_mode: streaming", "ML-104", 6, 17 },
        { "versioning: true", "versioning: false", "ML-105", 7, 15 },
        { "  versioning: true\n", "", "ML-105", 3, 3 },

        // Step 2: Define Training Pipeline
        { "training_pipeline:", "training_pipelines:", "ML-200", 9, 1 },
        { "name: churn_prediction", "name: \" \"", "ML-201", 10, 9 },
        { "orchestrator: kubeflow", "orchestrator: kubeflw", "ML-202", 11, 17 },
        { "framework: scikit-learn", "framework: keras", "ML-203", 12, 14 },
        { "hyperparameter_tuning: bayesian", "hyperparameter_tuning: genetic", "ML-204", 13, 26 },

        // Step 3: Configure Model Registry
        { "model_registry:", "model_registy:", "ML-300", 15, 1 },
        { "tool: wandb", "tool: comet", "ML-301", 16, 9 },
        { "model_version: \"1.0.0\"", "model_version: \"1.0\"", "ML-302", 17, 18 },
        { "model_version: \"1.0.0\"", "model_version: v1.0.0", "ML-302", 17, 18 },
        { "model_version: \"1.0.0\"", "model_version: 1.0", "ML-302", 17, 18 },
        { "stage: staging", "stage: dev", "ML-303", 18, 10 },
        { "approval_workflow: true", "approval_workflow: yes", "ML-304", 19, 22 },
        { "approval_workflow: true", "approval_workflow: false", "ML-304", 19, 22 },

        // Step 4: Deployment Strategy
        { "deployment:", "deploymnt:", "ML-400", 21, 1 },
        { "strategy: canary", "strategy: rolling", "ML-401", 22, 13 },
        { "traffic_split: 10", "traffic_split: -5", "ML-402", 23, 18 },
        { "traffic_split: 10", "traffic_split: 150", "ML-402", 23, 18 },
        { "traffic_split: 10", "traffic_split: \"10%\"", "ML-402", 23, 18 },
        { "  traffic_split: 10\n", "", "ML-402", 22, 3 },
        { "rollback_threshold: 5", "rollback_threshold: -1", "ML-403", 24, 23 },
        { "rollback_threshold: 5", "rollback_threshold: 101", "ML-403", 24, 23 },
        { "serving_platform: kserve", "serving_platform: torchserve", "ML-404", 25, 21 },

        // Step 5: Model Monitoring
        { "monitoring:", "monitorin:", "ML-500", 27, 1 },
        { "[data-drift, concept-drift, performance]", "[data-drift, performance]", "ML-501", 28, 12 },
        { "[data-drift, concept-drift, performance]", "[]", "ML-501", 28, 12 },
        { "[data-drift, concept-drift, performance]", "[data-drift, concept-drift, accuracy]", "ML-501", 28, 40 },
        { "alert_threshold: 0.15", "alert_threshold: 0", "ML-502", 29, 20 },
        { "alert_threshold: 0.15", "alert_threshold: 1.5", "ML-502", 29, 20 },
        { "alert_threshold: 0.15", "alert_threshold: \"0.15\"", "ML-502", 29, 20 },
        { "retraining_trigger: on-performance", "retraining_trigger: weekly", "ML-503", 30, 23 },

        // Step 6: Governance & Compliance
        { "\ngovernance:", "\ngovernanse:", "ML-600", 32, 1 },
        { "explainability: shap", "explainability: captum", "ML-601", 33, 19 },
        { "bias_detection: fairlearn", "bias_detection: fairness-tool", "ML-602", 34, 19 },
        { "compliance: [gdpr]", "compliance: []", "ML-603", 35, 15 },
        { "compliance: [gdpr]", "compliance: [gdpr, sox]", "ML-603", 35, 22 },
        { "audit_trail: true", "audit_trail: \"true\"", "ML-604", 36, 16 },
    };

    [Theory]
    [MemberData(nameof(BrokenChecks))]
    public void CheckBroken_OneErrorWithItsRuleAtTheValue(string oldText, string newText, string rule, int line, int column)
    {
        var report = Grade(oldText, newText);

        var error = report.SingleError(rule);
        Assert.Equal(File, error.File);
        Assert.Equal((line, column), (error.Line!.Value, error.Column!.Value));
        var step = rule[3] - '0';
        Assert.Equal(step, error.Step);
        var broken = report.Step(MlopsLab.Id, step);
        Assert.False(broken.Completed);
        Assert.True(broken.Score < broken.MaxScore);
        Assert.Equal(5, report.Labs[0].Steps.Count(s => s.Completed));
    }

    [Fact]
    public void MetricsMissingOne_MessageNamesExactlyTheMissingMetric()
    {
        var error = Grade("[data-drift, concept-drift, performance]", "[performance, data-drift]").SingleError("ML-501");

        Assert.Equal("monitoring.metrics is missing concept-drift; all three are required: data-drift, concept-drift, performance.", error.Message);
    }

    [Theory]
    [InlineData("framework: scikit-learn", "framework: sklearn", "scikit-learn")]
    [InlineData("framework: scikit-learn", "framework: Scikit-learn", "scikit-learn")]
    [InlineData("tool: wandb", "tool: neptune.ai", "neptune")]
    [InlineData("tool: wandb", "tool: weights-and-biases", "wandb")]
    [InlineData("tool: wandb", "tool: w&b", "wandb")]
    [InlineData("tool: wandb", "tool: W&B", "wandb")]
    [InlineData("tool: wandb", "tool: Weights & Biases", "wandb")]
    [InlineData("stage: staging", "stage: Production", "production")]
    [InlineData("strategy: canary", "strategy: Canary", "canary")]
    [InlineData("hyperparameter_tuning: bayesian", "hyperparameter_tuning: Grid Search", "grid-search")]
    [InlineData("bias_detection: fairlearn", "bias_detection: What-If Tool", "what-if-tool")]
    public void AliasOrOtherSpelling_PassesWithSpellingNotice(string oldText, string newText, string canonical)
    {
        var report = Grade(oldText, newText);

        Assert.Empty(report.Errors());
        Assert.Contains($"is read as '{canonical}'", report.Single("MG-102").Message, StringComparison.Ordinal);
        Assert.True(report.Labs[0].Completed);
    }

    [Theory]
    [InlineData("compliance: gdpr")]
    [InlineData("compliance: \"gdpr, hipaa\"")]
    [InlineData("compliance: [ccpa, hipaa]")]
    public void ComplianceAsSingleValueOrCommaString_Passes(string compliance)
    {
        var report = Grade("compliance: [gdpr]", compliance);

        Assert.Empty(report.Findings);
        Assert.Equal(100m, ScoreFormat.Round(report.Labs[0].Score));
    }

    [Fact]
    public void MetricsAsCommaSeparatedString_Passes() =>
        Assert.Empty(Grade("[data-drift, concept-drift, performance]", "\"data-drift, concept-drift, performance\"").Findings);

    [Fact]
    public void RepeatedMetric_WarnsAndStillPasses()
    {
        var report = Grade("[data-drift, concept-drift, performance]", "[data-drift, concept-drift, performance, data-drift]");

        Assert.Empty(report.Errors());
        Assert.Equal(Severity.Warning, report.Single("MG-103").Severity);
    }

    [Fact]
    public void StageCapitalisedWithMlflow_PassesWithNotices()
    {
        var report = Grade(("tool: wandb", "tool: mlflow"), ("stage: staging", "stage: Production"));

        Assert.Empty(report.Errors());
        Assert.Equal(100m, ScoreFormat.Round(report.Labs[0].Score));
        Assert.Equal(Severity.Info, report.Single("MG-102").Severity);
        var stage = report.Single("ML-351");
        Assert.Equal(Severity.Info, stage.Severity);
        Assert.Contains("champion", stage.Message, StringComparison.Ordinal);
        Assert.Contains("models:/name@champion", stage.Message, StringComparison.Ordinal);
    }

    // Recommendations (warnings, 0 points).
    [Theory]
    [InlineData("canary", "26", "ML-451")]
    [InlineData("canary", "100", "ML-451")]
    [InlineData("canary", "0", "ML-451")]
    [InlineData("blue-green", "50", "ML-453")]
    [InlineData("blue-green", "10", "ML-453")]
    [InlineData("shadow", "10", "ML-454")]
    [InlineData("shadow", "100", "ML-454")]
    public void TrafficSplitUnusualForStrategy_WarnsAndCostsNothing(string strategy, string split, string rule)
    {
        var report = Grade(("strategy: canary", $"strategy: {strategy}"), ("traffic_split: 10", $"traffic_split: {split}"));

        var warning = Assert.Single(report.Findings);
        Assert.Equal(rule, warning.Rule);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((23, 18), (warning.Line!.Value, warning.Column!.Value));
        Assert.Contains($"when deployment.strategy is {strategy}", warning.Message, StringComparison.Ordinal);
        Assert.Equal(100m, ScoreFormat.Round(report.Labs[0].Score));
    }

    [Theory]
    [InlineData("canary", "1")]
    [InlineData("canary", "25")]
    [InlineData("blue-green", "0")]
    [InlineData("blue-green", "100")]
    [InlineData("shadow", "0")]
    public void TrafficSplitFitsStrategy_NoFinding(string strategy, string split) =>
        Assert.Empty(Grade(("strategy: canary", $"strategy: {strategy}"), ("traffic_split: 10", $"traffic_split: {split}")).Findings);

    [Fact]
    public void TrafficSplitOutOfRange_ErrorOnlyNoRecommendation() =>
        Assert.Single(Grade("traffic_split: 10", "traffic_split: 150").Findings);

    [Fact]
    public void StrategyWrong_NoTrafficRecommendation() =>
        Assert.Single(Grade(("strategy: canary", "strategy: rolling"), ("traffic_split: 10", "traffic_split: 50")).Findings);

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.5", true)]
    [InlineData("1", false)]
    [InlineData("5", false)]
    [InlineData("10", false)]
    [InlineData("10.5", true)]
    [InlineData("50", true)]
    public void RollbackThreshold_WarnsOutsideOneToTen(string threshold, bool warns)
    {
        var report = Grade("rollback_threshold: 5", $"rollback_threshold: {threshold}");

        Assert.Empty(report.Errors());
        if (warns)
        {
            var warning = report.Single("ML-452");
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal((24, 23), (warning.Line!.Value, warning.Column!.Value));
        }
        else
        {
            Assert.Empty(report.Findings);
        }
    }

    [Theory]
    [InlineData("0.05", true)]
    [InlineData("0.1", false)]
    [InlineData("0.15", false)]
    [InlineData("0.25", false)]
    [InlineData("0.3", true)]
    [InlineData("1", true)]
    public void PsiAlertThreshold_WarnsOutsideTheModerateBand(string threshold, bool warns)
    {
        var report = Grade("alert_threshold: 0.15", $"alert_threshold: {threshold}");

        Assert.Empty(report.Errors());
        if (warns)
        {
            var warning = report.Single("ML-551");
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal((29, 20), (warning.Line!.Value, warning.Column!.Value));
            Assert.Contains("0.1 = watch, 0.25 = act", warning.Hint, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(report.Findings);
        }
    }

    // Notices (info, 0 points).
    [Theory]
    [InlineData("0.1", true)]
    [InlineData("0.15", true)]
    [InlineData("0.249", true)]
    [InlineData("0.25", false)]
    [InlineData("0.05", false)]
    public void RetrainOnDriftAtModeratePsi_Notice(string threshold, bool notices)
    {
        var report = Grade(("alert_threshold: 0.15", $"alert_threshold: {threshold}"), ("on-performance", "on-drift"));

        Assert.Empty(report.Errors());
        if (notices)
        {
            var notice = report.Single("ML-552");
            Assert.Equal(Severity.Info, notice.Severity);
            Assert.Contains("0.1 = watch, 0.25 = act", notice.Message, StringComparison.Ordinal);
        }
        else
        {
            report.NoFinding("ML-552");
        }
    }

    [Theory]
    [InlineData("on-performance")]
    [InlineData("scheduled")]
    public void ModeratePsiWithoutDriftRetraining_NoNotice(string trigger) =>
        Grade("on-performance", trigger).NoFinding("ML-552");

    [Theory]
    [InlineData("staging", "challenger")]
    [InlineData("production", "models:/name@champion")]
    [InlineData("archived", "alias")]
    public void MlflowStage_NoticeNamesTheModernForm(string stage, string modern)
    {
        var report = Grade(("tool: wandb", "tool: mlflow"), ("stage: staging", $"stage: {stage}"));

        Assert.Empty(report.Errors());
        var notice = report.Single("ML-351");
        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Equal((18, 10), (notice.Line!.Value, notice.Column!.Value));
        Assert.Contains(modern, notice.Message, StringComparison.Ordinal);
        Assert.Contains("2.9", notice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wandb")]
    [InlineData("neptune")]
    public void StageWithOtherRegistry_NoMlflowNotices(string tool)
    {
        var report = Grade("tool: wandb", $"tool: {tool}");

        report.NoFinding("ML-351");
        report.NoFinding("ML-352");
    }

    [Fact]
    public void MlflowWithWrongStage_ErrorOnly()
    {
        var report = Grade(("tool: wandb", "tool: mlflow"), ("stage: staging", "stage: live"));

        report.SingleError("ML-303");
        report.NoFinding("ML-351");
    }

    [Fact]
    public void MlflowWithSemVer_NoticeThatMlflowVersionsAreIntegers()
    {
        var notice = Grade("tool: wandb", "tool: mlflow").Single("ML-352");

        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Equal((17, 18), (notice.Line!.Value, notice.Column!.Value));
        Assert.Contains("tag", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MlflowWithBrokenVersion_ErrorOnly()
    {
        var report = Grade(("tool: wandb", "tool: mlflow"), ("model_version: \"1.0.0\"", "model_version: \"1.0\""));

        report.SingleError("ML-302");
        report.NoFinding("ML-352");
    }

    [Theory]
    [InlineData("neptune")]
    [InlineData("Neptune.ai")]
    public void Neptune_NoticeThatItsRegistryWasRetired(string tool)
    {
        var report = Grade("tool: wandb", $"tool: {tool}");

        Assert.Empty(report.Errors());
        var notice = report.Single("ML-353");
        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Contains("2025-04-01", notice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wandb")]
    [InlineData("mlflow")]
    public void OtherRegistry_NoNeptuneNotice(string tool) =>
        Grade("tool: wandb", $"tool: {tool}").NoFinding("ML-353");

    [Fact]
    public void OneMistakePerStep_OneErrorInEachStepAndPartialScore()
    {
        using var submission = TemporarySubmission.FromSample("mlops-one-mistake-per-step");
        var report = submission.Grade(MlopsLab.Id);

        var errors = report.Errors();
        Assert.Equal(6, errors.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], errors.Select(e => e.Step!.Value).Order());
        Assert.All(errors, e => Assert.Equal(e.Step, e.Rule[3] - '0'));
        var lab = report.Labs.Single();
        Assert.All(lab.Steps, s => Assert.False(s.Completed));
        Assert.InRange(lab.Score, 0.1m, 99.9m);
        Assert.False(lab.Completed);
    }
}
