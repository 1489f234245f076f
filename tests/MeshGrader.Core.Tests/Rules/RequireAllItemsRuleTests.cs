using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rules;

public sealed class RequireAllItemsRuleTests
{
    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "checks": {
              "x-step": 1, "x-rule": "T-100", "type": "object",
              "properties": {
                "dimensions": { "x-rule": "T-101", "x-hint": "Check ALL dimensions.", "type": "array", "items": { "enum": ["accuracy", "completeness", "timeliness"] } }
              }
            }
          }
        }
        """;

    private const string Pointer = "/checks/dimensions";

    private static readonly RequireAllItemsRule Rule = new("T-101", RuleContextOf.File, Pointer);

    private static string Yaml(string dimensions) => $"checks:\n  dimensions: {dimensions}\n";

    private static List<Finding> Evaluate(string dimensions, params Finding[] earlier) =>
        Rule.Evaluate(RuleContextOf.Yaml(Schema, Yaml(dimensions), earlier)).ToList();

    [Theory]
    [InlineData("[accuracy, completeness, timeliness]")]
    [InlineData("[timeliness, accuracy, completeness]")]
    [InlineData("[accuracy, completeness, timeliness, validity]")]
    [InlineData("\"accuracy, completeness, timeliness\"")]
    public void EveryRequiredItemPresent_NoFinding(string dimensions) =>
        Assert.Empty(Evaluate(dimensions));

    [Fact]
    public void OneItemMissing_OneErrorUnderTheFieldRuleNamingIt()
    {
        const string Dimensions = "[accuracy, timeliness]";
        var finding = Assert.Single(Evaluate(Dimensions));

        Assert.Equal("T-101", finding.Rule);
        Assert.Equal("T-101", finding.Check);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("checks.dimensions is missing completeness; all three are required: accuracy, completeness, timeliness.", finding.Message);
        // The learner's own list with the missing item added: a hint that adds, never one that replaces.
        Assert.Equal("Add completeness: dimensions: [accuracy, timeliness, completeness].", finding.Hint);
        Assert.Equal(new FindingAnswer(Pointer, "[accuracy, timeliness, completeness]"), finding.Answer);
        Assert.Equal(TextPosition.Of(Yaml(Dimensions), Dimensions), new SourcePosition(finding.Line!.Value, finding.Column!.Value));
        Assert.Equal(Pointer, finding.Path);
    }

    [Fact]
    public void ListWithoutChoicesInItsSchema_IsALabDefinitionError()
    {
        var schema = Schema.Replace("\"items\": { \"enum\": [\"accuracy\", \"completeness\", \"timeliness\"] }", "\"items\": { \"type\": \"string\" }", StringComparison.Ordinal);
        Assert.NotEqual(Schema, schema);

        Assert.Throws<InvalidOperationException>(() => Rule.Evaluate(RuleContextOf.Yaml(schema, "checks:\n  dimensions: [accuracy]\n")).ToList());
    }

    [Fact]
    public void TwoItemsMissing_OneErrorNamingBothInRequiredOrder()
    {
        var finding = Assert.Single(Evaluate("[timeliness]"));

        Assert.StartsWith("checks.dimensions is missing accuracy and completeness;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyList_OneErrorNamingEveryItem()
    {
        var finding = Assert.Single(Evaluate("[]"));

        Assert.StartsWith("checks.dimensions is missing accuracy, completeness and timeliness;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommaSeparatedStringMissingOne_NamesIt()
    {
        var finding = Assert.Single(Evaluate("\"accuracy, timeliness\""));

        Assert.Contains("missing completeness;", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Pointer)]
    [InlineData(Pointer + "/1")]
    [InlineData("/checks")]
    public void ErrorAlreadyExplainsTheList_Silent(string earlierErrorPointer) =>
        Assert.Empty(Evaluate("[accuracy, timeliness]", RuleContextOf.ErrorAt(earlierErrorPointer)));

    [Fact]
    public void ErrorElsewhere_StillReports() =>
        Assert.Single(Evaluate("[accuracy, timeliness]", RuleContextOf.ErrorAt("/checks/owner")));

    [Theory]
    [InlineData("42")]
    [InlineData("")]
    public void NotAList_SilentBecauseTheSchemaTypeCheckSpeaks(string dimensions) =>
        Assert.Empty(Evaluate(dimensions));
}
