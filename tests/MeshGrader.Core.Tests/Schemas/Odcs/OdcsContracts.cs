using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>The official ODCS v3.1.0 examples (TestData/odcs-3.1.0) and the structure check run on a contract's text.</summary>
internal static class OdcsContracts
{
    public const string File = "contract.yaml";

    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "odcs-3.1.0");

    public static IReadOnlyList<string> Examples { get; } =
    [
        "column-completeness.odcs.yaml", "column-validity.odcs.yaml", "database-table-sla.odcs.yaml",
        "full-example.odcs.yaml", "kafka-schema.odcs.yaml", "table-column-description.odcs.yaml",
    ];

    public static string Text(string example) => System.IO.File.ReadAllText(Path.Combine(Folder, example)).ReplaceLineEndings("\n");

    /// <summary>The contract read as the grader reads it; null when the text is not YAML the loader accepts.</summary>
    public static JsonInstance? Load(string text)
    {
        var limits = LoadLimits.Default;
        var document = new YamlDocumentLoader(limits).LoadText(text, File);
        if (document.Findings.Count > 0 || document.Root is null)
        {
            return null;
        }

        var (instance, problem) = new JsonInstanceBuilder(limits).Build(File, document.Root);
        return problem is null ? instance : null;
    }

    public static IReadOnlyList<Finding> Check(string text)
    {
        var instance = Load(text);
        Assert.NotNull(instance);
        return OdcsStructureCheck.Check(instance, File);
    }

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Line}:{f.Column} {f.Rule} {f.Path} {f.Message} | {f.Hint}"));
}
