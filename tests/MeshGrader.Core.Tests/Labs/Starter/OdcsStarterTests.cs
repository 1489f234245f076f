using System.Globalization;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>
/// Lab 16's contract as an ODCS v3.1.0 starter (<c>init --lab 16 --odcs</c>): the keys ODCS
/// requires and the lab's values at the places the grader reads them, each under its comment.
/// </summary>
public sealed class OdcsStarterTests
{
    private static readonly string[] ContractFields = [.. LabReference.Steps(OdcsStarterLab.Lab).Single(s => s.Section == "contract").Fields.Select(f => f.Key)];

    [Fact]
    public void FirstLine_PointsTheLanguageServerAtTheLabsOdcsSchema()
    {
        Assert.Equal(
            "# yaml-language-server: $schema=.meshgrade/schemas/contract-odcs.schema.json",
            OdcsStarter.Text(OdcsStarterLab.Lab).Split('\n')[0]);
    }

    [Fact]
    public void UntouchedStarter_IsYamlWithTheOdcsHeaderAndEveryBlankEmpty()
    {
        var document = OdcsStarterLab.Json(OdcsStarter.Text(OdcsStarterLab.Lab));

        Assert.Equal("v3.1.0", (string?)document!["apiVersion"]);
        Assert.Equal("DataContract", (string?)document["kind"]);
        Assert.All(["id", "status", "version"], key => Assert.True(document.AsObject().ContainsKey(key), key));
        Assert.All(OdcsStarter.Blanks(OdcsStarterLab.Lab), blank => Assert.Null(OdcsStarterLab.At(document, blank.Pointer)));
    }

