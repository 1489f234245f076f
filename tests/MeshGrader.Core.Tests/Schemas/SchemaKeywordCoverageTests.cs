using System.Text.Json.Nodes;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Tests.Schemas;

public sealed class SchemaKeywordCoverageTests
{
    // Keywords whose value is a map of names to subschemas, or a subschema: walk into them.
    private static readonly string[] SchemaMaps = ["properties"];
    private static readonly string[] SchemaValues = ["items", "additionalProperties"];

    // The rubric's schema is shipped too, but describes an instructor's file, not a lab file.
    private const string RubricSchema = "rubric.schema.json";

    public static TheoryData<string> SchemaFiles() => Files(includeRubric: true);

    public static TheoryData<string> LabSchemaFiles() => Files(includeRubric: false);

    private static TheoryData<string> Files(bool includeRubric)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Schemas, "*.schema.json").Order(StringComparer.Ordinal).Select(Path.GetFileName))
        {
            if (includeRubric || file != RubricSchema)
            {
                data.Add(file!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_UsesOnlyVerifiedKeywordsAndKnownAnnotations(string file)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file)))!;
        var unknown = new List<string>();
        Walk(schema, "#", unknown);

        Assert.True(unknown.Count == 0, "Keywords outside the verified set: " + string.Join(", ", unknown));
    }

    /// <summary>
    /// The grader does not check its schemas against the meta-schema when it starts (that cost more
    /// than grading); this test does it instead, with the reference validator, for every schema shipped.
    /// </summary>
    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_IsValidAgainstTheDraft202012MetaSchema(string file)
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file)));

        var result = Json.Schema.MetaSchemas.Draft202012.Evaluate(schema.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void MetaSchemaCheck_RejectsAMalformedSchema()
    {
        using var schema = System.Text.Json.JsonDocument.Parse("""{"type": "text", "required": "name"}""");

        Assert.False(Json.Schema.MetaSchemas.Draft202012.Evaluate(schema.RootElement).IsValid);
    }

    [Theory]
    [MemberData(nameof(LabSchemaFiles))]
    public void Schema_CompilesInTheGradersValidator(string file)
    {
        var validator = MeshGrader.Core.Schemas.Validation.SchemaValidator.Compile(JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file))));

        Assert.False(validator.IsValid(JsonNode.Parse("{}")), "An empty file must not pass a lab schema.");
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_PatternsAvoidUnsupportedRegexFeatures(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file));

        Assert.DoesNotContain(@"\\p{", text, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\\P{", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LabSchemaFiles))]
    public void Schema_EveryFieldHasRuleTitleAndWhy(string file)
    {
        var schema = LabFileSchema.Load(file.Replace(".schema.json", string.Empty, StringComparison.Ordinal), File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, file)));
        foreach (var (section, sectionSchema) in schema.Sections)
        {
            Assert.NotNull(sectionSchema.RuleId);
            foreach (var name in sectionSchema.PropertyNames)
            {
                var field = sectionSchema.Property(name)!;
                Assert.True(field.RuleId is not null, $"{section}.{name} has no x-rule.");
                Assert.False(string.IsNullOrWhiteSpace(field.Title), $"{section}.{name} has no title.");
                Assert.False(string.IsNullOrWhiteSpace(field.Description), $"{section}.{name} has no description.");
                Assert.Matches($"^[A-Z]{{2}}-{sectionSchema.Step}0[1-9]$", field.RuleId);
            }
        }
    }

    [Fact]
    public void Walker_RejectsAnUnverifiedKeyword()
    {
        var unknown = new List<string>();
        Walk(JsonNode.Parse("""{"properties":{"a":{"minimun":3,"if":{}}}}""")!, "#", unknown);

        Assert.Equal(["#/properties/a/minimun", "#/properties/a/if"], unknown);
    }

    private static void Walk(JsonNode node, string path, List<string> unknown)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var (keyword, value) in obj)
        {
            var at = $"{path}/{keyword}";
            if (SchemaMaps.Contains(keyword) && value is JsonObject map)
            {
                foreach (var (name, sub) in map)
                {
                    Walk(sub!, $"{at}/{name}", unknown);
                }
            }
            else if (SchemaValues.Contains(keyword) && value is JsonObject sub)
            {
                Walk(sub, at, unknown);
            }

            var known = VerifiedKeywords.All.Contains(keyword) || SchemaAnnotations.All.Contains(keyword) || SchemaAnnotations.Descriptive.Contains(keyword);
            if (!known)
            {
                unknown.Add(at);
            }
        }
    }
}
