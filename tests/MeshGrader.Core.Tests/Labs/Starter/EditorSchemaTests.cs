using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>The schemas <c>meshgrade schema</c> and <c>init</c> write: the grader's, with annotations for editors only.</summary>
public sealed class EditorSchemaTests
{
    public static TheoryData<int, string> LabFiles()
    {
        var data = new TheoryData<int, string>();
        foreach (var lab in LabCatalog.All)
        {
            foreach (var file in lab.Files)
            {
                data.Add(lab.Id, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabFiles))]
    public void ExportedSchema_WithoutTheAddedAnnotations_IsTheGradersSchema(int labId, string file)
    {
        var exported = EditorSchema.Build(LabCatalog.Get(labId), file);
        var original = JsonNode.Parse(EmbeddedSchemas.ReadText(file));

        Assert.True(JsonNode.DeepEquals(original, WithoutAddedKeywords(exported)), "the export changed more than annotations");
        Assert.True(CountAddedKeywords(exported) > 0, "the export added nothing");
    }

    [Theory]
    [MemberData(nameof(LabFiles))]
    public void ExportedSchema_AcceptsAndRejectsTheSameDocumentsAsTheGraders(int labId, string file)
    {
        var lab = LabCatalog.Get(labId);
        var exportedText = EditorSchema.Text(lab, file);
        var theirs = JsonSchema.FromText(EmbeddedSchemas.ReadText(file), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var exported = JsonSchema.FromText(exportedText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var gradersValidator = lab.Schema(file);
        var exportedValidator = LabFileSchema.Load(file, exportedText);

        var documents = Documents(lab, file).ToArray();
        Assert.Contains(documents, d => !gradersValidator.Validator.IsValid(d.Value));
        Assert.Contains(documents, d => gradersValidator.Validator.IsValid(d.Value));
        foreach (var (name, value) in documents)
        {
            using var json = JsonDocument.Parse(value?.ToJsonString() ?? "null");
            Assert.True(theirs.Evaluate(json.RootElement).IsValid == exported.Evaluate(json.RootElement).IsValid, name);
            Assert.Equal(gradersValidator.Evaluate(value), exportedValidator.Evaluate(value));
        }
    }

    [Theory]
    [MemberData(nameof(LabFiles))]
    public void EveryExample_IsAValueItsFieldAccepts(int labId, string file)
    {
        var exported = EditorSchema.Build(LabCatalog.Get(labId), file);
        var fields = Subschemas(exported).Where(s => s["examples"] is not null).ToArray();

        Assert.NotEmpty(fields);
        Assert.All(fields, field =>
        {
            var validator = SchemaValidator.Compile(WithoutAddedKeywords(field));
            Assert.All(field["examples"]!.AsArray(), example => Assert.True(validator.IsValid(example), $"{field["title"]}: {example?.ToJsonString()}"));
        });
    }

    [Theory]
    [MemberData(nameof(LabFiles))]
    public void EveryField_HasTitleAndMarkdownDescriptionAndEveryChoiceADescription(int labId, string file)
    {
        var lab = LabCatalog.Get(labId);
        var exported = EditorSchema.Build(lab, file);

        foreach (var (section, schema) in lab.Schema(file).Sections)
        {
            foreach (var key in schema.PropertyNames)
            {
                var field = exported["properties"]![section]!["properties"]![key]!.AsObject();
                Assert.NotNull(field["title"]);
                Assert.Contains((string)field["description"]!, (string)field["markdownDescription"]!, StringComparison.Ordinal);
                if (schema.Property(key)!.Hint is { } hint)
                {
                    Assert.Contains(hint, (string)field["markdownDescription"]!, StringComparison.Ordinal);
                }
            }
        }

        Assert.All(Subschemas(exported).Where(s => s["enum"] is JsonArray), choices =>
        {
            Assert.Equal(choices["enum"]!.AsArray().Count, choices["enumDescriptions"]!.AsArray().Count);
            Assert.Equal(choices["enum"]!.AsArray().Count, choices["markdownEnumDescriptions"]!.AsArray().Count);
        });
    }

    [Fact]
    public void ChoiceWithACatalogueNotice_IsDescribedByIt()
    {
        var notices = LabCatalog.All.SelectMany(lab => lab.Checks.OfType<ChoiceNoticeCheck>().Select(check => (lab, check))).ToArray();

        Assert.NotEmpty(notices);
        foreach (var (lab, check) in notices)
        {
            var field = Locate(EditorSchema.Build(lab, check.File), check.Field);
            var choices = field["enum"]!.AsArray().Select(c => (string)c!).ToList();
            foreach (var (choice, message) in check.Messages)
            {
                Assert.Contains(message, (string)field["enumDescriptions"]![choices.IndexOf(choice)]!, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ChoiceWithAnAlias_NamesTheOtherSpelling()
    {
        var (lab, file, pointer, alias, canonical) = LabCatalog.All
            .SelectMany(l => l.Files.SelectMany(f => l.Schema(f).Sections.SelectMany(s => s.Schema.PropertyNames
                .Select(k => (Lab: l, File: f, Pointer: $"/{s.Section}/{k}", Field: s.Schema.Property(k)!)))))
            .Where(x => x.Field.Aliases.Count > 0)
            .Select(x => (x.Lab, x.File, x.Pointer, x.Field.Aliases.First().Key, x.Field.Aliases.First().Value))
            .First();

        var field = Locate(EditorSchema.Build(lab, file), pointer);
        var index = field["enum"]!.AsArray().Select(c => (string)c!).ToList().IndexOf(canonical);

        Assert.Contains($"`{alias}`", (string)field["markdownEnumDescriptions"]![index]!, StringComparison.Ordinal);
    }

    /// <summary>
    /// The documents both schemas judge: every sample's file, the starter untouched, and the complete
    /// sample with each field in turn given values of every JSON type.
    /// </summary>
    private static IEnumerable<(string Name, JsonNode? Value)> Documents(LabDefinition lab, string file)
    {
        foreach (var sample in RepositoryPaths.SampleSubmissions)
        {
            var path = Path.Combine(sample, file + ".yaml");
            if (File.Exists(path) && Read(File.ReadAllText(path)) is { } value)
            {
                yield return ($"{Path.GetFileName(sample)}/{file}.yaml", value);
            }
        }

        yield return ("the starter", Read(StarterText.For(lab, file)));
        var complete = Read(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", file + ".yaml")))!;
        JsonNode?[] wrong = [null, "", "wrong", 0, -1, 1000, 0.5, true, false, new JsonArray(), new JsonArray("wrong"), new JsonObject()];
        foreach (var (section, schema) in lab.Schema(file).Sections)
        {
            foreach (var key in schema.PropertyNames)
            {
                for (var i = 0; i < wrong.Length; i++)
                {
                    var changed = complete.DeepClone();
                    changed[section]![key] = wrong[i]?.DeepClone();
                    yield return ($"{section}.{key} = {wrong[i]?.ToJsonString() ?? "null"}", changed);
                }

                var without = complete.DeepClone();
                without[section]!.AsObject().Remove(key);
                yield return ($"{section}.{key} left out", without);
            }

            var unknown = complete.DeepClone();
            unknown[section]!["no_such_key"] = 1;
            yield return ($"{section} with an unknown key", unknown);
        }
    }

    private static JsonNode? Read(string yaml)
    {
        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText(yaml, "file.yaml");
        return loaded.Root is null ? null : new JsonInstanceBuilder(LoadLimits.Default).Build("file.yaml", loaded.Root).Instance?.Value;
    }

    private static JsonObject Locate(JsonObject schema, string pointer)
    {
        var node = schema;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node["properties"]![segment]!.AsObject();
        }

        return node["enum"] is null && node["items"] is JsonObject items ? items : node;
    }

    private static IEnumerable<JsonObject> Subschemas(JsonObject schema)
    {
        yield return schema;
        var children = (schema["properties"] as JsonObject)?.Select(p => p.Value).OfType<JsonObject>() ?? [];
        if (schema["items"] is JsonObject items)
        {
            children = children.Append(items);
        }

        foreach (var child in children)
        {
            foreach (var below in Subschemas(child))
            {
                yield return below;
            }
        }
    }

    private static JsonNode WithoutAddedKeywords(JsonNode node)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? at)
        {
            if (at is not JsonObject schema)
            {
                return;
            }

            foreach (var keyword in EditorSchema.AddedKeywords)
            {
                schema.Remove(keyword);
            }

            foreach (var child in (schema["properties"] as JsonObject)?.Select(p => p.Value) ?? [])
            {
                Strip(child);
            }

            Strip(schema["items"]);
        }
    }

    private static int CountAddedKeywords(JsonObject schema) =>
        Subschemas(schema).Sum(s => s.Count(p => EditorSchema.AddedKeywords.Contains(p.Key)));
}
