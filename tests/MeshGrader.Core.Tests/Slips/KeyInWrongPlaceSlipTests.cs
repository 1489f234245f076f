using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Keys in the wrong place (issue 14): a key dedented to the top level, a key written in another
/// step's section, a section nested in another, a key of the lab's other file. Each slip gives one
/// finding, at the key that moved, saying where it belongs; the step that misses the key loses that
/// check and nothing more.
/// </summary>
public sealed class KeyInWrongPlaceSlipTests
{
    /// <param name="Key">The key as written, where the finding must point (with <paramref name="After"/> when it occurs more than once).</param>
    /// <param name="Says">What the message must say about where the key belongs and where it is.</param>
    /// <param name="WholeStep">True when the key is a section: its step then loses every check.</param>
    private sealed record Slip(int Lab, string File, Func<List<string>, List<string>> Edit, string Key, string? After, string Rule, int Step, string[] Says, bool WholeStep = false);

    private static readonly Dictionary<string, Slip> Slips = new()
    {
        ["lab 16: quality_threshold dedented to the top level"] = new(16, "contract.yaml", l => LineEdits.MoveToEnd(l, "quality_threshold:"),
            "quality_threshold:", null, "DM-301", 3, ["belongs under contract:, indented 2 spaces", "it is at the top level"]),
        ["lab 16: step 2's output_format written in step 1's section"] = new(16, "domain.yaml", l => LineEdits.Move(l, "output_format:", "data_sources:", 2),
            "output_format:", null, "DM-203", 2, ["belongs under data_product:", "it is under domain:"]),
        ["lab 16: data_product nested under domain"] = new(16, "domain.yaml", l => LineEdits.IndentSection(l, "data_product:"),
            "data_product:", null, "DM-200", 2, ["'data_product' is a section", "left margin", "under domain:"], WholeStep: true),
        ["lab 16: retention_days under platform"] = new(16, "domain.yaml", l => LineEdits.Move(l, "retention_days:", "iac_tool:", 2),
            "retention_days:", null, "DM-502", 5, ["belongs under governance:", "it is under platform:"]),
        ["lab 17: audit_trail dedented to the top level"] = new(17, "mlops.yaml", l => LineEdits.MoveToEnd(l, "audit_trail:"),
            "audit_trail:", null, "ML-604", 6, ["belongs under governance:, indented 2 spaces", "it is at the top level"]),
        ["lab 17: step 4's traffic_split written in step 5's section"] = new(17, "mlops.yaml", l => LineEdits.Move(l, "traffic_split:", "retraining_trigger:", 2),
            "traffic_split:", null, "ML-402", 4, ["belongs under deployment:", "it is under monitoring:"]),
        ["lab 17: model_registry nested under training_pipeline"] = new(17, "mlops.yaml", l => LineEdits.IndentSection(l, "model_registry:"),
            "model_registry:", null, "ML-300", 3, ["'model_registry' is a section", "under training_pipeline:"], WholeStep: true),
        ["lab 18: automated_delivery dedented to the top level"] = new(18, "governance.yaml", l => LineEdits.MoveToEnd(l, "automated_delivery:"),
            "automated_delivery:", null, "GV-604", 6, ["belongs under audit:, indented 2 spaces", "it is at the top level"]),
        ["lab 18: step 2's threshold written in step 3's section"] = new(18, "governance.yaml", l => LineEdits.Move(l, "threshold:", "column_level:", 2),
            "threshold:", null, "GV-202", 2, ["belongs under data_quality:", "it is under lineage:"]),
        ["lab 18: audit nested under compliance"] = new(18, "governance.yaml", l => LineEdits.IndentSection(l, "audit:"),
            "audit:", null, "GV-600", 6, ["'audit' is a section", "under compliance:"], WholeStep: true),
    };

    public static TheoryData<string> SlipNames() => new(Slips.Keys);

