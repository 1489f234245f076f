using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rules;

public sealed class NumberRecommendationTests
{
    private const string Level = "/setup/level";

    private static readonly RuleDescriptor Rule = new("T-151", "Advice", Severity.Warning, 99, 1, "Why.", "The rule's hint.");

    private static List<Finding> Evaluate(NumberRecommendation rule, string level, string mode = "safe", params Finding[] earlier) =>
        rule.Evaluate(RuleContextOf.Yaml(RuleContextOf.SetupSchema, $"setup:\n  mode: {mode}\n  level: {level}\n", earlier)).ToList();

    [Theory]
    [InlineData("0.5", "setup.level is 0.5; at least 1 is recommended.")]
    [InlineData("30", "setup.level is 30; at most 25 is recommended.")]
    [InlineData("1", null)]
    [InlineData("25", null)]
    public void OutsideTheBounds_NamesTheBoundCrossed(string level, string? message)
    {
        var findings = Evaluate(new NumberRecommendation(Rule, RuleContextOf.File, Level, atLeast: 1, atMost: 25), level);

        Assert.Equal(message, Assert.Single(findings.Select(f => f.Message).DefaultIfEmpty()));
    }

    [Theory]
    [InlineData("50", "setup.level is 50; 0 or 100 is recommended.")]
    [InlineData("0", null)]
    [InlineData("100", null)]
    public void NotOneOfTheValues_NamesThem(string level, string? message) =>
        Assert.Equal(message, Assert.Single(Evaluate(new NumberRecommendation(Rule, RuleContextOf.File, Level, oneOf: [0, 100]), level)
            .Select(f => f.Message).DefaultIfEmpty()));

    [Fact]
    public void WhenAChoiceIsMade_AppliesOnlyThenAndSaysSo()
    {
        var rule = new NumberRecommendation(Rule, RuleContextOf.File, Level, oneOf: [0], when: new ChoiceCondition("/setup/mode", "fast"));

        Assert.Equal("setup.level is 5; 0 is recommended when setup.mode is fast.", Assert.Single(Evaluate(rule, "5", "fast")).Message);
        Assert.Empty(Evaluate(rule, "5", "safe"));
    }

    [Fact]
    public void Hint_IsTheRuleHintUnlessAdviceIsGiven()
    {
        Assert.Equal("The rule's hint.", Assert.Single(Evaluate(new NumberRecommendation(Rule, RuleContextOf.File, Level, atMost: 1), "2")).Hint);
        Assert.Equal("Other advice.", Assert.Single(Evaluate(new NumberRecommendation(Rule, RuleContextOf.File, Level, atMost: 1, advice: "Other advice."), "2")).Hint);
    }

    [Fact]
    public void ErrorOnTheNumber_Silent() =>
        Assert.Empty(Evaluate(new NumberRecommendation(Rule, RuleContextOf.File, Level, atMost: 1), "2", "safe", RuleContextOf.ErrorAt(Level)));
}
