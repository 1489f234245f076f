using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;

namespace MeshGrader.Core.Labs;

/// <summary>Lab 16, Data Mesh Architecture: domain.yaml (steps 1, 2, 4, 5, 6) and contract.yaml (step 3).</summary>
internal static class DataMeshLab
{
    public const int Id = 16;

    public static readonly RuleDescriptor QualityRecommendation = RuleDescriptor.Warning(Id, "DM-351", "Quality threshold for critical data", 3,
        "Industry practice for critical data is a quality threshold of 95% or more.",
        "Industry standard is 95%+ quality for critical data.");

    public static readonly RuleDescriptor UptimeRecommendation = RuleDescriptor.Warning(Id, "DM-352", "SLA uptime for critical data", 3,
        "Industry practice for critical data is 99.9% uptime (about 8.8 hours of downtime a year).",
        "Industry standard is 99.9% uptime for critical data.");

    public static readonly RuleDescriptor StreamRefresh = RuleDescriptor.Warning(Id, "DM-251", "Stream products refresh in real time", 2,
        "A stream is for event-driven consumers; refreshing it hourly or daily defeats its purpose.",
        "Real-time is for event-driven systems; daily is typical for analytics.");

    public static readonly RuleDescriptor ProductNameCase = RuleDescriptor.Warning(Id, "DM-252", "Data product name in snake_case", 2,
        "Product names become table and API names; snake_case works unquoted in SQL and in code.",
        "e.g. customer_revenue_metrics.");

    public static readonly RuleDescriptor ConfidentialAccess = RuleDescriptor.Warning(Id, "DM-551", "Confidential data needs more than DAC", 5,
        "With discretionary access control, any owner can grant access onward; confidential data needs a central policy (RBAC or ABAC).",
        "RBAC is simplest; ABAC offers fine-grained control for complex organisations.");

    public static readonly RuleDescriptor CatalogNotice = RuleDescriptor.Notice(Id, "DM-651", "Catalog product renamed or retired", 6,
        "Catalog products move on: the lab's names are accepted, and the notice says what the product is called today.",
        "The lab's choice still counts; no change is needed for the grade.");

    public static LabDefinition Definition { get; } = new(
        Id,
        "data-mesh",
        "Data Mesh Architecture",
        "Data Mesh Control Plane",
        "Lab Completed! Excellent mesh architecture!",
        ["domain", "contract"],
        [
            new(1, "Define Data Domain"),
            new(2, "Create Data Product"),
            new(3, "Define Data Contract"),
            new(4, "Configure Self-Serve Platform"),
            new(5, "Implement Governance Policies"),
            new(6, "Enable Data Discovery"),
        ],
        [
            new SemVerRule("DM-303", "contract", "/contract/schema_version"),
            new ContractProductRule("DM-305"),
            new NumberRecommendation(QualityRecommendation, "contract", "/contract/quality_threshold", atLeast: 95),
            new NumberRecommendation(UptimeRecommendation, "contract", "/contract/sla_uptime", atLeast: 99.9m),
            new ChoiceRule(StreamRefresh, "domain", "/data_product/update_frequency", "A stream product is usually refreshed real-time.",
                recommended: "real-time", when: new ChoiceCondition("/data_product/output_format", "stream")),
            new SnakeCaseRecommendation(ProductNameCase, "domain", "/data_product/name"),
            new ChoiceRule(ConfidentialAccess, "domain", "/governance/access_control", "Confidential data is not protected by DAC alone; use rbac or abac.",
                discouraged: "dac", when: new ChoiceCondition("/governance/classification", "confidential")),
            new ChoiceNotice(CatalogNotice, "domain", "/discovery/catalog", new Dictionary<string, string>
            {
                ["google-data-catalog"] = "Google Cloud Data Catalog was discontinued on 2026-01-30; its successor is Dataplex Universal Catalog.",
                ["azure-purview"] = "Azure Purview is now called Microsoft Purview.",
            }),
        ]);
}
