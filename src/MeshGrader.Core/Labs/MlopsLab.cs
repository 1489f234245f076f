using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;

namespace MeshGrader.Core.Labs;

/// <summary>Lab 17, MLOps Pipeline: mlops.yaml holds all six steps.</summary>
internal static class MlopsLab
{
    public const int Id = 17;

    private const string File = "mlops";
    private const string Strategy = "/deployment/strategy";
    private const string TrafficSplit = "/deployment/traffic_split";

    public static readonly RuleDescriptor MlflowStagesNotice = RuleDescriptor.Notice(Id, "ML-351", "MLflow model stages are deprecated", 3,
        "MLflow deprecated model stages in 2.9.0 in favour of model version aliases and tags; stages still work and the lab's stage still counts "
        + "(MLflow docs, classic-ml/model-registry/workflow: \"As of MLflow 2.9.0, Model Stages have been deprecated\"; RFC mlflow#10336).",
        "The lab's stage still counts; no change is needed for the grade.");

    public static readonly RuleDescriptor MlflowVersionNotice = RuleDescriptor.Notice(Id, "ML-352", "MLflow numbers model versions itself", 3,
        "MLflow's registry gives each registered model version an auto-incrementing integer (1, 2, 3, ...), so a semantic version lives in "
        + "a model version tag (MLflow docs, classic-ml/model-registry/index).",
        "Keep model_version as it is for the lab; in MLflow, record it as a tag, e.g. client.set_model_version_tag(name, version, \"semver\", \"1.0.0\").");

    public static readonly RuleDescriptor NeptuneRegistryNotice = RuleDescriptor.Notice(Id, "ML-353", "Neptune's model registry was retired", 3,
        "Neptune deprecated its model registry feature and deactivated it on 2025-04-01 (docs.neptune.ai/model_registry/managing_stage).",
        "The lab's choice still counts; for a live registry today, choose mlflow or wandb.");

    public static readonly RuleDescriptor CanaryShare = RuleDescriptor.Warning(Id, "ML-451", "A canary sends a small share of traffic first", 4,
        "A canary is a partial, time-limited deployment to a much smaller subset of production (Google SRE Workbook, \"Canarying Releases\"); "
        + "the lab starts at 10%. At 0% the canary receives nothing and tests nothing; above 25% it is no longer a small share.",
        "Start with traffic_split: 10 for a canary, and raise it in steps as the new model proves itself.");

    public static readonly RuleDescriptor RollbackThreshold = RuleDescriptor.Warning(Id, "ML-452", "Roll back at about 5% errors", 4,
        "The lab's tip: \"Set rollback threshold at 5% for safety.\" Below 1% a rollback fires on ordinary noise; above 10% many users see "
        + "failures before it does.",
        "Set rollback_threshold: 5 for safety.");

    public static readonly RuleDescriptor BlueGreenSwitch = RuleDescriptor.Warning(Id, "ML-453", "Blue-green switches all traffic at once", 4,
        "Blue-green keeps two full environments and switches all traffic from one to the other at once (the lab: \"instant switch\"; "
        + "Martin Fowler, bliki BlueGreenDeployment): the new model serves 0% before the switch and 100% after it. A share in between is a canary.",
        "Write traffic_split: 0 (before the switch) or 100 (after it), or choose strategy: canary for a gradual shift.");

    public static readonly RuleDescriptor ShadowServesNothing = RuleDescriptor.Warning(Id, "ML-454", "A shadow model serves no live traffic", 4,
        "In a shadow deployment the new model receives a mirrored copy of live requests and its answers are never returned to callers "
        + "(Seldon Core 2 experiments: a mirror's responses are not returned). traffic_split, the share of live traffic the new model serves, is therefore 0.",
        "Write traffic_split: 0 for shadow (all requests are mirrored to it anyway), or choose strategy: canary to serve a share of traffic.");

