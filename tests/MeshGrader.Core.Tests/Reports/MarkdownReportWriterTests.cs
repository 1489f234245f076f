using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Tests.Reports;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Summary_ShowsScoreStepMarksAndFindings()
    {
        var markdown = ReportSamples.Render(new MarkdownReportWriter(new ArtifactPaths("sub")), ReportSamples.Of("data-mesh-missing-section"));

        Assert.StartsWith("## ❌ meshgrade: score 83.3/100\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Progress: 5/6 tasks completed", markdown, StringComparison.Ordinal);
        Assert.Contains("| ✅ | Step 1: Define Data Domain | 16.7/16.7 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| ❌ | Step 4: Configure Self-Serve Platform | 0/16.7 |", markdown, StringComparison.Ordinal);
        // A missing section points at the file's mapping, which starts at its first key.
        var mapping = ReportSamples.PositionIn("data-mesh-missing-section", "domain.yaml", "domain:");
        Assert.Contains($"- ❌ `sub/domain.yaml:{mapping.Line}:{mapping.Column}` The section 'platform' is missing. (`DM-400`)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void CompletedLab_ShowsItsCompletionLine()
    {
        var markdown = ReportSamples.Render(new MarkdownReportWriter(ArtifactPaths.SubmissionRoot), ReportSamples.Of("complete"));

        Assert.StartsWith("## ✅ meshgrade: score 100/100\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Lab Completed! Excellent mesh architecture!", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Findings", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyFindings_ShowTheTopOnesErrorsFirst()
    {
        var report = new GradingReport(0, ReportSamples.Of("complete").Labs,
            [ReportSamples.Warning(1), .. Enumerable.Range(2, 11).Select(i => ReportSamples.Error(i))]);

        var markdown = ReportSamples.Render(new MarkdownReportWriter(ArtifactPaths.SubmissionRoot), report);

        Assert.Contains("**Top 10 findings**", markdown, StringComparison.Ordinal);
        Assert.Contains("…and 2 more", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠️", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void LearnerText_IsEscaped()
    {
        Assert.Equal(@"a\|b \*c\* \_d &lt;br&gt; e", MarkdownReportWriter.Escape("a|b *c* _d <br>\ne"));
    }

    [Fact]
    public void LearnerLinksImagesAndAddresses_AreInert()
    {
        var escaped = MarkdownReportWriter.Escape("[x](https://evil.example) ![i](http://e.example/p.png) www.evil.example a@b.example <a href=x>");

        Assert.Equal(@"\[x\](https\[:\]//evil.example) !\[i\](http\[:\]//e.example/p.png) www\[.\]evil.example a\[@\]b.example &lt;a href=x&gt;", escaped);
    }
}
