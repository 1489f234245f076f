using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Tests.Reports;

/// <summary>GitHub Classroom and Gradescope add up per-test scores: they must match the text report exactly.</summary>
public sealed class AutograderWriterTests
{
    public static TheoryData<string> Samples() => ["complete", "data-mesh-one-mistake-per-step", "data-mesh-missing-section", "data-mesh-misspelt-key-and-choice"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void ClassroomResult_DecodesToTestsAddingUpToTheTextReportPoints(string sample)
    {
        var report = ReportSamples.Of(sample);

        var result = Classroom(report);

        var tests = result["tests"]!.AsArray();
        Assert.Equal(6, tests.Count);
        Assert.Equal(ReportSamples.TextReportPoints(report), tests.Sum(t => (decimal)t!["score"]!));
        Assert.Equal(1, (int)result["version"]!);
        Assert.Equal(100, (int)result["max_score"]!);
        Assert.Equal(report.AllCompleted ? "pass" : "fail", (string?)result["status"]);
    }

    [Fact]
    public void ClassroomResult_IsOneLineOfBase64()
    {
        var text = ReportSamples.Render(new ClassroomReportWriter(ArtifactPaths.SubmissionRoot), ReportSamples.Of("data-mesh-one-mistake-per-step"));

        Assert.Matches("^[A-Za-z0-9+/]+=*\n$", text);
    }

    [Fact]
    public void ClassroomTest_CarriesStepStatusLineAndFeedback()
    {
        var tests = Classroom(ReportSamples.Of("data-mesh-missing-section"))["tests"]!.AsArray();

        var platform = tests.Single(t => (string?)t!["name"] == "Lab 16 Step 4: Configure Self-Serve Platform")!;
        Assert.Equal("fail", (string?)platform["status"]);
        Assert.Equal(0m, (decimal)platform["score"]!);
        // A missing section points at the file's mapping, which starts at its first key.
        Assert.Equal(ReportSamples.PositionIn("data-mesh-missing-section", "domain.yaml", "domain:").Line, (int)platform["line_no"]!);
        Assert.Equal("domain.yaml", (string?)platform["filename"]);
        Assert.Contains("The section 'platform' is missing", (string?)platform["message"], StringComparison.Ordinal);
        Assert.Equal("DM-400", (string?)platform["test_code"]);
        var domain = tests.Single(t => (string?)t!["name"] == "Lab 16 Step 1: Define Data Domain")!;
        Assert.Equal("pass", (string?)domain["status"]);
        Assert.Equal(0, (int)domain["line_no"]!);
    }

    [Fact]
    public void TwoLabs_MaxScoreIs100EachAndTestsAddUpToBothLabScores()
    {
        var one = ReportSamples.Of("data-mesh-one-mistake-per-step");
        var two = ReportSamples.Of("data-mesh-missing-section");
        var report = new GradingReport((one.Score + two.Score) / 2, [.. one.Labs, .. two.Labs], [.. one.Findings, .. two.Findings]);

        var result = Classroom(report);

        Assert.Equal(200, (int)result["max_score"]!);
        Assert.Equal(73.1m + 83.3m, result["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
        Assert.Equal(ReportSamples.TextReportPoints(report), result["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
    }

    [Fact]
    public void ClassroomErrorResult_HasStatusErrorAndTheMessage()
    {
        var result = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(ClassroomReportWriter.ErrorResult("disk on fire"))))!;

        Assert.Equal("error", (string?)result["status"]);
        Assert.Equal("disk on fire", (string?)result["tests"]![0]!["message"]);
        Assert.Equal(100, (int)result["max_score"]!);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void GradescopeResults_HaveTheTextReportTotal(string sample)
    {
        var report = ReportSamples.Of(sample);

        var results = JsonNode.Parse(ReportSamples.Render(new GradescopeReportWriter(ArtifactPaths.SubmissionRoot), report))!;

        var points = ReportSamples.TextReportPoints(report);
        var tests = results["tests"]!.AsArray();
        Assert.Equal(points, (decimal)results["score"]!);
        Assert.Equal(points, tests.Sum(t => (decimal)t!["score"]!));
        Assert.Equal(100m, tests.Sum(t => (decimal)t!["max_score"]!));
        Assert.All(tests, t => Assert.Equal("visible", (string?)t!["visibility"]));
    }

    [Fact]
    public void GradescopeTest_IsNumberedLabDotStepWithPassedOrFailed()
    {
        var results = JsonNode.Parse(ReportSamples.Render(new GradescopeReportWriter(ArtifactPaths.SubmissionRoot), ReportSamples.Of("data-mesh-missing-section")))!;
        var tests = results["tests"]!.AsArray();

        Assert.Equal(Enumerable.Range(1, 6).Select(i => "16." + i.ToString(CultureInfo.InvariantCulture)), tests.Select(t => (string?)t!["number"]));
        var platform = tests.Single(t => (string?)t!["number"] == "16.4")!;
        Assert.Equal("failed", (string?)platform["status"]);
        var mapping = ReportSamples.PositionIn("data-mesh-missing-section", "domain.yaml", "domain:");
        Assert.Contains($"domain.yaml:{mapping.Line}:{mapping.Column} error: The section 'platform' is missing", (string?)platform["output"], StringComparison.Ordinal);
        Assert.Equal("passed", (string?)tests.Single(t => (string?)t!["number"] == "16.1")!["status"]);
    }

    private static JsonNode Classroom(GradingReport report)
    {
        var base64 = ReportSamples.Render(new ClassroomReportWriter(ArtifactPaths.SubmissionRoot), report).Trim();
        return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)))!;
    }
}
