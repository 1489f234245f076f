using System.Text.Json.Nodes;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Schemas;

/// <summary>
/// The official ODCS v3.1.0 schema (draft 2019-09, embedded from schemas/odcs/, examples from
/// TestData/odcs-3.1.0/README.md) through the grader's validator: it compiles, its official examples pass both passes, and one
/// mistake in an example is caught at the mistaken value.
/// </summary>
public sealed class OdcsSchemaValidationTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "odcs-3.1.0");

    private static readonly Lazy<SchemaValidator> Schema = new(() => OdcsSchema.Validator);

    // The SHA-256 of schema/odcs-json-schema-v3.1.0.json at bitol-io/open-data-contract-standard e6a1c66.
    private const string PublishedSha256 = "1a35de14c688b400fef306564f66e2af3304f057cd5cd6e7b847c1a8bf252c5b";

    public static TheoryData<string> Examples() => new(
        "column-completeness.odcs.yaml", "column-validity.odcs.yaml", "database-table-sla.odcs.yaml",
        "full-example.odcs.yaml", "kafka-schema.odcs.yaml", "table-column-description.odcs.yaml");

    [Fact]
    public void EmbeddedSchema_IsThePublishedFileUnmodified()
    {
        var embedded = System.Text.Encoding.UTF8.GetBytes(OdcsSchema.ReadText());
        var testCopy = File.ReadAllBytes(Path.Combine(Folder, "odcs-json-schema-v3.1.0.json"));

        Assert.Equal(PublishedSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(testCopy)));
        Assert.Equal(testCopy, embedded);
    }

    [Fact]
    public void VendoredCopy_KeepsItsProvenanceAndLicenceNotice()
    {
        var notice = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", "README.md"));

        Assert.Contains("e6a1c66ffc08fd0135105cf5e8d6ce85c3099285", notice, StringComparison.Ordinal);
        Assert.Contains("Apache License, Version 2.0", notice, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", OdcsSchema.FileName)));
    }

    [Fact]
    public void OdcsSchema_Compiles()
    {
        var schema = Schema.Value;

        Assert.False(schema.IsValid(new JsonObject()));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void OfficialExample_HasNoViolation(string file)
    {
        var instance = Instance(File.ReadAllText(Path.Combine(Folder, file)));

        Assert.Empty(Schema.Value.Violations(instance));
        Assert.True(Schema.Value.IsValid(instance));
    }

    [Fact]
    public void ServerPortAsText_FailsTypeAtThePortThroughTheServerSourceBag()
    {
        var instance = Instance(FullExample().Replace("    port: 5432", "    port: \"5432\"", StringComparison.Ordinal));

        Assert.False(Schema.Value.IsValid(instance));
        Assert.Contains(new SchemaViolation("/servers/0/port", "type"), Schema.Value.Violations(instance));
    }

    [Fact]
    public void MisspeltPropertyKey_IsAnUnevaluatedProperty()
    {
        var instance = Instance(FullExample().Replace("        physicalType: date", "        physicalTyp: date", StringComparison.Ordinal));

        Assert.False(Schema.Value.IsValid(instance));
        Assert.Contains(Schema.Value.Violations(instance), v => v.Keyword == "unevaluatedProperties" && v.Pointer.EndsWith("/physicalTyp", StringComparison.Ordinal));
    }

    [Fact]
    public void IdEndingInANewline_IsRefusedByTheStableIdPattern()
    {
        var instance = Instance(FullExample());
        var table = instance!["schema"]![0]!.AsObject();
        table["id"] = table["id"]!.GetValue<string>() + "\n";

        Assert.False(Schema.Value.IsValid(instance));
        Assert.Contains(new SchemaViolation("/schema/0/id", "pattern"), Schema.Value.Violations(instance));
    }

    [Fact]
    public void UnknownRootKey_IsRefused()
    {
        var instance = Instance(FullExample() + "dataProdcut: x\n");

        Assert.False(Schema.Value.IsValid(instance));
        Assert.Contains(Schema.Value.Violations(instance), v => v.Pointer == "/dataProdcut");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachKeyRemovedOrRetyped_FlagAndDetailedPassesAgree(string file)
    {
        var original = Instance(File.ReadAllText(Path.Combine(Folder, file)))!;
        var verdicts = new HashSet<bool>();
        foreach (var (holder, key) in Keys(original).ToList())
        {
            var value = holder[key];
            foreach (var replacement in new JsonNode?[] { null, JsonValue.Create("x"), JsonValue.Create(7) })
            {
                holder[key] = replacement?.DeepClone();
                var valid = Schema.Value.IsValid(original);
                verdicts.Add(valid);
                Assert.True(valid == (Schema.Value.Violations(original).Count == 0), $"{file}: {key} = {replacement?.ToJsonString() ?? "null"}");
            }

            holder.Remove(key);
            Assert.Equal(Schema.Value.IsValid(original), Schema.Value.Violations(original).Count == 0);
            holder[key] = value;
        }

        // Some mutations break the contract: the passes agree on failures, not only on valid files.
        Assert.Contains(false, verdicts);
        Assert.Empty(Schema.Value.Violations(original));
    }

    private static IEnumerable<(JsonObject Holder, string Key)> Keys(JsonNode node)
    {
        var all = new List<(JsonObject, string)>();
        void Walk(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        all.Add((obj, key));
                        Walk(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(node);
        return all;
    }

    private static string FullExample()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "full-example.odcs.yaml"));
        Assert.Contains("    port: 5432", text, StringComparison.Ordinal);
        Assert.Contains("        physicalType: date", text, StringComparison.Ordinal);
        return text;
    }

    private static JsonNode? Instance(string text)
    {
        var limits = LoadLimits.Default;
        var document = new YamlDocumentLoader(limits).LoadText(text, "contract.yaml");
        Assert.Empty(document.Findings);
        var (instance, problem) = new JsonInstanceBuilder(limits).Build("contract.yaml", document.Root!);
        Assert.Null(problem);
        return instance!.Value;
    }
}
