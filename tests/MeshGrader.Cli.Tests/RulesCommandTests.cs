using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests;

/// <summary><c>meshgrade rules</c>: every check from the catalogues, with the points the default rubric gives it.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Json_ListsEveryRuleOfTheRegistryOnce()
    {
        var run = CliRun.Of("rules", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var ids = JsonNode.Parse(run.Out)!.AsArray().Select(r => (string)r!["rule"]!).ToArray();
        Assert.Equal(RuleRegistry.All.Select(r => r.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RequiredChecksOfAStep_SumToTheStepsShareAndAdviceIsWorthNothing()
    {
        var rules = JsonNode.Parse(CliRun.Of("rules", "--lab", "governance", "--format", "json").Out)!.AsArray();

        Assert.All(rules, r => Assert.Equal(18, (int)r!["lab"]!));
        // Step 4 of Lab 18: three fields and the cross-field GV-404, each a quarter of 100/6.
        var step4 = rules.Where(r => (int)r!["step"]! == 4 && (string)r["severity"]! == "error" && !((string)r["rule"]!).EndsWith("00", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["GV-401", "GV-402", "GV-403", "GV-404"], step4.Select(r => (string)r!["rule"]!));
        Assert.All(step4, r => Assert.Equal(4.2m, (decimal)r!["points"]!));
        Assert.All(rules.Where(r => (string)r!["severity"]! != "error"), r => Assert.Equal(0m, (decimal)r!["points"]!));
    }

    [Fact]
    public void OptionalField_HasNoFixedPoints()
    {
        var rules = JsonNode.Parse(CliRun.Of("rules", "--lab", "17", "--format", "json").Out)!.AsArray();

        Assert.Null(rules.Single(r => (string)r!["rule"]! == "ML-504")!["points"]);
    }

    [Theory]
    [InlineData("text", "ML-451  17   4     warning   0       A canary sends a small share of traffic first")]
    [InlineData("markdown", "| ML-451 | 17 | 4 | warning | 0 | A canary sends a small share of traffic first |")]
    public void TextAndMarkdown_ShowOneLinePerRule(string format, string line)
    {
        var run = CliRun.Of("rules", "--lab", "mlops", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(line, run.Out.Split('\n'));
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--lab", "99")]
    public void UnknownFormatOrLab_ExitsTwo(string option, string value)
    {
        var run = CliRun.Of("rules", option, value);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("meshgrade: ", run.Error, StringComparison.Ordinal);
    }
}
