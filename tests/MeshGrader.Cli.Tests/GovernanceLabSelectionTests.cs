using System.Text.Json;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>--lab 18 and --lab governance grade Lab 18 alone, even in a folder that holds every lab's files.</summary>
public sealed class GovernanceLabSelectionTests
{
    private static string Complete => Path.Combine(RepositoryPaths.Samples, "complete");

    [Theory]
    [InlineData("18")]
    [InlineData("governance")]
    [InlineData("GOVERNANCE")]
    public void LabSelection_GradesOnlyGovernance(string selection)
    {
        var run = CliRun.Of("check", Complete, "--lab", selection);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Governance Console  (Lab 18: Data Governance Framework)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Lab Completed! Excellent governance framework!", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Mesh Control Plane", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Overall score", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("18")]
    [InlineData("governance")]
    public void LabSelection_JsonHasOnlyLab18(string selection)
    {
        var run = CliRun.Of("check", Complete, "--lab", selection, "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var lab = Assert.Single(json.RootElement.GetProperty("labs").EnumerateArray());
        Assert.Equal(18, lab.GetProperty("lab").GetInt32());
        Assert.Equal("governance", lab.GetProperty("slug").GetString());
        Assert.Equal(100m, lab.GetProperty("score").GetDecimal());
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal(18, f.GetProperty("lab").GetInt32()));
    }

    [Fact]
    public void NoSelection_GradesEveryLabPresent()
    {
        var run = CliRun.Of("check", Complete);

        Assert.Contains("Data Mesh Control Plane", run.Out, StringComparison.Ordinal);
        Assert.Contains("Governance Console", run.Out, StringComparison.Ordinal);
    }
}
