using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;

namespace MeshGrader.Core.Labs;

/// <summary>Lab 18, Data Governance Framework: governance.yaml (steps 1 to 6).</summary>
/// <remarks>
/// The file's base name is "governance"; Lab 16's domain.yaml also has a section called
/// governance. The two never meet: files are looked up by base name per lab, sections by pointer
/// inside one file.
/// </remarks>
internal static class GovernanceLab
{
    public const int Id = 18;

    private const string File = "governance";

    public static readonly RuleDescriptor GdprConsent = new("GV-404", "No implicit consent under GDPR", Severity.Error, Id, 4,
        "Under GDPR, consent must be a clear affirmative act: 'Silence, pre-ticked boxes or inactivity should not … constitute consent' "
        + "(GDPR Recital 32), and the controller must be able to demonstrate it (Art. 7(1)). Source: gdprhub.eu/Article_7_GDPR.",
        "Write consent: explicit-opt-in (or granular), or remove gdpr from the frameworks if GDPR does not apply.");

    public static readonly RuleDescriptor StewardCount = RuleDescriptor.Warning(Id, "GV-151", "At least two data stewards", 1,
        "Stewards manage data day to day; with a single steward, holidays and departures leave the data without one.",
        "Include at least 2 stewards per major domain.");

    public static readonly RuleDescriptor QualityRecommendation = RuleDescriptor.Warning(Id, "GV-251", "Quality threshold of 95% or more", 2,
        "The lab's industry standard for data quality is a threshold of 95% or more; 80% is only the floor.",
        "Industry standard is a 95%+ threshold.");

    public static readonly RuleDescriptor AutomaticCapture = RuleDescriptor.Warning(Id, "GV-351", "Automatic capture with column-level lineage", 3,
        "Automatic capture scans SQL and ETL code, so lineage follows every change; API capture covers only integrated pipelines "
        + "and manual lineage goes stale. Together with column-level lineage it gives the best coverage.",
        "Use capture_method: automatic with column_level: true for the best coverage.");

    public static readonly RuleDescriptor RemediationSla = RuleDescriptor.Warning(Id, "GV-551", "Remediation SLA of at most 30 days", 5,
        "The lab's baseline for fixing a compliance violation is 30 days; a longer SLA leaves violations open for longer than that.",
        "Use a 30-day SLA as a baseline.");

    public static readonly RuleDescriptor ContinuousScanning = RuleDescriptor.Warning(Id, "GV-552", "Continuous compliance scanning", 5,
        "Scanning daily or weekly leaves violations undetected until the next scan; continuous scanning finds them as they happen.",
        "Continuous scanning is recommended.");

    public static readonly RuleDescriptor RetentionRecommendation = RuleDescriptor.Warning(Id, "GV-651", "Seven-year audit retention for regulated industries", 6,
        "Regulated industries commonly keep audit records for 7 years, the SOX anchor: auditors keep audit work papers for 7 years "
        + "(SOX §802, SEC 17 CFR 210.2-06; sec.gov/rules/2003/01/retention-records-relevant-audits-and-reviews). Shorter legal floors "
        + "exist: HIPAA documentation 6 years (45 CFR 164.316(b)(2)(i)), PCI DSS audit logs 12 months (v4.0.1 Req. 10.5.1).",
        "Use 7-year retention for regulated industries.");

    public static readonly RuleDescriptor SubjectRightsNotice = Notice("GV-451", "GDPR articles behind the data subject rights", 4,
        "The three rights are GDPR articles: access is Art. 15, deletion is the right to erasure of Art. 17, portability is Art. 20; "
        + "requests are answered within one month (Art. 12). Source: gdprhub.eu (Article_15_GDPR, Article_17_GDPR, Article_20_GDPR).");

    public static readonly RuleDescriptor CcpaOptOutNotice = Notice("GV-452", "CCPA is opt-out, GDPR is opt-in", 4,
        "GDPR needs consent before processing (opt-in); the CCPA lets consumers opt out of the sale or sharing of their data "
        + "(Cal. Civ. Code §1798.120) and requires opt-in only for consumers under 16 (§1798.120(c)). Explicit opt-in satisfies both.");

