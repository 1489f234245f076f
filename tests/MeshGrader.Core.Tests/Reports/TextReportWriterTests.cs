using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Reports;

public sealed class TextReportWriterTests
{
    private static string Render(string sample, bool colour)
    {
        using var submission = TemporarySubmission.FromSample(sample);
        using var output = new StringWriter();
        new TextReportWriter(colour).Write(submission.Grade(16), output);
        return output.ToString();
    }

    [Fact]
    public void CompleteLab_PrintsConsoleBlockAndCompletionLine()
    {
        var text = Render("complete", colour: false);

        Assert.Contains("Data Mesh Control Plane", text, StringComparison.Ordinal);
        Assert.Contains("Progress: 6/6 tasks completed", text, StringComparison.Ordinal);
        Assert.Contains("Score: 100/100", text, StringComparison.Ordinal);
        Assert.Contains("Lab Completed! Excellent mesh architecture!", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_IsPrintedUnderItsStepWithLocationRuleAndHint()
    {
        var lines = Render("data-mesh-threshold-too-low", colour: false).Split('\n');

        var step = Array.FindIndex(lines, l => l.Contains("Step 3: Define Data Contract", StringComparison.Ordinal));
        var value = ReportSamples.PositionIn("data-mesh-threshold-too-low", "contract.yaml", "75", after: "quality_threshold:");
        Assert.Matches($@"^\s+contract\.yaml:{value.Line}:{value.Column}  error  .+  \[DM-301\]$", lines[step + 1]);
        Assert.StartsWith("        hint: ", lines[step + 4], StringComparison.Ordinal);
        Assert.DoesNotContain("Lab Completed!", string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding_ShowsTheLearnersLineWithCaretUnderTheValue()
    {
        var lines = Render("data-mesh-threshold-too-low", colour: false).Split('\n');

        var at = Array.FindIndex(lines, l => l.Contains("[DM-301]", StringComparison.Ordinal));
        var value = ReportSamples.PositionIn("data-mesh-threshold-too-low", "contract.yaml", "75", after: "quality_threshold:");
        Assert.Equal($"        {value.Line,4} |   quality_threshold: 75", lines[at + 1]);
        Assert.Equal($"             | {new string(' ', value.Column - 1)}^^", lines[at + 2]);
    }

    [Fact]
    public void MissingKey_HasNoCaretOnTheMappingThatShouldHoldIt()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "  product: customer_revenue_metrics\n  schema_version: \"1.0.0\"\n", "  product: customer_revenue_metrics\n");
        using var output = new StringWriter();
        new TextReportWriter(false).Write(submission.Grade(16), output);
        var lines = output.ToString().Split('\n');

        var at = Array.FindIndex(lines, l => l.Contains("[DM-303]", StringComparison.Ordinal));
        Assert.Contains("missing the required key 'schema_version'", lines[at], StringComparison.Ordinal);
        Assert.StartsWith("        hint: ", lines[at + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_OnlyWhenAsked()
    {
        Assert.DoesNotContain("\u001b[", Render("data-mesh-threshold-too-low", colour: false), StringComparison.Ordinal);
        Assert.Contains("\u001b[31m", Render("data-mesh-threshold-too-low", colour: true), StringComparison.Ordinal);
    }

    [Fact]
    public void FindingPastLine9999_KeepsTheGutterBarsInOneColumn()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("contract.yaml", "contract:", string.Concat(Enumerable.Repeat("# padding\n", 10_000)) + "contract:")
            .Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: 5");
        using var output = new StringWriter();

        new TextReportWriter(useColour: false).Write(submission.Grade(16), output);

        var lines = output.ToString().Split('\n');
        var snippet = Array.FindIndex(lines, l => l.Contains("| ", StringComparison.Ordinal) && l.Contains("quality_threshold: 5", StringComparison.Ordinal));
        Assert.True(snippet > 0, output.ToString());
        Assert.Equal(lines[snippet].IndexOf('|', StringComparison.Ordinal), lines[snippet + 1].IndexOf('|', StringComparison.Ordinal));
    }
}
