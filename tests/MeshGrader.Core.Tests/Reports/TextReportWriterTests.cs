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
        Assert.Matches(@"^\s+contract\.yaml:5:22  error  .+  \[DM-301\]$", lines[step + 1]);
        Assert.StartsWith("        hint: ", lines[step + 2], StringComparison.Ordinal);
        Assert.DoesNotContain("Lab Completed!", string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_OnlyWhenAsked()
    {
        Assert.DoesNotContain("\u001b[", Render("data-mesh-threshold-too-low", colour: false), StringComparison.Ordinal);
        Assert.Contains("\u001b[31m", Render("data-mesh-threshold-too-low", colour: true), StringComparison.Ordinal);
    }
}
