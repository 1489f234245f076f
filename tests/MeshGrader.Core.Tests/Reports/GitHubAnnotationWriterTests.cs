using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Tests.Reports;

public sealed class GitHubAnnotationWriterTests
{
    private static string[] Lines(GradingReport report) =>
        ReportSamples.Render(new GitHubAnnotationWriter(new ArtifactPaths("sub")), report).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Message_EscapesPercentAndLineBreaksOnly()
    {
        Assert.Equal("100%25 done: a, b%0Dc%0Ad", WorkflowCommand.EscapeData("100% done: a, b\rc\nd"));
    }

    [Fact]
    public void Property_AlsoEscapesColonAndComma()
    {
        Assert.Equal("100%25 done%3A a%2C b%0Dc%0Ad", WorkflowCommand.EscapeProperty("100% done: a, b\rc\nd"));
    }

    [Fact]
    public void Finding_BecomesAnEscapedErrorCommandWithItsLocation()
    {
        var finding = ReportSamples.Error(7, "50% off: one, two\nthree") with { Hint = "use a, b" };

        var line = Assert.Single(Lines(new GradingReport(0, [], [finding])));

        Assert.Equal("::error file=sub/domain.yaml,line=7,col=3,endLine=7,endColumn=9,title=DM-101 Domain name::50%25 off: one, two%0Athree%0AHint: use a, b", line);
    }

    [Fact]
    public void MultiLineFinding_HasNoColumns()
    {
        var finding = ReportSamples.Error(7) with { EndLine = 9 };

        Assert.StartsWith("::error file=sub/domain.yaml,line=7,endLine=9,title=", Assert.Single(Lines(new GradingReport(0, [], [finding]))), StringComparison.Ordinal);
    }

    [Fact]
    public void FindingWithoutLine_NamesOnlyTheFile()
    {
        var finding = ReportSamples.Error(1) with { Line = null, Column = null, EndLine = null, EndColumn = null };

        Assert.StartsWith("::error file=sub/domain.yaml,title=", Assert.Single(Lines(new GradingReport(0, [], [finding]))), StringComparison.Ordinal);
    }

    [Fact]
    public void TwelveErrors_PrintTenAndSayTwoMore()
    {
        var findings = Enumerable.Range(1, 12).Select(i => ReportSamples.Error(i)).ToArray();

        var lines = Lines(new GradingReport(0, [], findings));

        Assert.Equal(11, lines.Length);
        Assert.All(lines.Take(10), l => Assert.StartsWith("::error ", l, StringComparison.Ordinal));
        Assert.Contains("line=10,", lines[9], StringComparison.Ordinal);
        Assert.StartsWith("meshgrade: 2 errors more not shown", lines[10], StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsComeFirst_WarningsCappedToo_NoticesNeverPrinted()
    {
        Finding[] findings =
        [
            .. Enumerable.Range(1, 11).Select(i => ReportSamples.Warning(i)),
            ReportSamples.Notice(20),
            .. Enumerable.Range(30, 3).Select(i => ReportSamples.Error(i)),
        ];

        var lines = Lines(new GradingReport(0, [], findings));

        Assert.All(lines.Take(3), l => Assert.StartsWith("::error ", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(3).Take(10), l => Assert.StartsWith("::warning ", l, StringComparison.Ordinal));
        Assert.Equal("meshgrade: 1 warning more not shown as annotations (GitHub shows 10 of each per step); the report lists them all.", lines[13]);
        Assert.Equal(14, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith("::notice", StringComparison.Ordinal));
    }

    [Fact]
    public void FewFindings_PrintNoCountLine()
    {
        Assert.All(Lines(ReportSamples.Of("data-mesh-one-mistake-per-step")), l => Assert.StartsWith("::error file=sub/", l, StringComparison.Ordinal));
    }
}
