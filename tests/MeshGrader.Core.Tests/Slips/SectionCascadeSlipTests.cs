using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// No cascades (issue 14): a section missing while its settings are in the file, a section left
/// empty with its settings dedented below it, a section written as a value or a list: one finding
/// per real mistake, and no warning or notice whose prerequisite is what is wrong.
/// </summary>
public sealed class SectionCascadeSlipTests
{
    /// <summary>Lab, file, the first section's key and its first setting (as written, once in the file), the section's rule.</summary>
    public static TheoryData<int, string, string, string, string> FirstSections() => new()
    {
        { 16, "domain.yaml", "domain:", "name: sales-analytics", "DM-100" },
        { 16, "contract.yaml", "contract:", "product: customer_revenue_metrics", "DM-300" },
        { 17, "mlops.yaml", "feature_store:", "name: customer_features", "ML-100" },
        { 18, "governance.yaml", "operating_model:", "data_owner: Chief Data Officer", "GV-100" },
    };

    /// <summary>Lab, file, a section in the middle of the file, its first setting, the section's rule.</summary>
    public static TheoryData<int, string, string, string, string> MiddleSections() => new()
    {
        { 16, "domain.yaml", "platform:", "compute:", "DM-400" },
        { 17, "mlops.yaml", "deployment:", "strategy:", "ML-400" },
        { 18, "governance.yaml", "compliance:", "frameworks:", "GV-500" },
    };

    [Theory]
    [MemberData(nameof(FirstSections))]
    public void FirstSectionLineMissing_IsOneFindingAtItsFirstSettingNamingTheSection(int lab, string file, string section, string first, string rule)
    {
        using var submission = new KeySlipSubmission().Edit(file, l => LineEdits.DedentSettings(l, section, keepSection: false));

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(submission.PositionOf(file, first), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        Assert.Contains($"The section '{section}' is missing", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at the top level", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"Write {section} on its own line above {first.Split(':')[0]}:", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FirstSections))]
    public void FirstSectionLineMissing_CostsThatStepOnly(int lab, string file, string section, string first, string rule)
    {
        _ = first;
        _ = rule;
        using var submission = new KeySlipSubmission().Edit(file, l => LineEdits.DedentSettings(l, section, keepSection: false));

        var steps = submission.Grade(lab).Labs.Single().Steps;

        var failed = Assert.Single(steps, s => !s.Completed);
        Assert.Equal(0, failed.ChecksPassed);
    }

    [Theory]
    [MemberData(nameof(FirstSections))]
    public void FirstSectionLeftOut_IsOneFindingForTheSection(int lab, string file, string section, string first, string rule)
    {
        _ = first;
        using var submission = new KeySlipSubmission().Edit(file, l => LineEdits.RemoveSection(l, section));

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        if (file == "contract.yaml")
        {
            // Its one section gone, the file holds only its comment: an empty file, said once.
            Assert.Equal(CoreRules.EmptyFile.Id, finding.Rule);
            return;
        }

        Assert.Equal(rule, finding.Rule);
        Assert.Contains($"The section '{section.TrimEnd(':')}' is missing", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MiddleSections))]
    public void SettingsDedentedBelowAnEmptySection_IsOneFindingAtTheFirstSetting(int lab, string file, string section, string first, string rule)
    {
        using var submission = new KeySlipSubmission().Edit(file, l => LineEdits.DedentSettings(l, section, keepSection: true));

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(submission.PositionOf(file, first, after: section), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        Assert.Contains($"not beneath {section}", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2 spaces", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MiddleSections))]
    public void SectionWrittenAsAValue_IsOneFindingAtThatValue(int lab, string file, string section, string first, string rule)
    {
        _ = first;
        using var submission = new KeySlipSubmission().Edit(file, l =>
        {
            var kept = LineEdits.RemoveSection(l, section);
            kept.Insert(0, section + " yes");
            return kept;
        });

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(submission.PositionOf(file, "yes", after: section), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
    }

    [Theory]
    [MemberData(nameof(MiddleSections))]
    public void SectionWrittenAsAListOfSettings_IsOneFinding(int lab, string file, string section, string first, string rule)
    {
        _ = first;
        using var submission = new KeySlipSubmission().Edit(file, l => LineEdits.ListSection(l, section));

        var report = submission.Grade(lab);

        var finding = KeySlipSubmission.TheOneFinding(report, lab);
        Assert.Equal(rule, finding.Rule);
        Assert.Contains($"The section '{section.TrimEnd(':')}' must be a mapping", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractProductWhileTheDataProductSectionIsMisplaced_GivesNoCrossFileFinding()
    {
        // The product name cannot be compared with a section the grader cannot read: one finding, for the section.
        using var submission = new KeySlipSubmission()
            .Edit("domain.yaml", l => LineEdits.IndentSection(l, "data_product:"))
            .Replace("contract.yaml", "product: customer_revenue_metrics", "product: something_else");

        var report = submission.Grade(16);

        Assert.Equal("DM-200", KeySlipSubmission.TheOneFinding(report, 16).Rule);
    }

    [Fact]
    public void ContractProductWhileDataProductNameIsMisplaced_IsOneFindingForTheName()
    {
        using var submission = new KeySlipSubmission()
            .Edit("domain.yaml", l => LineEdits.MoveToEnd(l, "name: customer_revenue_metrics"))
            .Replace("contract.yaml", "product: customer_revenue_metrics", "product: something_else");

        var report = submission.Grade(16);

        var finding = KeySlipSubmission.TheOneFinding(report, 16);
        Assert.Equal("DM-201", finding.Rule);
        Assert.Equal(submission.PositionOf("domain.yaml", "name: customer_revenue_metrics"), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        Assert.Contains("belongs under data_product:", finding.Message, StringComparison.Ordinal);
    }
}