    public static readonly RuleDescriptor RetentionNotice = Notice("GV-652", "Where audit retention periods come from", 6,
        "Retention anchors: SOX audit work papers 7 years (SEC 17 CFR 210.2-06), HIPAA documentation 6 years "
        + "(45 CFR 164.316(b)(2)(i)), PCI DSS audit logs at least 12 months with 3 immediately available (v4.0.1 Req. 10.5.1).");

    public static LabDefinition Definition { get; } = new(
        Id,
        "governance",
        "Data Governance Framework",
        "Governance Console",
        "Lab Completed! Excellent governance framework!",
        [File],
        [
            new(1, "Operating Model"),
            new(2, "Data Quality Framework"),
            new(3, "Data Lineage"),
            new(4, "Privacy Controls"),
            new(5, "Compliance Automation"),
            new(6, "Audit & Reporting"),
        ],
        [
            new RequireAllItemsRule("GV-201", File, "/data_quality/dimensions"),
            new RequireAllItemsRule("GV-403", File, "/privacy/data_subject_rights"),
            new RequireAllItemsRule("GV-501", File, "/compliance/frameworks"),
            // A required check: a misspelt or missing other framework is its own mistake and does not hide this one.
            new ChoiceRule(GdprConsent, File, "/privacy/consent",
                "privacy.consent is implicit, but compliance.frameworks includes gdpr: under GDPR, silence, pre-ticked boxes or inactivity "
                + "should not constitute consent (Recital 32).",
                discouraged: "implicit", when: new ChoiceCondition("/compliance/frameworks", "gdpr", DespiteErrors: true)),
            new MinimumItemsRecommendation(StewardCount, File, "/operating_model/data_stewards", atLeast: 2),
            new NumberRecommendation(QualityRecommendation, File, "/data_quality/threshold", atLeast: 95),
            new ChoiceRule(AutomaticCapture, File, "/lineage/capture_method", "Automatic capture with column-level lineage gives the best coverage.",
                recommended: "automatic", statesValue: true),
            new NumberRecommendation(RemediationSla, File, "/compliance/remediation_sla_days", atMost: 30),
            new ChoiceRule(ContinuousScanning, File, "/compliance/scan_frequency", "Continuous scanning finds violations as they happen.",
                recommended: "continuous", statesValue: true),
            new NumberRecommendation(RetentionRecommendation, File, "/audit/retention_years", atLeast: 7,
                advice: "Use 7-year retention for regulated industries (SOX audit work papers: 7 years; HIPAA documentation: 6; PCI DSS audit logs: 1)."),
            new CompleteListNotice(SubjectRightsNotice, File, "/privacy/data_subject_rights",
                "Under GDPR these rights are Art. 15 (access), Art. 17 (erasure, 'deletion') and Art. 20 (portability: data the person "
                + "provided, in a structured, machine-readable format); answer requests within one month (Art. 12)."),
            new ChoiceNotice(CcpaOptOutNotice, File, "/privacy/consent", new Dictionary<string, string>
            {
                ["explicit-opt-in"] = "CCPA is an opt-out regime (consumers opt out of the sale or sharing of their data, §1798.120), "
                    + "where GDPR is opt-in; explicit opt-in satisfies both.",
            }, when: new ChoiceCondition("/compliance/frameworks", "ccpa")),
            new NumberNotice(RetentionNotice, File, "/audit/retention_years",
                "7 years matches SOX audit work papers (17 CFR 210.2-06); HIPAA documentation needs 6 years and PCI DSS audit logs "
                + "12 months, so check which rule applies to your records.",
                atLeast: 7),
        ]);

    private static RuleDescriptor Notice(string id, string title, int step, string why) =>
        RuleDescriptor.Notice(Id, id, title, step, why, $"No change is needed for the grade; 'meshgrade explain {id}' gives the sources.");
}
