using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Reference;

namespace MeshGrader.Cli.Tests;

/// <summary><c>meshgrade explain RULE</c>: what the rule looks at, why, a failing and a passing example, the fix.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void EveryRuleOfTheRegistry_IsExplainedWithExamplesOrWhyNone()
    {
        foreach (var rule in RuleRegistry.All)
        {
            var run = CliRun.Of("explain", rule.Id, "--format", "json");

            Assert.True(run.ExitCode == 0, $"{rule.Id}: {run.Error}");
            var page = JsonNode.Parse(run.Out)!;
            Assert.Equal(rule.Id, (string?)page["rule"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)page["findingWhen"]), rule.Id);
            Assert.True(
                (page["failing"] is JsonArray { Count: > 0 } && page["passing"] is JsonArray { Count: > 0 }) || page["noExamples"] is not null,
                $"{rule.Id} has neither examples nor a reason: {run.Out}");
        }
    }

    [Fact]
    public void EveryDiffRule_IsExplainedWithItsClassOrAsABumpError()
    {
        foreach (var rule in MeshGrader.Core.Diff.DiffRules.All)
        {
            var run = CliRun.Of("explain", rule.Id.ToLowerInvariant(), "--format", "json");

            Assert.True(run.ExitCode == 0, $"{rule.Id}: {run.Error}");
            var page = JsonNode.Parse(run.Out)!;
            Assert.Equal(rule.Id, (string?)page["rule"]);
            Assert.Equal("diff", (string?)page["command"]);
            Assert.Equal(rule.Why, (string?)page["why"]);
            Assert.True(rule.Class is null ? (string?)page["severity"] == "error" : page["class"] is not null, rule.Id);
        }
    }

    [Fact]
    public void DiffRuleAsText_SaysWhichCommandReportsItAndWhereTheExamplesAre()
    {
        var run = CliRun.Of("explain", "DF-201");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("DF-201  ", run.Out, StringComparison.Ordinal);
        Assert.Contains("reported by: meshgrade diff", run.Out, StringComparison.Ordinal);
        Assert.Contains("a refused version bump", run.Out, StringComparison.Ordinal);
        Assert.Contains("docs/diff.md", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "docs", "diff.md")));
    }

    [Fact]
    public void MisspeltDiffRule_IsAUsageErrorThatNamesTheDiffRuleMeant()
    {
        var run = CliRun.Of("explain", "DF-2011");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean DF-201?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldRule_ShowsTheFileAndFieldAndBothExamplesInTheirSection()
    {
        var explanation = RuleExplanations.For("DM-301")!;

        var run = CliRun.Of("explain", "DM-301");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains("  looks at: contract.yaml: contract.quality_threshold", lines);
        foreach (var example in new[] { explanation.Failing!, explanation.Passing! })
        {
            var (file, yaml) = Assert.Single(example.Snippets());
            Assert.Equal("contract.yaml", file);
            Assert.StartsWith("contract:\n  quality_threshold: ", yaml, StringComparison.Ordinal);
            Assert.Contains("    " + yaml.Split('\n')[1], lines);
        }

        Assert.Contains(lines, l => l.StartsWith("  failing example (gets DM-301):", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  fix: ", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckWithACondition_ShowsTheConditionInBothExamples()
    {
        var run = CliRun.Of("explain", "GV-404", "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("**Looks at:** governance.yaml: `privacy.consent`, when `compliance.frameworks` includes `gdpr`", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, run.Out.Split("```yaml\n# governance.yaml\ncompliance:\n  frameworks: [", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void RuleWithoutExamples_SaysWhy()
    {
        var run = CliRun.Of("explain", "MG-003");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("  examples: ", StringComparison.Ordinal));
        Assert.DoesNotContain("failing example", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_ExitsTwo()
    {
        var run = CliRun.Of("explain", "DM-301", "--format", "yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("meshgrade: unknown format", run.Error, StringComparison.Ordinal);
    }
}
