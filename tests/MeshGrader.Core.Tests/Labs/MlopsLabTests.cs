using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

public sealed class MlopsLabTests
{
    private const int Lab17 = 17;

    private const string File = "mlops.yaml";

    private static GradingReport Grade(string oldText, string newText) => Grade((oldText, newText));

    private static GradingReport Grade(params (string Old, string New)[] changes) => GradeKeepingText(changes).Report;

    /// <summary>The report and the text of mlops.yaml it graded, to find where findings should point.</summary>
    private static Graded GradeKeepingText(params (string Old, string New)[] changes)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        foreach (var (oldText, newText) in changes)
        {
            submission.Replace(File, oldText, newText);
        }

        return new Graded(submission.Grade(Lab17), System.IO.File.ReadAllText(Path.Combine(submission.Root, File)));
    }

    private sealed record Graded(GradingReport Report, string Text)
    {
        public (int Line, int Column) PositionOf(string what, string? after = null)
        {
            var position = TextPosition.Of(Text, what, after);
            return (position.Line, position.Column);
        }
    }

    [Fact]
    public void CompleteSample_ScoresHundredWithCompletionAndNoFindings()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var report = submission.Grade(Lab17);

        var lab = Assert.Single(report.Labs);
        Assert.Equal(Lab17, lab.Lab.Id);
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

        Assert.Same(LabCatalog.Get(Lab17), lab);
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
            "ML-500", "ML-501", "ML-502", "ML-503", "ML-504", "ML-600", "ML-601", "ML-602", "ML-603", "ML-604",
        ];
        string[] advice = ["ML-351", "ML-352", "ML-353", "ML-451", "ML-452", "ML-453", "ML-454", "ML-551", "ML-552", "ML-553"];

        var lab17 = RuleRegistry.All.Where(r => r.Lab == Lab17).ToArray();

        Assert.Equal(fieldRules.Concat(advice).Order(StringComparer.Ordinal), lab17.Select(r => r.Id));
        Assert.All(lab17, r => Assert.Equal(r.Id[3] - '0', r.Step));
        Assert.All(lab17.Where(r => advice.Contains(r.Id)), r => Assert.NotEqual(Severity.Error, r.Severity));
        Assert.All(lab17, r => Assert.False(string.IsNullOrWhiteSpace(r.Why)));
    }

    /// <summary>Every check of spec section 4, broken one at a time: one error, its rule, on the offending value.</summary>
    /// <remarks>
    /// Text in the complete sample, replacement, rule, where the error points in the changed file and what comes
    /// before it there (null when it occurs once). A missing key points at the mapping that should hold it, that
    /// is at the mapping's first key; a wrong list item at that item.
    /// </remarks>
    public static TheoryData<string, string, string, string, string?> BrokenChecks() => new()
    {
        // Step 1: Setup Feature Store
        { "feature_store:", "feature_stor:", "ML-100", "feature_stor:", null },
        { "name: customer_features", "name: \"  \"", "ML-101", "\"  \"", null },
        { "  name: customer_features\n", "", "ML-101", "feature_group:", null },
        { "feature_group: user_behavior", "feature_group: \"\"", "ML-102", "\"\"", "feature_group:" },
        { "backend: feast", "backend: feest", "ML-103", "feest", null },
        { "serving_mode: both", "serving_mode: streaming", "ML-104", "streaming", "serving_mode:" },
        { "versioning: true", "versioning: false", "ML-105", "false", "versioning:" },
        { "  versioning: true\n", "", "ML-105", "name:", "feature_store:" },

        // Step 2: Define Training Pipeline
        { "training_pipeline:", "training_pipelines:", "ML-200", "training_pipelines:", null },
        { "name: churn_prediction", "name: \" \"", "ML-201", "\" \"", "training_pipeline:" },
        { "orchestrator: kubeflow", "orchestrator: kubeflw", "ML-202", "kubeflw", null },
        { "framework: scikit-learn", "framework: keras", "ML-203", "keras", null },
        { "hyperparameter_tuning: bayesian", "hyperparameter_tuning: genetic", "ML-204", "genetic", null },

        // Step 3: Configure Model Registry
        { "model_registry:", "model_registy:", "ML-300", "model_registy:", null },
        { "tool: wandb", "tool: comet", "ML-301", "comet", null },
        { "model_version: \"1.0.0\"", "model_version: \"1.0\"", "ML-302", "\"1.0\"", "model_version:" },
        { "model_version: \"1.0.0\"", "model_version: v1.0.0", "ML-302", "v1.0.0", "model_version:" },
        { "model_version: \"1.0.0\"", "model_version: 1.0", "ML-302", "1.0", "model_version:" },
        { "stage: staging", "stage: dev", "ML-303", "dev", "stage:" },
        { "approval_workflow: true", "approval_workflow: yes", "ML-304", "yes", "approval_workflow:" },
        { "approval_workflow: true", "approval_workflow: false", "ML-304", "false", "approval_workflow:" },

        // Step 4: Deployment Strategy
        { "deployment:", "deploymnt:", "ML-400", "deploymnt:", null },
        { "strategy: canary", "strategy: rolling", "ML-401", "rolling", null },
        { "traffic_split: 10", "traffic_split: -5", "ML-402", "-5", "traffic_split:" },
        { "traffic_split: 10", "traffic_split: 150", "ML-402", "150", "traffic_split:" },
        { "traffic_split: 10", "traffic_split: \"10%\"", "ML-402", "\"10%\"", "traffic_split:" },
        { "  traffic_split: 10\n", "", "ML-402", "strategy:", null },
        { "rollback_threshold: 5", "rollback_threshold: -1", "ML-403", "-1", "rollback_threshold:" },
        { "rollback_threshold: 5", "rollback_threshold: 101", "ML-403", "101", "rollback_threshold:" },
        { "serving_platform: kserve", "serving_platform: torchserve", "ML-404", "torchserve", null },

        // Step 5: Model Monitoring
        { "monitoring:", "monitorin:", "ML-500", "monitorin:", null },
        { "[data-drift, concept-drift, performance]", "[data-drift, performance]", "ML-501", "[data-drift, performance]", null },
        { "[data-drift, concept-drift, performance]", "[]", "ML-501", "[]", "metrics:" },
        { "[data-drift, concept-drift, performance]", "[data-drift, concept-drift, accuracy]", "ML-501", "accuracy", "metrics:" },
        { "alert_threshold: 0.15", "alert_threshold: 0", "ML-502", "0", "alert_threshold:" },
        { "alert_threshold: 0.15", "alert_threshold: 1.5", "ML-502", "1.5", "alert_threshold:" },
        { "alert_threshold: 0.15", "alert_threshold: \"0.15\"", "ML-502", "\"0.15\"", "alert_threshold:" },
        { "retraining_trigger: on-performance", "retraining_trigger: weekly", "ML-503", "weekly", "retraining_trigger:" },

        // Step 6: Governance & Compliance
        { "\ngovernance:", "\ngovernanse:", "ML-600", "governanse:", null },
        { "explainability: shap", "explainability: captum", "ML-601", "captum", null },
        { "bias_detection: fairlearn", "bias_detection: fairness-tool", "ML-602", "fairness-tool", null },
        { "compliance: [gdpr]", "compliance: []", "ML-603", "[]", "compliance:" },
        { "compliance: [gdpr]", "compliance: [gdpr, sox]", "ML-603", "sox", "compliance:" },
        { "audit_trail: true", "audit_trail: \"true\"", "ML-604", "\"true\"", "audit_trail:" },
    };

    [Theory]
    [MemberData(nameof(BrokenChecks))]
    public void CheckBroken_OneErrorWithItsRuleAtTheValue(string oldText, string newText, string rule, string at, string? after)
    {
        var graded = GradeKeepingText((oldText, newText));
        var report = graded.Report;

        var error = report.SingleError(rule);
        Assert.Equal(File, error.File);
        Assert.Equal(graded.PositionOf(at, after), (error.Line!.Value, error.Column!.Value));
        var step = rule[3] - '0';
        Assert.Equal(step, error.Step);
        var broken = report.Step(Lab17, step);
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
        var graded = GradeKeepingText(("strategy: canary", $"strategy: {strategy}"), ("traffic_split: 10", $"traffic_split: {split}"));
        var report = graded.Report;

        var warning = Assert.Single(report.Findings);
        Assert.Equal(rule, warning.Rule);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(graded.PositionOf(split, after: "traffic_split:"), (warning.Line!.Value, warning.Column!.Value));
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
        var graded = GradeKeepingText(("rollback_threshold: 5", $"rollback_threshold: {threshold}"));
        var report = graded.Report;

        Assert.Empty(report.Errors());
        if (warns)
        {
            var warning = report.Single("ML-452");
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(graded.PositionOf(threshold, after: "rollback_threshold:"), (warning.Line!.Value, warning.Column!.Value));
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
        var graded = GradeKeepingText(("alert_threshold: 0.15", $"alert_threshold: {threshold}"));
        var report = graded.Report;

        Assert.Empty(report.Errors());
        if (warns)
        {
            var warning = report.Single("ML-551");
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(graded.PositionOf(threshold, after: "alert_threshold:"), (warning.Line!.Value, warning.Column!.Value));
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
        var graded = GradeKeepingText(("tool: wandb", "tool: mlflow"), ("stage: staging", $"stage: {stage}"));
        var report = graded.Report;

        Assert.Empty(report.Errors());
        var notice = report.Single("ML-351");
        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Equal(graded.PositionOf(stage, after: "stage:"), (notice.Line!.Value, notice.Column!.Value));
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
        var graded = GradeKeepingText(("tool: wandb", "tool: mlflow"));
        var notice = graded.Report.Single("ML-352");

        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Equal(graded.PositionOf("\"1.0.0\"", after: "model_version:"), (notice.Line!.Value, notice.Column!.Value));
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

    private const string Trigger = "retraining_trigger: on-performance";

    [Fact]
    public void FairnessMetricsLeftOut_StepFiveKeepsItsThreeChecks()
    {
        var step = Grade(Trigger, Trigger).Step(Lab17, 5);

        Assert.Equal((3, 3), (step.ChecksPassed, step.ChecksTotal));
        Assert.True(step.Completed);
    }

    [Theory]
    [InlineData("[demographic-parity, equalized-odds]")]
    [InlineData("equal-opportunity")]
    [InlineData("\"Demographic Parity, equal-opportunity\"")]
    public void FairnessMetricsWritten_AreAFourthCheckOfStepFiveThatPasses(string metrics)
    {
        var report = Grade(Trigger, $"{Trigger}\n  fairness_metrics: {metrics}");

        Assert.Empty(report.Errors());
        var step = report.Step(Lab17, 5);
        Assert.Equal((4, 4), (step.ChecksPassed, step.ChecksTotal));
        Assert.Equal(100m, ScoreFormat.Round(report.Labs[0].Score));
    }

    [Theory]
    [InlineData("[demographic-parity, equalised-odds]", "equalised-odds", "did you mean 'equalized-odds'")]
    [InlineData("[]", "[]", null)]
    [InlineData("accuracy", "accuracy", null)]
    public void FairnessMetricsWrong_FailStepFiveAtTheValue(string metrics, string at, string? suggestion)
    {
        var graded = GradeKeepingText((Trigger, $"{Trigger}\n  fairness_metrics: {metrics}"));

        var error = graded.Report.SingleError("ML-504");
        Assert.Equal(graded.PositionOf(at, after: "fairness_metrics:"), (error.Line!.Value, error.Column!.Value));
        if (suggestion is not null)
        {
            Assert.Contains(suggestion, error.Message, StringComparison.Ordinal);
        }

        var step = graded.Report.Step(Lab17, 5);
        Assert.Equal((3, 4), (step.ChecksPassed, step.ChecksTotal));
        Assert.False(step.Completed);
    }

    [Fact]
    public void FairnessMetricsWithFairlearn_NoticeNamesFairlearnsFunctions()
    {
        var graded = GradeKeepingText((Trigger, $"{Trigger}\n  fairness_metrics: [equalized-odds]"));

        var notice = graded.Report.Single("ML-553");
        Assert.Equal(Severity.Info, notice.Severity);
        Assert.Equal(5, notice.Step);
        Assert.Contains("equalized_odds_difference", notice.Message, StringComparison.Ordinal);
        Assert.Equal(graded.PositionOf("[equalized-odds]"), (notice.Line!.Value, notice.Column!.Value));
    }

    [Theory]
    [InlineData("aif360")]
    [InlineData("what-if-tool")]
    public void FairnessMetricsWithAnotherBiasTool_NoFairlearnNotice(string tool) =>
        Grade((Trigger, $"{Trigger}\n  fairness_metrics: [equalized-odds]"), ("bias_detection: fairlearn", $"bias_detection: {tool}")).NoFinding("ML-553");

    [Fact]
    public void OneMistakePerStep_OneErrorInEachStepAndPartialScore()
    {
        using var submission = TemporarySubmission.FromSample("mlops-one-mistake-per-step");
        var report = submission.Grade(Lab17);

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
