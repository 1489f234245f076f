using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// YAML syntax slips on every lab: one finding in plain words with the fix, at the slip. A slip with
/// one clear reading (a tab, a missing space after a colon, an unclosed quote, a key out of line)
/// is read past: the rest of the file is graded and only the step of the key on that line is lost.
/// </summary>
public sealed class YamlSyntaxSlipTests
{
    [Theory]
    [InlineData(16, "contract.yaml", "  quality_threshold: 95", 3)]
    [InlineData(16, "domain.yaml", "  storage: lakehouse", 4)]
    [InlineData(17, "mlops.yaml", "  traffic_split: 10", 4)]
    [InlineData(18, "governance.yaml", "  capture_method: automatic", 3)]
    public void TabInIndentation_IsOneFindingAtTheTabAndTheRestIsGraded(int lab, string file, string line, int step)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line, "\t" + line.TrimStart());

        var report = submission.Grade(lab);

        var finding = AssertOnlyRecoveredSlip(report, lab, step);
        Assert.Equal(Position(submission.PositionOf(file, "\t" + line.TrimStart())), Position(finding));
        Assert.Contains("starts with a tab", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Replace the tab with 2 spaces", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "contract.yaml", "sla_uptime: 99.9", 3)]
    [InlineData(16, "domain.yaml", "name: sales-analytics", 1)]
    [InlineData(17, "mlops.yaml", "orchestrator: kubeflow", 2)]
    [InlineData(18, "governance.yaml", "tool: great-expectations", 2)]
    public void MissingSpaceAfterColon_IsOneFindingAtTheColonAndTheRestIsGraded(int lab, string file, string line, int step)
    {
        var written = line.Replace(": ", ":", StringComparison.Ordinal);
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line, written);

        var report = submission.Grade(lab);

        var finding = AssertOnlyRecoveredSlip(report, lab, step);
        var at = submission.PositionOf(file, written);
        Assert.Equal((at.Line, at.Column + written.IndexOf(':', StringComparison.Ordinal)), Position(finding));
        Assert.Contains("no space after the colon", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"'{line}'", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "contract.yaml", "schema_version: \"1.0.0\"", 3)]
    [InlineData(16, "domain.yaml", "owner_team: Sales Engineering Team", 1)]
    [InlineData(17, "mlops.yaml", "model_version: \"1.0.0\"", 3)]
    [InlineData(18, "governance.yaml", "governance_committee: Data Governance Council", 1)]
    public void UnclosedQuote_IsOneFindingAtTheQuoteAndTheRestIsGraded(int lab, string file, string line, int step)
    {
        var key = line[..line.IndexOf(':', StringComparison.Ordinal)];
        var value = line[(key.Length + 2)..].Trim('"');
        var written = $"{key}: \"{value}";
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line, written);

        var report = submission.Grade(lab);

        var finding = AssertOnlyRecoveredSlip(report, lab, step);
        Assert.Equal(Position(submission.PositionOf(file, "\"", after: key + ":")), Position(finding));
        Assert.Contains("is not closed", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"{key}: \"{value}\"", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "contract.yaml", "  sla_uptime: 99.9", "    ", 3)]
    [InlineData(16, "domain.yaml", "  output_format: table", " ", 2)]
    [InlineData(17, "mlops.yaml", "  serving_platform: kserve", "     ", 4)]
    [InlineData(18, "governance.yaml", "  threshold: 95", "    ", 2)]
    public void KeyOutOfLine_IsOneFindingAtTheKeyAndTheRestIsGraded(int lab, string file, string line, string indent, int step)
    {
        var written = indent + line.TrimStart();
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line + "\n", written + "\n");

        var report = submission.Grade(lab);

        var finding = AssertOnlyRecoveredSlip(report, lab, step);
        var at = submission.PositionOf(file, written);
        Assert.Equal((at.Line, at.Column + indent.Length), Position(finding));
        Assert.Contains($"Indent '{line.TrimStart().Split(':')[0]}' by 2 spaces", finding.Hint, StringComparison.Ordinal);
    }

    // A key dedented among keys that follow it: the parser fails on the key below, and the slip is the key above.
    [Theory]
    [InlineData(16, "contract.yaml", "  quality_threshold: 95", 3)]
    [InlineData(16, "domain.yaml", "  owner_team: Sales Engineering Team", 1)]
    [InlineData(17, "mlops.yaml", "  traffic_split: 10", 4)]
    [InlineData(18, "governance.yaml", "  threshold: 95", 2)]
    public void KeyDedentedBetweenItsNeighbours_IsOneFindingAtThatKeyAndTheRestIsGraded(int lab, string file, string line, int step)
    {
        var written = line.TrimStart();
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line + "\n", written + "\n");

        var report = submission.Grade(lab);

        var finding = AssertOnlyRecoveredSlip(report, lab, step);
        var at = submission.PositionOf(file, written);
        Assert.Equal((at.Line, at.Column), Position(finding));
        Assert.Contains($"Indent '{written.Split(':')[0]}' by 2 spaces", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "domain.yaml", "  owner_team:")]
    [InlineData(16, "contract.yaml", "  quality_threshold:")]
    [InlineData(17, "mlops.yaml", "  framework:")]
    [InlineData(18, "governance.yaml", "  consent:")]
    public void StrayDash_IsOneFindingAtTheDashInPlainWords(int lab, string file, string line)
    {
        var written = "  - " + line.TrimStart();
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line, written);

        var report = submission.Grade(lab);

        var finding = AssertOnlySyntaxError(report);
        Assert.Equal(Position(submission.PositionOf(file, "- " + line.TrimStart())), Position(finding));
        Assert.Contains("starts a list item", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Remove the stray '-'", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "domain.yaml", "  iac_tool: terraform")]
    [InlineData(16, "contract.yaml", "  backward_compatible: true")]
    [InlineData(17, "mlops.yaml", "  stage: staging")]
    [InlineData(18, "governance.yaml", "  report_type: regulatory")]
    public void MissingColon_IsOneFindingAtTheKeyNamingTheFix(int lab, string file, string line)
    {
        var written = line.Replace(":", string.Empty, StringComparison.Ordinal);
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, line, written);

        var report = submission.Grade(lab);

        var finding = AssertOnlySyntaxError(report);
        Assert.Equal(Position(submission.PositionOf(file, written.TrimStart())), Position(finding));
        Assert.Contains($"'{line.TrimStart()}'", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrecoverableSlipInOneFile_TheOtherFileIsStillGraded()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "  quality_threshold:", "  - quality_threshold:");

        var report = submission.Grade(16);

        AssertOnlySyntaxError(report);
        Assert.False(report.Step(16, 3).Completed);
        Assert.All(report.Labs.Single().Steps.Where(s => s.Step != 3), s => Assert.True(s.Completed));
    }

    [Fact]
    public void SlipOnAWrongValue_TheValueStillFailsItsCheck()
    {
        // Reading past the slip never makes a wrong answer pass: the value is checked as written.
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "  traffic_split: 10", "\ttraffic_split: 150");

        var report = submission.Grade(17);

        Assert.Contains(report.Errors(), f => f.Rule == CoreRules.YamlSyntax.Id);
        var value = submission.PositionOf("mlops.yaml", "150");
        Assert.Contains(report.Errors(), f => f.Rule != CoreRules.YamlSyntax.Id && (f.Line, f.Column) == (value.Line, value.Column));
        Assert.False(report.Step(17, 4).Completed);
    }

    [Theory]
    [InlineData("\ttraffic_split:150", "150")]
    [InlineData("\ttraffic_split: \"150", "\"150")]
    [InlineData("      traffic_split: 150", "150")]
    public void FindingOnALineReadPastASlip_PointsAtTheLearnersColumn(string written, string value)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "  traffic_split: 10", written);

        var report = submission.Grade(17);

        var at = submission.PositionOf("mlops.yaml", value);
        var wrong = Assert.Single(report.Errors(), f => f.Rule != CoreRules.YamlSyntax.Id);
        Assert.Equal((at.Line, at.Column), (wrong.Line!.Value, wrong.Column!.Value));
    }

    [Fact]
    public void ColonInsideABlockValue_IsNotASlip()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "  description: Monthly revenue per customer for finance dashboards", "  description: |\n    note:revenue per customer\n    for finance");

        var report = submission.Grade(16);

        report.NoFinding(CoreRules.YamlSyntax.Id);
        Assert.Equal(100m, report.Score);
    }

    [Fact]
    public void ValidYamlThatLooksLikeASlip_IsReadAsWritten()
    {
        // A plain value may go on over several lines; its second line is text, not a key without its space.
        const string Text = "domain:\n  owner_team: Sales\n    team:two\n";
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(Text, "domain.yaml");

        Assert.Empty(document.Findings);
        var domain = Assert.IsType<SourceMapping>(Assert.IsType<SourceMapping>(document.Root).Entries[0].Value);
        Assert.Equal("Sales team:two", Assert.IsType<SourceScalar>(domain.Entries[0].Value).Text);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    public void CompleteSample_ScoresFullWithNoFinding(int lab)
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = submission.Grade(lab);

        // Lab 18's notices give sources for correct answers; nothing asks for a change.
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
        Assert.Equal(100m, report.Score);
    }

    /// <summary>The slip is the only error or warning, fails its key's step (partly) and no other.</summary>
    private static Finding AssertOnlyRecoveredSlip(MeshGrader.Core.Grading.GradingReport report, int lab, int step)
    {
        var finding = AssertOnlySyntaxError(report);
        Assert.Equal(step, finding.Step);
        var steps = report.Labs.Single(l => l.Lab.Id == lab).Steps;
        Assert.All(steps.Where(s => s.Step != step), s => Assert.True(s.Completed, $"step {s.Step} is graded and complete"));
        var hit = steps.Single(s => s.Step == step);
        Assert.False(hit.Completed);
        Assert.InRange(hit.Score, 0.01m, hit.MaxScore - 0.01m);
        return finding;
    }

    private static Finding AssertOnlySyntaxError(MeshGrader.Core.Grading.GradingReport report)
    {
        var shown = report.Findings.Where(f => f.Severity != Severity.Info).ToArray();
        Assert.True(shown.Length == 1, "Expected one finding, got: " + ReportAssertions.Describe(shown));
        Assert.Equal(CoreRules.YamlSyntax.Id, shown[0].Rule);
        Assert.StartsWith("YAML syntax error: ", shown[0].Message, StringComparison.Ordinal);
        return shown[0];
    }

    private static (int Line, int Column) Position(SourcePosition position) => (position.Line, position.Column);

    private static (int Line, int Column) Position(Finding finding) => (finding.Line!.Value, finding.Column!.Value);
}
