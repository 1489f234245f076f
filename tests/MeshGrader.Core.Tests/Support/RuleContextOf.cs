using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Rules;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Tests.Support;

/// <summary>A rule context over one small YAML file and schema, for testing a semantic rule on its own.</summary>
internal static class RuleContextOf
{
    public const string File = "sample";
    public const string RelativePath = "sample.yaml";

    /// <summary>
    /// A schema with one section, setup: a choice (mode), a list of choices (frameworks) and a
    /// number (level), for rules that read choices, lists and numbers.
    /// </summary>
    public const string SetupSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "setup": {
              "x-step": 1, "x-rule": "T-100", "type": "object",
              "properties": {
                "mode": { "x-rule": "T-101", "enum": ["fast", "safe", "manual"] },
                "frameworks": { "x-rule": "T-102", "type": "array", "items": { "enum": ["gdpr", "ccpa"] } },
                "level": { "x-rule": "T-103", "type": "number", "minimum": 0 }
              }
            }
          }
        }
        """;

    public static RuleContext Yaml(string schemaText, string yaml, params Finding[] findingsSoFar)
    {
        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText(yaml, RelativePath);
        Assert.True(loaded.Root is not null, "The test YAML does not load.");
        var (instance, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build(RelativePath, loaded.Root!);
        Assert.True(instance is not null, problem?.Message);
        var schema = LabFileSchema.Load(File, schemaText);
        var value = new ValueNormaliser(schema, instance!, RelativePath).Normalise();
        var files = new Dictionary<string, GradedFile>(StringComparer.Ordinal)
        {
            [File] = new(File, RelativePath, schema, instance, value),
        };
        return new RuleContext(files, findingsSoFar);
    }

    /// <summary>An error already reported at a pointer, as the schema translator would report it.</summary>
    public static Finding ErrorAt(string pointer) =>
        new("T-100", Severity.Error, "earlier error", null, RelativePath, 1, 1, 1, 1, pointer, null, null, "T-100");
}