    [Fact]
    public void EveryContractValue_IsABlankUnderACommentNamingItsTitleRuleAndOdcsPlace()
    {
        var text = OdcsStarter.Text(OdcsStarterLab.Lab);
        var lines = text.Split('\n');
        var blanks = OdcsStarterLab.BlankLines(text).Where(b => b.Blank.Place is not null).ToArray();

        Assert.Equal(ContractFields.Order(StringComparer.Ordinal), blanks.Select(b => b.Blank.Place!.Field).Order(StringComparer.Ordinal));
        foreach (var (blank, line) in blanks)
        {
            var comment = OdcsStarterLab.CommentAbove(lines, line);
            var field = StarterLab.Field(OdcsStarterLab.Lab, "contract", "contract", blank.Place!.Field);
            Assert.Contains($"{field.Title} ({field.RuleId},", comment, StringComparison.Ordinal);
            Assert.Contains(field.Description!, comment, StringComparison.Ordinal);
            Assert.Contains("Tip: " + field.Hint, comment, StringComparison.Ordinal);
            Assert.Contains($"the short form's contract.{blank.Place.Field}", comment, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("schema_version", "version")]
    [InlineData("product", "dataProduct")]
    [InlineData("quality_threshold", "mustBeLessOrEqualTo", "invalidValues", "unit: percent", "100 minus")]
    [InlineData("sla_uptime", "slaProperties", "property: availability", "unit: percent")]
    [InlineData("backward_compatible", "customProperties", "property: backwardCompatible")]
    public void LabValuesComment_SaysWhereTheLabReadsIt(string field, params string[] words)
    {
        var text = OdcsStarter.Text(OdcsStarterLab.Lab);
        var (_, line) = OdcsStarterLab.BlankLines(text).Single(b => b.Blank.Place?.Field == field);

        var comment = OdcsStarterLab.CommentAbove(text.Split('\n'), line);

        Assert.Contains("The lab reads it from", comment, StringComparison.Ordinal);
        Assert.All(words, word => Assert.Contains(word, comment, StringComparison.Ordinal));
    }

    [Fact]
    public void KeysOnlyOdcsAsksFor_CarryTheOdcsDescriptionAndSayTheLabDoesNotCheckThem()
    {
        var text = OdcsStarter.Text(OdcsStarterLab.Lab);
        var lines = text.Split('\n');

        var odcsOnly = OdcsStarterLab.BlankLines(text).Where(b => b.Blank.Place is null).ToArray();

        Assert.Equal(["id", "status", "name"], odcsOnly.Select(b => b.Blank.Key));
        Assert.Contains((string)OdcsSchema.Json["properties"]!["id"]!["description"]!, OdcsStarterLab.CommentAbove(lines, odcsOnly[0].Line), StringComparison.Ordinal);
        Assert.Contains((string)OdcsSchema.Json["properties"]!["status"]!["description"]!, OdcsStarterLab.CommentAbove(lines, odcsOnly[1].Line), StringComparison.Ordinal);
        Assert.All(odcsOnly, b => Assert.Contains("the lab does not check it", OdcsStarterLab.CommentAbove(lines, b.Line), StringComparison.Ordinal));
    }

    [Fact]
    public void UntouchedStarter_BreaksTheOdcsSchemaOnlyAtItsBlanks()
    {
        var blanks = OdcsStarter.Blanks(OdcsStarterLab.Lab).Select(b => b.Pointer).ToArray();

        var violations = OdcsSchema.Validator.Violations(OdcsStarterLab.Json(OdcsStarter.Text(OdcsStarterLab.Lab)));

        Assert.NotEmpty(violations);
        // A blank operator fails its type, and the rule it stands in fails the operators' oneOf; as
        // the rule's library schema then fails, its other keys count as unevaluated (the cascade
        // the ODCS findings collapse into one). Nothing else of the starter breaks the schema.
        static string Parent(string pointer) => pointer[..pointer.LastIndexOf('/')];
        Assert.All(violations, v => Assert.True(
            blanks.Any(b => b == v.Pointer || b.StartsWith(v.Pointer + "/", StringComparison.Ordinal))
            || (v.Keyword == "unevaluatedProperties" && Parent(v.Pointer).Length > 0 && blanks.Any(b => Parent(b) == Parent(v.Pointer))),
            $"{v.Pointer} {v.Keyword}"));
    }

    [Fact]
    public void StarterFilledAsItsCommentsSay_BreaksNoRuleOfTheOdcsSchema()
    {
        var document = OdcsStarterLab.Json(OdcsStarterLab.Filled());

        Assert.Empty(OdcsSchema.Validator.Violations(document));
    }

    [Fact]
    public void StarterFilledAsItsCommentsSay_HoldsTheLabsValuesAtTheirDecidedOdcsPlaces()
    {
        var lab = OdcsStarterLab.Lab;
        decimal Example(string field) => decimal.Parse(StarterLab.Field(lab, "contract", "contract", field).Example!, CultureInfo.InvariantCulture);

        var document = OdcsStarterLab.Json(OdcsStarterLab.Filled())!;

        Assert.Equal(EditorSchema.ExampleValue(StarterLab.Field(lab, "contract", "contract", "schema_version").Example!)!.GetValue<string>(), (string?)document["version"]);
        Assert.Equal(lab.Schema("domain").SubschemaFor("/data_product/name")!.Example, (string?)document["dataProduct"]);
        var rule = document["schema"]!.AsArray().SelectMany(o => o!["quality"]!.AsArray()).Single()!;
        Assert.Equal("invalidValues", (string?)rule["metric"]);
        Assert.Equal("percent", (string?)rule["unit"]);
        Assert.Equal(Example("quality_threshold"), 100m - (decimal)rule["mustBeLessOrEqualTo"]!);
        var availability = Assert.Single(document["slaProperties"]!.AsArray(), p => (string?)p!["property"] == "availability")!;
        Assert.Equal(Example("sla_uptime"), (decimal)availability["value"]!);
        Assert.Equal("percent", (string?)availability["unit"]);
        var compatible = Assert.Single(document["customProperties"]!.AsArray(), p => (string?)p!["property"] == "backwardCompatible")!;
        Assert.True(compatible["value"]!.GetValue<bool>());
    }

    [Fact]
    public void StarterFilledAsItsCommentsSay_ScoresFullForLab16Step3()
    {
        var lab = OdcsStarterLab.Lab;
        using var submission = new TemporarySubmission();
        submission.With("domain.yaml", StarterText.For(lab, "domain"));
        foreach (var section in lab.Schema("domain").Sections)
        {
            foreach (var key in section.Schema.PropertyNames)
            {
                StarterLab.Fill(submission, "domain", section.Section, key, StarterLab.ValueFromComment(lab, "domain", section.Section, key));
            }
        }

        submission.With("contract.yaml", OdcsStarterLab.Filled());

        var report = submission.Grade(16);

        Assert.All(report.Labs.Single().Steps, step => Assert.True(step.Completed && step.Score == step.MaxScore, $"step {step.Step} ({step.File}) is not done: "
            + string.Join("; ", report.Findings.Where(f => f.Severity is Severity.Error or Severity.Warning).Select(f => $"{f.File}:{f.Line} {f.Rule} {f.Message}"))));
        Assert.Equal(100m, report.Labs.Single().Score);
        Assert.DoesNotContain(report.Findings, f => f.Severity is Severity.Error or Severity.Warning);
    }

    [Fact]
    public void Comments_AreWrappedAndEveryLineButTheModelineFitsInAHundredColumns()
    {
        var lines = OdcsStarter.Text(OdcsStarterLab.Lab).Split('\n').Skip(1);

        Assert.All(lines, line => Assert.True(line.Length <= 100, line));
    }
}