    [Theory]
    [MemberData(nameof(SlipNames))]
    public void KeyInTheWrongPlace_GivesOneFindingAtTheKeySayingWhereItBelongs(string name)
    {
        var slip = Slips[name];
        using var submission = new KeySlipSubmission().Edit(slip.File, slip.Edit);

        var report = submission.Grade(slip.Lab);

        var finding = KeySlipSubmission.TheOneFinding(report, slip.Lab);
        Assert.Equal(slip.Rule, finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(slip.File, finding.File);
        Assert.Equal(submission.PositionOf(slip.File, slip.Key, slip.After), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        foreach (var words in slip.Says)
        {
            Assert.Contains(words, finding.Message, StringComparison.Ordinal);
        }

        Assert.Equal(slip.Step, finding.Step);
    }

    [Theory]
    [MemberData(nameof(SlipNames))]
    public void KeyInTheWrongPlace_CostsTheCheckOfTheMissingKeyAndNothingMore(string name)
    {
        var slip = Slips[name];
        using var submission = new KeySlipSubmission().Edit(slip.File, slip.Edit);

        var lab = submission.Grade(slip.Lab).Labs.Single();

        var step = lab.Steps.Single(s => s.Step == slip.Step);
        Assert.Equal(slip.WholeStep ? 0 : step.ChecksTotal - 1, step.ChecksPassed);
        Assert.All(lab.Steps.Where(s => s.Step != slip.Step), other => Assert.True(other.Completed, $"Step {other.Step} should stay complete."));
    }

    [Fact]
    public void KeyOfTheOtherLabFile_IsOneErrorAtTheKeyNamingTheFileItBelongsIn()
    {
        // quality_threshold (contract.yaml, step 3) written in domain.yaml's data_product section.
        using var submission = new KeySlipSubmission()
            .Edit("contract.yaml", l => { LineEdits.Take(l, "quality_threshold:"); return l; })
            .Edit("domain.yaml", l => { l.Insert(l.FindIndex(x => x.TrimStart().StartsWith("update_frequency:", StringComparison.Ordinal)) + 1, "  quality_threshold: 95"); return l; });

        var report = submission.Grade(16);

        var finding = KeySlipSubmission.TheOneFinding(report, 16);
        Assert.Equal("DM-301", finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("domain.yaml", finding.File);
        Assert.Equal(submission.PositionOf("domain.yaml", "quality_threshold:"), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        Assert.Contains("belongs in contract.yaml, under contract:", finding.Message, StringComparison.Ordinal);
        var contract = report.Step(16, 3);
        Assert.Equal(contract.ChecksTotal - 1, contract.ChecksPassed);
        Assert.True(report.Step(16, 2).Completed);
    }

    [Fact]
    public void KeyOfTheOtherLabFileAlsoSetThere_IsAWarningThatCostsNothing()
    {
        using var submission = new KeySlipSubmission()
            .Edit("domain.yaml", l => { l.Insert(l.FindIndex(x => x.TrimStart().StartsWith("update_frequency:", StringComparison.Ordinal)) + 1, "  sla_uptime: 99.9"); return l; });

        var report = submission.Grade(16);

        var finding = KeySlipSubmission.TheOneFinding(report, 16);
        Assert.Equal(CoreRules.UnknownKey.Id, finding.Rule);
        Assert.Contains("belongs in contract.yaml", finding.Message, StringComparison.Ordinal);
        Assert.Equal(100m, report.Labs.Single().Score);
    }

    [Fact]
    public void KeyIndentedUnderASettingWithoutValue_SaysTheSettingHasNoValueAndWhereTheKeyBelongs()
    {
        // An empty product: makes the next line its value; both the product and the moved key are reported, once each.
        using var submission = new KeySlipSubmission()
            .Replace("contract.yaml", "  product: customer_revenue_metrics\n  schema_version:", "  product:\n    schema_version:");

        var report = submission.Grade(16);

        var added = KeySlipSubmission.Added(report, 16);
        Assert.Equal(["DM-303", "DM-305"], added.Select(f => f.Rule).Order(StringComparer.Ordinal));
        var moved = added.Single(f => f.Rule == "DM-303");
        Assert.Equal(submission.PositionOf("contract.yaml", "schema_version:"), new SourcePosition(moved.Line!.Value, moved.Column!.Value));
        Assert.Contains("belongs under contract:", moved.Message, StringComparison.Ordinal);
        Assert.Contains("indented too far", added.Single(f => f.Rule == "DM-305").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyUnderAnotherSectionThatIsAlsoSetInItsOwn_IsAWarningNamingItsPlace()
    {
        using var submission = new KeySlipSubmission()
            .Edit("mlops.yaml", l => { l.Insert(l.FindIndex(x => x.TrimStart().StartsWith("retraining_trigger:", StringComparison.Ordinal)) + 1, "  serving_platform: kserve"); return l; });

        var report = submission.Grade(17);

        var finding = KeySlipSubmission.TheOneFinding(report, 17);
        Assert.Equal(CoreRules.UnknownKey.Id, finding.Rule);
        Assert.Contains("belongs under deployment:", finding.Message, StringComparison.Ordinal);
        Assert.Contains("already set there", finding.Message, StringComparison.Ordinal);
        Assert.Equal(100m, report.Labs.Single().Score);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public void CompleteSample_Scores100WithNoErrorOrWarning(int lab)
    {
        using var submission = new KeySlipSubmission();

        var report = submission.Grade(lab);

        Assert.Equal(100m, report.Labs.Single().Score);
        Assert.Empty(KeySlipSubmission.Added(report, lab));
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
    }
}
