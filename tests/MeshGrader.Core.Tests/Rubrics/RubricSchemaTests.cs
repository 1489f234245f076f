using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Core.Tests.Rubrics;

public sealed class RubricSchemaTests
{
    /// <summary>
    /// schemas/rubric.schema.json is what the catalogues make, for editors that complete a rubric.
    /// Regenerate with MESHGRADE_UPDATE_GOLDEN=1.
    /// </summary>
    [Fact]
    public void ShippedRubricSchema_IsTheOneTheCataloguesMake()
    {
        var path = Path.Combine(RepositoryPaths.Schemas, "rubric.schema.json");
        var expected = RubricSchema.Text(LabCatalog.All);
        if (Environment.GetEnvironmentVariable("MESHGRADE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    /// <summary>
    /// labs/default.rubric.yaml, embedded as the default rubric (its SHA-256 stamps reports), is what
    /// the catalogues make. Regenerate with MESHGRADE_UPDATE_GOLDEN=1.
    /// </summary>
    [Fact]
    public void EmbeddedDefaultRubric_IsTheOneTheCataloguesMake()
    {
        var path = Path.Combine(RepositoryPaths.Root, "labs", "default.rubric.yaml");
        var expected = DefaultRubric.Write(LabCatalog.All);
        if (Environment.GetEnvironmentVariable("MESHGRADE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(expected, DefaultRubric.Text);
    }

    [Fact]
    public void EveryCheckOfEveryLab_CanBeNamedInARubric()
    {
        var schema = RubricSchema.Build(LabCatalog.All);

        foreach (var rule in RuleRegistry.All.Where(r => r.Lab is not null && !r.Id.EndsWith("00", StringComparison.Ordinal)))
        {
            var lab = LabCatalog.Get(rule.Lab!.Value);
            Assert.NotNull(schema["properties"]!["labs"]!["properties"]![lab.Slug]!["properties"]!["checks"]!["properties"]![rule.Id]);
        }
    }

    [Fact]
    public void NumberSettings_AreOfferedOnNumbersOnly()
    {
        var checks = RubricSchema.Build(LabCatalog.All)["properties"]!["labs"]!["properties"]!["data-mesh"]!["properties"]!["checks"]!["properties"]!;

        Assert.NotNull(checks["DM-301"]!["properties"]!["minimum"]);
        Assert.Null(checks["DM-203"]!["properties"]!["minimum"]);
        Assert.NotNull(checks["DM-203"]!["properties"]!["allowed"]);
        Assert.NotNull(checks["DM-501"]!["properties"]!["must_include"]);
        Assert.Null(checks["DM-651"]!["properties"]!["points"]);
    }
}
