using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rules;

public sealed class ChoiceRuleTests
{
    private const string Mode = "/setup/mode";
    private const string Frameworks = "/setup/frameworks";

    private static readonly RuleDescriptor Advice = new("T-151", "Advice", Severity.Warning, 99, 1, "Why.", "The hint.");
    private static readonly RuleDescriptor Required = new("T-103", "Required", Severity.Error, 99, 1, "Why.", "Fix it.");

    private static List<Finding> Evaluate(ChoiceRule rule, string mode, string frameworks = "[gdpr]", params Finding[] earlier) =>
        rule.Evaluate(RuleContextOf.Yaml(RuleContextOf.SetupSchema, $"setup:\n  mode: {mode}\n  frameworks: {frameworks}\n", earlier)).ToList();

    [Fact]
    public void OtherThanRecommended_StatesTheValueThenTheAdvice()
    {
        var rule = new ChoiceRule(Advice, RuleContextOf.File, Mode, "Safe is safer.", recommended: "safe", statesValue: true);

        var finding = Assert.Single(Evaluate(rule, "fast"));

        Assert.Equal(("T-151", Severity.Warning, Mode), (finding.Rule, finding.Severity, finding.Path));
        Assert.Equal("setup.mode is fast; safe is recommended. Safe is safer.", finding.Message);
        Assert.Equal("The hint.", finding.Hint);
        Assert.Empty(Evaluate(rule, "safe"));
    }

    [Fact]
    public void StatesValueWithoutAdvice_EndsAtTheRecommendation() =>
        Assert.Equal("setup.mode is fast; safe is recommended.",
            Assert.Single(Evaluate(new ChoiceRule(Advice, RuleContextOf.File, Mode, string.Empty, recommended: "safe", statesValue: true), "fast")).Message);

    [Fact]
    public void StatesValueWithoutARecommendedValue_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new ChoiceRule(Advice, RuleContextOf.File, Mode, "m", discouraged: "fast", statesValue: true));

    [Theory]
    [InlineData("fast", "[gdpr]", true)]
    [InlineData("fast", "[ccpa]", false)]
    [InlineData("safe", "[gdpr]", false)]
    [InlineData("manual", "[gdpr]", false)]
    public void DiscouragedWhenAListContainsAValue_ReportsTheMessageAsWritten(string mode, string frameworks, bool reported)
    {
        var rule = new ChoiceRule(Required, RuleContextOf.File, Mode, "No fast mode under gdpr.", discouraged: "fast",
            when: new ChoiceCondition(Frameworks, "gdpr"));

        var findings = Evaluate(rule, mode, frameworks);

        if (reported)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("T-103", Severity.Error, "No fast mode under gdpr.", "Fix it."), (finding.Rule, finding.Severity, finding.Message, finding.Hint));
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Theory]
    [InlineData("fast", true)]
    [InlineData("manual", true)]
    [InlineData("safe", false)]
    public void RecommendedWhenAChoiceIsMade_ReportsEveryOtherValue(string mode, bool reported) =>
        Assert.Equal(reported ? 1 : 0, Evaluate(new ChoiceRule(Advice, RuleContextOf.File, Mode, "Use safe with gdpr.", recommended: "safe",
            when: new ChoiceCondition(Frameworks, "gdpr")), mode).Count);

    [Fact]
    public void ErrorOnTheConditionField_SilentUnlessTheConditionHoldsDespiteErrors()
    {
        ChoiceRule Rule(bool despiteErrors) => new(Required, RuleContextOf.File, Mode, "m", discouraged: "fast",
            when: new ChoiceCondition(Frameworks, "gdpr", despiteErrors));

        Assert.Empty(Evaluate(Rule(despiteErrors: false), "fast", "[gdpr]", RuleContextOf.ErrorAt(Frameworks + "/1")));
        Assert.Single(Evaluate(Rule(despiteErrors: true), "fast", "[gdpr]", RuleContextOf.ErrorAt(Frameworks + "/1")));
    }

    [Theory]
    [InlineData(Mode)]
    [InlineData("/setup")]
    public void ErrorOnTheField_Silent(string earlierErrorPointer) =>
        Assert.Empty(Evaluate(new ChoiceRule(Required, RuleContextOf.File, Mode, "m", discouraged: "fast",
            when: new ChoiceCondition(Frameworks, "gdpr", DespiteErrors: true)), "fast", "[gdpr]", RuleContextOf.ErrorAt(earlierErrorPointer)));
}
