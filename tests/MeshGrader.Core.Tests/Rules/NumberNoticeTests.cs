using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rules;

public sealed class NumberNoticeTests
{
    private const string Level = "/setup/level";

    private static readonly RuleDescriptor Rule = new("T-161", "Notice", Severity.Info, 99, 1, "Why.", "No change is needed.");

    private static List<Finding> Evaluate(NumberNotice rule, string level, string mode = "safe", params Finding[] earlier) =>
        rule.Evaluate(RuleContextOf.Yaml(RuleContextOf.SetupSchema, $"setup:\n  mode: {mode}\n  level: {level}\n", earlier)).ToList();

    [Theory]
    [InlineData("0.09", false)]
    [InlineData("0.1", true)]
    [InlineData("0.2499", true)]
    [InlineData("0.25", false)]
    public void InsideTheBand_FromInclusiveBelowExclusive(string level, bool reported) =>
        Assert.Equal(reported ? 1 : 0, Evaluate(new NumberNotice(Rule, RuleContextOf.File, Level, "m", atLeast: 0.1m, below: 0.25m), level).Count);

    [Theory]
    [InlineData("6", false)]
    [InlineData("7", true)]
    [InlineData("100", true)]
    public void OnlyALowerBound_ReportsEverythingFromIt(string level, bool reported) =>
        Assert.Equal(reported ? 1 : 0, Evaluate(new NumberNotice(Rule, RuleContextOf.File, Level, "m", atLeast: 7), level).Count);

    [Fact]
    public void Message_AsWrittenOrAfterTheStatedValue()
    {
        var plain = Assert.Single(Evaluate(new NumberNotice(Rule, RuleContextOf.File, Level, "Worth knowing.", atLeast: 0), "0.15"));
        var stated = Assert.Single(Evaluate(new NumberNotice(Rule, RuleContextOf.File, Level, "worth knowing.", atLeast: 0, statesValue: true), "0.15"));

        Assert.Equal(("Worth knowing.", "No change is needed.", Severity.Info), (plain.Message, plain.Hint, plain.Severity));
        Assert.Equal("setup.level is 0.15: worth knowing.", stated.Message);
    }

    [Fact]
    public void WhenAChoiceIsMade_OnlyThen()
    {
        var rule = new NumberNotice(Rule, RuleContextOf.File, Level, "m", when: new ChoiceCondition("/setup/mode", "fast"));

        Assert.Single(Evaluate(rule, "1", "fast"));
        Assert.Empty(Evaluate(rule, "1", "safe"));
    }

    [Fact]
    public void ErrorOnTheNumber_Silent() =>
        Assert.Empty(Evaluate(new NumberNotice(Rule, RuleContextOf.File, Level, "m"), "1", "safe", RuleContextOf.ErrorAt(Level)));
}