    public static readonly RuleDescriptor PsiAlertBand = RuleDescriptor.Warning(Id, "ML-551", "PSI alert threshold between 0.1 and 0.25", 5,
        "By the usual rule of thumb for the Population Stability Index, below 0.1 is little change, 0.1 to 0.25 moderate change, above 0.25 "
        + "significant change that needs action; the lab's standard alert is 0.15. The cut-offs are a convention, not a statistical test "
        + "(Yurdakul and Naranjo, Journal of Risk Model Validation).",
        "Alert between 0.1 and 0.25, e.g. alert_threshold: 0.15 (PSI 0.1 = watch, 0.25 = act).");

    public static readonly RuleDescriptor PsiRetrainingNotice = RuleDescriptor.Notice(Id, "ML-552", "PSI 0.1 = watch, 0.25 = act", 5,
        "A PSI between 0.1 and 0.25 is moderate change: worth an alert and a look, but weak evidence for retraining automatically; above 0.25 "
        + "is significant change that needs action (PSI rule of thumb; Yurdakul and Naranjo, Journal of Risk Model Validation).",
        "The lab's setting still counts. To retrain only on significant drift, retrain on-performance or scheduled, or raise alert_threshold to 0.25.");

    public static LabDefinition Definition { get; } = new(
        Id,
        "mlops",
        "MLOps Pipeline",
        "MLOps Control Center",
        "Lab Completed! Excellent MLOps pipeline!",
        [File],
        [
            new(1, "Setup Feature Store"),
            new(2, "Define Training Pipeline"),
            new(3, "Configure Model Registry"),
            new(4, "Deployment Strategy"),
            new(5, "Model Monitoring"),
            new(6, "Governance & Compliance"),
        ],
        [
            new SemVerRule("ML-302", File, "/model_registry/model_version"),
            new RequireAllItemsRule("ML-501", File, "/monitoring/metrics"),
            new ChoiceNotice(MlflowStagesNotice, File, "/model_registry/stage", new Dictionary<string, string>
            {
                ["staging"] = "MLflow deprecated model stages in 2.9; mark the version under test with an alias instead, e.g. challenger (loaded as models:/name@challenger).",
                ["production"] = "MLflow deprecated model stages in 2.9; mark the live version with an alias instead, e.g. champion (loaded as models:/name@champion).",
                ["archived"] = "MLflow deprecated model stages in 2.9; retire a version by removing its alias, and tag it if you want a record, e.g. status: archived.",
            }, when: new ChoiceCondition("/model_registry/tool", "mlflow")),
            new WhenChoiceNotice(MlflowVersionNotice, File, new ChoiceCondition("/model_registry/tool", "mlflow"), "/model_registry/model_version",
                "MLflow numbers registered model versions itself (1, 2, 3, ...), so in MLflow a semantic version lives in a model version tag."),
            new ChoiceNotice(NeptuneRegistryNotice, File, "/model_registry/tool", new Dictionary<string, string>
            {
                ["neptune"] = "Neptune's model registry was deactivated on 2025-04-01.",
            }),
            new NumberRecommendation(CanaryShare, File, TrafficSplit, atLeast: 1, atMost: 25, when: new ChoiceCondition(Strategy, "canary")),
            new NumberRecommendation(RollbackThreshold, File, "/deployment/rollback_threshold", atLeast: 1, atMost: 10),
            new NumberRecommendation(BlueGreenSwitch, File, TrafficSplit, oneOf: [0, 100], when: new ChoiceCondition(Strategy, "blue-green")),
            new NumberRecommendation(ShadowServesNothing, File, TrafficSplit, oneOf: [0], when: new ChoiceCondition(Strategy, "shadow")),
            new NumberRecommendation(PsiAlertBand, File, "/monitoring/alert_threshold", atLeast: 0.1m, atMost: 0.25m),
            new NumberNotice(PsiRetrainingNotice, File, "/monitoring/alert_threshold",
                "moderate drift by the PSI rule of thumb (0.1 = watch, 0.25 = act), so retraining on-drift retrains on moderate change.",
                atLeast: 0.1m, below: 0.25m, when: new ChoiceCondition("/monitoring/retraining_trigger", "on-drift"), statesValue: true),
        ]);
}
