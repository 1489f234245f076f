using System.Text.Json;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Cli.Tests;

public sealed class MlopsLabSelectionTests
{
    private static readonly string Complete = Path.Combine(RepositoryPaths.Samples, "complete");

    [Theory]
    [InlineData("17")]
    [InlineData("mlops")]
    [InlineData("MLOps")]
    public void LabSelected_JsonHoldsOnlyLab17(string selection)
    {
        var run = CliRun.Of("check", Complete, "--lab", selection, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var lab = Assert.Single(json.RootElement.GetProperty("labs").EnumerateArray());
        Assert.Equal(17, lab.GetProperty("lab").GetInt32());
        Assert.Equal("mlops", lab.GetProperty("slug").GetString());
        Assert.Equal("MLOps Pipeline", lab.GetProperty("title").GetString());
        Assert.Equal(100, lab.GetProperty("score").GetDecimal());
        Assert.True(lab.GetProperty("completed").GetBoolean());
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal(17, f.GetProperty("lab").GetInt32()));
    }

    [Fact]
    public void LabSelected_TextShowsOnlyTheMlopsConsole()
    {
        var run = CliRun.Of("check", Complete, "--lab", "mlops");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("MLOps Control Center  (Lab 17: MLOps Pipeline)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Mesh Control Plane", run.Out, StringComparison.Ordinal);
        Assert.Contains("Lab Completed! Excellent MLOps pipeline!", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void MlopsMistake_JsonFindingCarriesRuleStepAndPosition()
    {
        var sample = Path.Combine(RepositoryPaths.Samples, "mlops-metrics-missing-one");
        var run = CliRun.Of("check", sample, "--lab", "17", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("ML-501", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(5, finding.GetProperty("step").GetInt32());
        var metrics = TextPosition.InFile(Path.Combine(sample, "mlops.yaml"), "[", after: "metrics:");
        Assert.Equal(metrics.Line, finding.GetProperty("line").GetInt32());
        Assert.Equal(metrics.Column, finding.GetProperty("column").GetInt32());
        Assert.Equal("/monitoring/metrics", finding.GetProperty("path").GetString());
    }
}
