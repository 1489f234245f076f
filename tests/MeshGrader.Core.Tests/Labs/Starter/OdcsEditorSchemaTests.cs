using System.Text.Json.Nodes;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>
/// <c>contract-odcs.schema.json</c>: the official ODCS schema, referred to as the unmodified copy
/// beside it, and Lab 16's additions, which the grader's own validator can check.
/// </summary>
public sealed class OdcsEditorSchemaTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "odcs-3.1.0");

    private static readonly string[] LabKeys = ["version", "schema", "slaProperties", "customProperties"];

    private static readonly Lazy<SchemaValidator> Composed = new(() => SchemaValidator.Compile(Compose(OdcsEditorSchema.Build(OdcsStarterLab.Lab))));

    public static TheoryData<string> OfficialExamples() => new(Directory.GetFiles(Examples, "*.odcs.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!);

    [Fact]
    public void Files_AreTheLabSchemaTheOdcsCopyByteForByteAndItsNotice()
    {
        var files = OdcsEditorSchema.Files(OdcsStarterLab.Lab);

        Assert.Equal(["contract-odcs.schema.json", "odcs-json-schema-v3.1.0.json", "odcs-json-schema-v3.1.0.NOTICE.md"], files.Select(f => f.Name));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Examples, "odcs-json-schema-v3.1.0.json")), System.Text.Encoding.UTF8.GetBytes(files[1].Text));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", "README.md")), files[2].Text);
        Assert.Contains("e6a1c66ffc08fd0135105cf5e8d6ce85c3099285", files[2].Text, StringComparison.Ordinal);
        Assert.Contains("Apache License, Version 2.0", files[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LabSchema_IsDraft201909AndBuildsOnTheCopyBesideIt()
    {
        var schema = OdcsEditorSchema.Build(OdcsStarterLab.Lab);

        Assert.Equal("https://json-schema.org/draft/2019-09/schema", (string?)schema["$schema"]);
        Assert.Equal("odcs-json-schema-v3.1.0.json", (string?)Assert.Single(schema["allOf"]!.AsArray())!["$ref"]);
        // A base URI of its own would make the editor look for the copy elsewhere.
        Assert.False(schema.ContainsKey("$id"));
        Assert.Equal(LabKeys.Order(StringComparer.Ordinal), schema["required"]!.AsArray().Select(k => (string)k!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("version", "DM-303", "`version`")]
    [InlineData("dataProduct", "DM-305", "`dataProduct`")]
    [InlineData("schema", "DM-301", "`mustBeLessOrEqualTo: N`")]
    [InlineData("slaProperties", "DM-302", "`property: availability`")]
    [InlineData("customProperties", "DM-304", "`property: backwardCompatible`")]
    public void LabSchema_DescribesEachPlaceWithTheRuleThatChecksIt(string key, string rule, string place)
    {
        var description = (string?)OdcsEditorSchema.Build(OdcsStarterLab.Lab)["properties"]![key]!["markdownDescription"];

        Assert.Contains($"({rule},", description, StringComparison.Ordinal);
        Assert.Contains(place, description, StringComparison.Ordinal);
    }

    [Fact]
    public void LabSchema_ComposedWithTheOdcsCopy_CompilesAndAcceptsTheFilledStarter()
    {
        var filled = OdcsStarterLab.Json(OdcsStarterLab.Filled());

        Assert.Empty(Composed.Value.Violations(filled));
    }

    [Theory]
    [MemberData(nameof(OfficialExamples))]
    public void LabSchema_AgreesWithTheOdcsSchemaOnAnOfficialExampleBesidesTheKeysTheLabNeeds(string file)
    {
        var example = OdcsStarterLab.Json(File.ReadAllText(Path.Combine(Examples, file)))!;
        var missing = LabKeys.Where(k => !example.AsObject().ContainsKey(k)).ToArray();
        var empty = LabKeys.Where(k => example[k] is JsonArray { Count: 0 }).ToArray();

        var violations = Composed.Value.Violations(example);

        Assert.Equal(
            OdcsSchema.Validator.Violations(example).Concat(missing.Length > 0 ? [new SchemaViolation(string.Empty, "required")] : [])
                .Concat(empty.Select(k => new SchemaViolation("/" + k, "minItems"))).Distinct().OrderBy(v => v.ToString(), StringComparer.Ordinal),
            violations.Distinct().OrderBy(v => v.ToString(), StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("version")]
    [InlineData("schema")]
    [InlineData("slaProperties")]
    [InlineData("customProperties")]
    public void FilledStarterWithoutAKeyTheLabNeeds_BreaksTheLabSchemaAtTheRoot(string key)
    {
        var filled = OdcsStarterLab.Json(OdcsStarterLab.Filled())!.AsObject();
        filled.Remove(key);

        var violations = Composed.Value.Violations(filled);

        Assert.Contains(new SchemaViolation(string.Empty, "required"), violations);
        Assert.Equal(key == "version", OdcsSchema.Validator.Violations(filled).Contains(new SchemaViolation(string.Empty, "required")));
    }

    [Theory]
    [InlineData("dataProduct: customer_revenue_metrics", "dataProduct: \"  \"", "/dataProduct", "pattern")]
    [InlineData("slaProperties:\n", "slaProperties: []\n", "/slaProperties", "minItems")]
    public void FilledStarterWithABlankPlace_BreaksTheLabSchemaThere(string value, string blank, string pointer, string keyword)
    {
        var text = OdcsStarterLab.Filled();
        Assert.Contains(value, text, StringComparison.Ordinal);
        var changed = text.Replace(value, blank, StringComparison.Ordinal);
        if (keyword == "minItems")
        {
            // The list's entry goes with it.
            changed = changed[..changed.IndexOf(blank, StringComparison.Ordinal)] + blank + changed[changed.IndexOf("customProperties:", StringComparison.Ordinal)..];
        }

        var violations = Composed.Value.Violations(OdcsStarterLab.Json(changed));

        Assert.Contains(new SchemaViolation(pointer, keyword), violations);
    }

    /// <summary>
    /// The lab schema with its reference to the copy resolved, as an editor resolves it: the copy
    /// goes under <c>$defs</c>, its own references rebased onto where it now stands.
    /// </summary>
    private static JsonObject Compose(JsonObject labSchema)
    {
        var copy = JsonNode.Parse(OdcsSchema.ReadText())!.AsObject();
        void Rebase(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj.ToArray())
                    {
                        if (key == "$ref" && (string?)child is { } target && target.StartsWith('#'))
                        {
                            obj[key] = "#/$defs/odcs" + target[1..];
                        }
                        else
                        {
                            Rebase(child);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Rebase(item);
                    }

                    break;
            }
        }

        Rebase(copy);
        var composed = labSchema.DeepClone().AsObject();
        var reference = composed["allOf"]![0]!.AsObject();
        Assert.Equal(OdcsSchema.FileName, (string?)reference["$ref"]);
        reference["$ref"] = "#/$defs/odcs";
        composed["$defs"] = new JsonObject { ["odcs"] = copy };
        return composed;
    }
}
