using MeshGrader.Core.Findings;
using MeshGrader.Core.Suggestions;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Names from the lab's screens (issue 14): a key written as the lab's user interface labels the
/// field (words with spaces, other casing, camelCase, hyphens, or the lab's own label) is linked to
/// the schema key by "did you mean", in one finding that stands for the missing key.
/// </summary>
public sealed class ScreenLabelKeySlipTests
{
    /// <summary>Lab, file, the key as the complete sample writes it, the key as a learner writes it from the screen, the rule of the field.</summary>
    public static TheoryData<int, string, string, string, string> Labels() => new()
    {
        { 16, "contract.yaml", "quality_threshold:", "Quality Threshold:", "DM-301" },
        { 16, "contract.yaml", "quality_threshold:", "qualityThreshold:", "DM-301" },
        { 16, "contract.yaml", "quality_threshold:", "quality-threshold:", "DM-301" },
        { 16, "domain.yaml", "owner_team:", "Owner Team:", "DM-102" },
        { 16, "domain.yaml", "retention_days:", "Retention Policy:", "DM-502" },
        { 16, "domain.yaml", "catalog:", "Catalog Tool:", "DM-601" },
        { 17, "mlops.yaml", "feature_group:", "FeatureGroup:", "ML-102" },
        { 17, "mlops.yaml", "strategy:", "Deployment Type:", "ML-401" },
        { 17, "mlops.yaml", "backend:", "Storage Backend:", "ML-103" },
        { 17, "mlops.yaml", "hyperparameter_tuning:", "Hyperparameter Tuning:", "ML-204" },
        { 18, "governance.yaml", "meeting_frequency:", "Meeting Frequency:", "GV-104" },
        { 18, "governance.yaml", "remediation_sla_days:", "Remediation SLA:", "GV-503" },
        { 18, "governance.yaml", "tool: great-expectations", "DQ Tool: great-expectations", "GV-203" },
        { 18, "governance.yaml", "retention_years:", "Audit Retention:", "GV-601" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void KeyWrittenAsTheScreenLabelsIt_IsOneErrorAtThatKeyWithDidYouMean(int lab, string file, string key, string label, string rule)
    {
        using var submission = new KeySlipSubmission().Replace(file, key, label);

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(submission.PositionOf(file, label), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        var meant = key.Split(':')[0];
        Assert.Contains($"did you mean '{meant}'?", finding.Message, StringComparison.Ordinal);
        Assert.Equal($"Rename the key to {meant}.", finding.Hint);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void KeyWrittenAsTheScreenLabelsIt_CostsThatKeysCheckOnly(int lab, string file, string key, string label, string rule)
    {
        using var submission = new KeySlipSubmission().Replace(file, key, label);

        var report = submission.Grade(lab);

        var failed = report.Labs.Single().Steps.Where(s => !s.Completed).ToArray();
        var step = Assert.Single(failed);
        Assert.Equal(step.ChecksTotal - 1, step.ChecksPassed);
        Assert.Equal(rule, KeySlipSubmission.TheOneFinding(report, lab).Check);
    }

    /// <summary>Lab, file, a section as the sample writes it, the section as the lab's screen names its step, the section's rule.</summary>
    public static TheoryData<int, string, string, string, string> SectionLabels() => new()
    {
        { 16, "domain.yaml", "domain:", "Data Domain:", "DM-100" },
        { 16, "contract.yaml", "contract:", "Data Contract:", "DM-300" },
        { 17, "mlops.yaml", "monitoring:", "Model Monitoring:", "ML-500" },
        { 18, "governance.yaml", "privacy:", "Privacy Controls:", "GV-400" },
    };

    [Theory]
    [MemberData(nameof(SectionLabels))]
    public void SectionWrittenAsTheScreenNamesItsStep_IsOneErrorAtThatKeyWithDidYouMean(int lab, string file, string section, string label, string rule)
    {
        using var submission = new KeySlipSubmission().Replace(file, section, label);

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(submission.PositionOf(file, label), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        Assert.Contains($"did you mean '{section.TrimEnd(':')}'?", finding.Message, StringComparison.Ordinal);
        Assert.Single(report.Labs.Single().Steps, s => !s.Completed);
    }

    [Fact]
    public void OptionalKeyWrittenAsTheScreenLabelsIt_SaysDidYouMeanWithoutClaimingItIsSet()
    {
        // contract.product is optional: its label is a warning, and the hint renames it rather than calling it a repeat.
        using var submission = new KeySlipSubmission().Replace("contract.yaml", "  product:", "  Contract Product:");

        var report = submission.Grade(16);

        var finding = KeySlipSubmission.TheOneFinding(report, 16);
        Assert.Equal(CoreRules.UnknownKey.Id, finding.Rule);
        Assert.Equal("Did you mean 'product'? Rename the key to product.", finding.Hint);
    }

    [Theory]
    [InlineData("Policy")]
    [InlineData("Retention")]
    [InlineData("Data")]
    public void WordFarFromEveryKeyAndLabel_GetsNoDidYouMean(string written)
    {
        using var submission = new KeySlipSubmission().Replace("domain.yaml", "retention_days:", "retention_days: 365\n  " + written + ":");

        var report = submission.Grade(16);

        var finding = KeySlipSubmission.TheOneFinding(report, 16);
        Assert.Equal(CoreRules.UnknownKey.Id, finding.Rule);
        Assert.StartsWith("Known keys here:", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quality Threshold", "quality_threshold")]
    [InlineData("qualityThreshold", "quality_threshold")]
    [InlineData("QUALITY-THRESHOLD", "quality_threshold")]
    [InlineData("Retention Policy", "retention_days")]
    [InlineData("SLA Uptime", "sla_uptime")]
    public void Spellings_LinkALabelToTheKeyItNames(string written, string meant)
    {
        string[] keys = ["quality_threshold", "retention_days", "sla_uptime"];
        IEnumerable<string> Labels(string key) => key == "retention_days" ? ["Retention days", "Retention Policy"] : [];

        Assert.Equal(meant, NearMatch.Best(written, keys, Labels));
    }

    [Fact]
    public void Spellings_NeverReturnALabelInsteadOfItsKey()
    {
        Assert.Equal("retention_days", NearMatch.Best("retention polcy", ["retention_days"], _ => ["Retention Policy"]));
        Assert.Null(NearMatch.Best("policy", ["retention_days"], _ => ["Retention Policy"]));
    }
}
