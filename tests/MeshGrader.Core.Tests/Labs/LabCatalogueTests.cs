using System.Text.Json;
using Json.Schema;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

public sealed class LabCatalogueTests
{
    private static readonly Lazy<JsonSchema> CatalogueSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Labs, "lab.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> Catalogues() =>
        new(Directory.GetFiles(RepositoryPaths.Labs, "*.lab.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Catalogue_IsValidAgainstTheCatalogueSchema(string file)
    {
        using var catalogue = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Labs, file)));

        var result = CatalogueSchema.Value.Evaluate(catalogue.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void CatalogueSchema_RejectsAnUnknownCheckKind()
    {
        using var catalogue = JsonDocument.Parse(Lab19Catalogue.Replace("\"minimum-items\"", "\"minimum-itemz\"", StringComparison.Ordinal));

        Assert.False(CatalogueSchema.Value.Evaluate(catalogue.RootElement).IsValid);
    }

    [Fact]
    public void EmbeddedCatalogues_AreTheOnesInTheLabsFolder()
    {
        var fromFolder = Directory.GetFiles(RepositoryPaths.Labs, "*.lab.json")
            .Select(path => JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("id").GetInt32()).Order();

        Assert.Equal(fromFolder, LabCatalog.All.Select(l => l.Id));
    }

    [Theory]
    [InlineData("\"atLeast\": 2", "\"atLeats\": 2", "atLeats")]
    [InlineData("\"kind\": \"minimum-items\"", "\"kind\": \"at-least\"", "at-least")]
    [InlineData("\"title\": \"Two or more carriers\",", "", "title")]
    public void Catalogue_WithAMistake_IsRefusedNaming(string written, string mistake, string named)
    {
        var refused = Assert.Throws<LabCatalogueException>(() => Read(Lab19Catalogue.Replace(written, mistake, StringComparison.Ordinal)));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleInAStepTheLabDoesNotHave_IsRefused()
    {
        var refused = Assert.Throws<LabCatalogueException>(() => Read(Lab19Catalogue.Replace("\"step\": 2", "\"step\": 7", StringComparison.Ordinal)));

        Assert.Contains("step 7", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckOnAFileTheLabDoesNotHave_IsRefused()
    {
        var refused = Assert.Throws<LabCatalogueException>(() => Read(Lab19Catalogue.Replace("\"file\": \"orders\"", "\"file\": \"invoices\"", StringComparison.Ordinal)));

        Assert.Contains("'invoices'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FictitiousLab19_DefinedByDataAlone_IsGradedWithItsStepsAndScore()
    {
        using var definition = new TemporarySubmission()
            .With("warehouse.lab.json", Lab19Catalogue)
            .With("orders.schema.json", OrdersSchema);
        var lab = Assert.Single(LabCatalogueReader.FromFolder(definition.Root));
        using var complete = new TemporarySubmission().With("orders.yaml", "intake:\n  channel: web\nshipping:\n  carriers: [dhl, ups]\n  max_days: 3\n");
        using var oneMistake = new TemporarySubmission().With("orders.yaml", "intake:\n  channel: web\nshipping:\n  carriers: [dhl]\n  max_days: 0\n");

        var good = new Grader().Grade(complete.Root, [lab]);
        var bad = new Grader().Grade(oneMistake.Root, [lab]);

        Assert.Equal((19, 100m, true), (good.Labs.Single().Lab.Id, good.Score, good.AllCompleted));
        Assert.Equal(["Receive orders", "Ship them"], good.Labs.Single().Steps.Select(s => s.Title));
        Assert.Contains(bad.Findings, f => f.Rule == "WH-201" && f.Severity == Severity.Error);
        Assert.Contains(bad.Findings, f => f.Rule == "WH-251" && f.Severity == Severity.Warning);
        Assert.Equal([true, false], bad.Labs.Single().Steps.Select(s => s.Completed));
        // Step 1 in full (50) and one of step 2's two checks (the carriers; the days fail): 75.
        Assert.Equal(75m, bad.Score);
    }

    [UnixFact]
    public void CatalogueFolderWithALinkLeadingOut_IsRefusedWithoutReadingTheTarget()
    {
        using var outside = new TemporarySubmission().With("secret.json", "{}");
        using var definition = new TemporarySubmission().With("orders.schema.json", OrdersSchema);
        File.CreateSymbolicLink(Path.Combine(definition.Root, "warehouse.lab.json"), Path.Combine(outside.Root, "secret.json"));

        var refused = Assert.Throws<LabCatalogueException>(() => LabCatalogueReader.FromFolder(definition.Root));

        Assert.Contains("warehouse.lab.json cannot be read (LinkNotInside)", refused.Message, StringComparison.Ordinal);
    }

    private static LabDefinition Read(string catalogue) =>
        LabCatalogueReader.Read(catalogue, "warehouse.lab.json", SchemaSource.Embedded);

    private const string Lab19Catalogue = """
        {
          "$schema": "lab.schema.json",
          "id": 19,
          "slug": "warehouse",
          "title": "Warehouse Orders",
          "console": "Warehouse Console",
          "completion": "Lab Completed! Orders flow!",
          "files": ["orders"],
          "steps": [
            { "number": 1, "title": "Receive orders" },
            { "number": 2, "title": "Ship them" }
          ],
          "checks": [
            {
              "kind": "minimum-items",
              "rule": {
                "id": "WH-251",
                "title": "Two or more carriers",
                "severity": "warning",
                "step": 2,
                "why": "One carrier is one point of failure.",
                "hint": "List a second carrier."
              },
              "file": "orders",
              "field": "/shipping/carriers",
              "atLeast": 2
            }
          ]
        }
        """;

    private const string OrdersSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["intake", "shipping"],
          "additionalProperties": false,
          "properties": {
            "intake": {
              "x-step": 1, "x-rule": "WH-100", "title": "Intake", "description": "Where orders come in.",
              "type": "object", "required": ["channel"], "additionalProperties": false,
              "properties": {
                "channel": { "x-rule": "WH-101", "title": "Channel", "description": "The channel orders arrive by.", "enum": ["web", "phone"] }
              }
            },
            "shipping": {
              "x-step": 2, "x-rule": "WH-200", "title": "Shipping", "description": "How orders leave.",
              "type": "object", "required": ["carriers", "max_days"], "additionalProperties": false,
              "properties": {
                "carriers": { "x-rule": "WH-202", "title": "Carriers", "description": "Who ships.", "type": "array", "minItems": 1, "items": { "type": "string" } },
                "max_days": { "x-rule": "WH-201", "title": "Maximum days", "description": "The promise to customers.", "type": "integer", "minimum": 1 }
              }
            }
          }
        }
        """;
}
