using System.Globalization;
using System.Xml.Linq;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Tests.Reports;

public sealed class JUnitReportWriterTests
{
    private static XDocument JUnit(GradingReport report) =>
        XDocument.Parse(ReportSamples.Render(new JUnitReportWriter(new ArtifactPaths("submission")), report));

    [Fact]
    public void IncompleteSteps_AreFailingTestcasesWithFileLineAndPoints()
    {
        var report = ReportSamples.Of("data-mesh-one-mistake-per-step");

        var document = JUnit(report);

        var suite = Assert.Single(document.Root!.Elements("testsuite"));
        Assert.Equal("Lab 16: Data Mesh Architecture", (string?)suite.Attribute("name"));
        var cases = suite.Elements("testcase").ToArray();
        Assert.Equal(6, cases.Length);
        Assert.All(cases, c => Assert.Single(c.Elements("failure")));
        Assert.Equal("6", (string?)document.Root.Attribute("failures"));
        var contract = cases.Single(c => (string?)c.Attribute("name") == "Step 3: Define Data Contract");
        Assert.Equal("meshgrade.data-mesh", (string?)contract.Attribute("classname"));
        Assert.Equal("submission/contract.yaml", (string?)contract.Attribute("file"));
        var uptime = ReportSamples.PositionIn("data-mesh-one-mistake-per-step", "contract.yaml", "85", after: "sla_uptime:");
        Assert.Equal(uptime.Line.ToString(CultureInfo.InvariantCulture), (string?)contract.Attribute("line"));
        Assert.NotNull(contract.Attribute("time"));
        var failure = contract.Element("failure")!;
        Assert.StartsWith("13.3/16.7 points", (string?)failure.Attribute("message"), StringComparison.Ordinal);
        Assert.Contains($"submission/contract.yaml:{uptime.Line}:{uptime.Column} error: contract.sla_uptime must be at least 90", failure.Value, StringComparison.Ordinal);
        Assert.Equal((string?)failure.Attribute("message"), failure.Value);
        Assert.Equal("DM-302", (string?)failure.Attribute("type"));
    }

    [Fact]
    public void OneMissingSection_FailsOnlyThatStep()
    {
        var document = JUnit(ReportSamples.Of("data-mesh-missing-section"));

        var failing = document.Descendants("testcase").Where(c => c.Element("failure") is not null).ToArray();
        var step = Assert.Single(failing);
        Assert.Equal("Step 4: Configure Self-Serve Platform", (string?)step.Attribute("name"));
        Assert.Equal("submission/domain.yaml", (string?)step.Attribute("file"));
        var mapping = ReportSamples.PositionIn("data-mesh-missing-section", "domain.yaml", "domain:");
        Assert.Equal(mapping.Line.ToString(CultureInfo.InvariantCulture), (string?)step.Attribute("line"));
        Assert.Equal(6, document.Descendants("testcase").Select(c => (string?)c.Attribute("name")).Distinct().Count());
    }

    [Fact]
    public void MissingFile_FailsItsStepWithTheFileAndNoLine()
    {
        var document = JUnit(ReportSamples.BrokenWithMissingFile());

        var contract = document.Descendants("testcase").Single(c => (string?)c.Attribute("name") == "Step 3: Define Data Contract");
        Assert.Equal("submission/contract.yaml", (string?)contract.Attribute("file"));
        Assert.Null(contract.Attribute("line"));
        Assert.Contains("contract.yaml is missing", contract.Element("failure")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacterInLearnerText_StillMakesWellFormedXml()
    {
        var report = ReportSamples.Of("data-mesh-one-mistake-per-step");
        report = report with { Findings = [.. report.Findings, ReportSamples.Error(3, "bad \u0001 value")] };

        var document = JUnit(report);

        Assert.Contains("bad \uFFFD value", document.ToString(), StringComparison.Ordinal);
    }
}
