using System.Text.Json;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Cli.Tests;

public sealed class CheckCommandTests
{
    private static string Sample(string name) => Path.Combine(RepositoryPaths.Samples, name);

    [Theory]
    [InlineData("16")]
    [InlineData("data-mesh")]
    [InlineData("Data-Mesh")]
    public void LabOption_GradesOnlyThatLab(string lab)
    {
        var run = CliRun.Of("check", Sample("complete"), "--lab", lab, "--format", "json");

        var labs = JsonDocument.Parse(run.Out).RootElement.GetProperty("labs");
        Assert.Equal(16, Assert.Single(labs.EnumerateArray()).GetProperty("lab").GetInt32());
    }

    [Fact]
    public void JsonFormat_PrintsOneParsableObject()
    {
        var run = CliRun.Of("check", Sample("data-mesh-yes-for-true"), "--format", "json");

        var root = JsonDocument.Parse(run.Out).RootElement;
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("DM-603", finding.GetProperty("rule").GetString());
        var lineage = TextPosition.InFile(Path.Combine(Sample("data-mesh-yes-for-true"), "domain.yaml"), "yes", after: "lineage:");
        Assert.Equal(lineage.Line, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void FormatWithPath_WritesFileAndTextStillPrints()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var run = CliRun.In(folder, new Dictionary<string, string>(), "check", Sample("complete"), "--format", "text", "--format", "json=report.json");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Score: 100/100", run.Out, StringComparison.Ordinal);
            var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))).RootElement;
            Assert.Equal(100m, json.GetProperty("score").GetDecimal());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TwoFormatsToTheTerminal_IsUsageError()
    {
        var run = CliRun.Of("check", Sample("complete"), "--format", "text", "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only one format", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnwritableReportPath_IsUsageError()
    {
        var run = CliRun.Of("check", Sample("complete"), "--format", "json=/no/such/folder/report.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeFolder_IsResolvedAgainstCurrentDirectory()
    {
        var run = CliRun.In(RepositoryPaths.Samples, new Dictionary<string, string>(), "check", "complete");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void DefaultFolder_IsTheCurrentDirectory()
    {
        var run = CliRun.In(Sample("complete"), new Dictionary<string, string>(), "check");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Markdown_WorksForASubmissionOutsideTheCurrentFolder()
    {
        var elsewhere = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var run = CliRun.In(elsewhere, new Dictionary<string, string>(), "check", Sample("complete"), "--format", "markdown");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("## ", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere);
        }
    }

    [Fact]
    public void RedirectedOutput_HasNoColour()
    {
        var run = CliRun.Of("check", Sample("data-mesh-threshold-too-low"));

        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_HasColourUnlessNoColour()
    {
        static string Run(bool terminal, string? noColour)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var environment = new CliEnvironment(output, error, terminal, name => name == "NO_COLOR" ? noColour : null, Directory.GetCurrentDirectory());
            CliApplication.Run(["check", Path.Combine(RepositoryPaths.Samples, "data-mesh-threshold-too-low")], environment);
            return output.ToString();
        }

        Assert.Contains("\u001b[", Run(terminal: true, noColour: null), StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", Run(terminal: true, noColour: "1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_KnownRule_PrintsWhyAndFix()
    {
        var run = CliRun.Of("explain", "dm-301");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DM-301  Quality threshold", run.Out, StringComparison.Ordinal);
        Assert.Contains("why:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Lab 16, Step 3", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownRule_SuggestsNearest()
    {
        var run = CliRun.Of("explain", "DM-3O1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean DM-301", run.Error, StringComparison.Ordinal);
    }
}
