using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rules;

public sealed class ChoiceConditionTests
{
    private const string Yaml = "setup:\n  mode: Safe\n  frameworks: gdpr\n";

    [Theory]
    [InlineData("/setup/mode", "safe", true)]
    [InlineData("/setup/mode", "fast", false)]
    [InlineData("/setup/frameworks", "gdpr", true)]
    [InlineData("/setup/frameworks", "ccpa", false)]
    [InlineData("/setup/missing", "safe", false)]
    public void Holds_ComparesTheNormalisedChoiceOrListItems(string pointer, string value, bool expected) =>
        Assert.Equal(expected, new ChoiceCondition(pointer, value).Holds(RuleContextOf.Yaml(RuleContextOf.SetupSchema, Yaml), RuleContextOf.File));

    [Fact]
    public void ChoiceWithAnError_DoesNotHold() =>
        Assert.False(new ChoiceCondition("/setup/mode", "safe").Holds(RuleContextOf.Yaml(RuleContextOf.SetupSchema, Yaml, RuleContextOf.ErrorAt("/setup/mode")), RuleContextOf.File));

    [Theory]
    [InlineData("/setup/mode", "safe", true)]
    [InlineData("/setup/frameworks", "gdpr", true)]
    [InlineData("/setup/frameworks", "ccpa", false)]
    public void DespiteErrors_HoldsOnAFieldWithAnError(string pointer, string value, bool expected) =>
        Assert.Equal(expected, new ChoiceCondition(pointer, value, DespiteErrors: true)
            .Holds(RuleContextOf.Yaml(RuleContextOf.SetupSchema, Yaml, RuleContextOf.ErrorAt(pointer)), RuleContextOf.File));

    [Fact]
    public void Text_NamesTheFieldAndChoice() =>
        Assert.Equal("setup.mode is safe", new ChoiceCondition("/setup/mode", "safe").ToString());
}
