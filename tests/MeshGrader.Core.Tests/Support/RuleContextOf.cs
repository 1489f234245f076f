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
