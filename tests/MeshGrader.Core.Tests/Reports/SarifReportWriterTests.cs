using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Tests.Reports;

public sealed class SarifReportWriterTests
{
    private static readonly ArtifactPaths Submission = new("labs/alice");

    /// <summary>
    /// The SARIF 2.1.0 schema as codeql-action bundles it (TestData, unmodified), with one known defect
    /// of the published schema mended: region's "at least one of startLine, charOffset, byteOffset"
    /// anyOf sits inside "properties", where it reads as a property named anyOf whose schema is an
    /// array. Lenient validators skip it; JsonSchema.Net rejects the schema, so the anyOf is moved up
    /// to the region, where it was meant to be (and then it is enforced).
    /// </summary>
    internal static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif-schema-2.1.0.json")))!.AsObject();
        var region = schema["definitions"]!["region"]!.AsObject();
        var anyOf = region["properties"]!.AsObject()["anyOf"]!;
        region["properties"]!.AsObject().Remove("anyOf");
        region["anyOf"] = anyOf;
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    private static JsonNode Sarif(GradingReport report) =>
        JsonNode.Parse(ReportSamples.Render(new SarifReportWriter("1.2.3", Submission), report))!;

    [Fact]
    public void BrokenSample_ValidatesAgainstTheSarif210Schema()
    {
        var sarif = ReportSamples.Render(new SarifReportWriter("1.2.3", Submission), ReportSamples.BrokenWithMissingFile());
        using var document = JsonDocument.Parse(sarif);

        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Theory]
    [InlineData("level")]
    [InlineData("startLine")]
    public void SchemaCheck_RejectsAnInvalidLog(string spoil)
    {
        // The validation above means something only if this schema rejects a broken log.
        var sarif = Sarif(ReportSamples.Of("data-mesh-one-mistake-per-step"));
        var result = sarif["runs"]![0]!["results"]![0]!;
        if (spoil == "level")
        {
            result["level"] = "fatal";
        }
        else
        {
            result["locations"]![0]!["physicalLocation"]!["region"]!.AsObject().Remove("startLine");
        }

        using var document = JsonDocument.Parse(sarif.ToJsonString());

        Assert.False(Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Driver_NamesTheToolWithItsVersionAndEveryRegisteredRule()
    {
        var driver = Sarif(ReportSamples.Of("complete"))["runs"]![0]!["tool"]!["driver"]!;

        Assert.Equal("meshgrade", (string?)driver["name"]);
        Assert.Equal("1.2.3", (string?)driver["semanticVersion"]);
        var rules = driver["rules"]!.AsArray();
        Assert.Equal(RuleRegistry.All.Select(r => r.Id), rules.Select(r => (string?)r!["id"]));
        var missingFile = rules.Single(r => (string?)r!["id"] == CoreRules.MissingFile.Id)!;
        Assert.Equal(CoreRules.MissingFile.Why, (string?)missingFile["fullDescription"]!["text"]);
        Assert.Equal("error", (string?)missingFile["defaultConfiguration"]!["level"]);
        Assert.Contains(CoreRules.MissingFile.Hint!, (string?)missingFile["help"]!["text"], StringComparison.Ordinal);
        Assert.Equal("note", (string?)rules.Single(r => (string?)r!["id"] == CoreRules.ChoiceSpelling.Id)!["defaultConfiguration"]!["level"]);
    }

    [Fact]
    public void Result_PointsIntoTheFileRelativeToTheRepositoryRoot()
    {
        var run = Sarif(ReportSamples.Of("data-mesh-one-mistake-per-step"))["runs"]![0]!;
        var result = run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "DM-302")!;

        Assert.Equal("DM-302", (string?)run["tool"]!["driver"]!["rules"]![(int)result["ruleIndex"]!]!["id"]);
        Assert.Equal("error", (string?)result["level"]);
        var location = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("labs/alice/contract.yaml", (string?)location["artifactLocation"]!["uri"]);
        const string Uptime = "85";
        var value = ReportSamples.PositionIn("data-mesh-one-mistake-per-step", "contract.yaml", Uptime, after: "sla_uptime:");
        Assert.Equal(value.Line, (int)location["region"]!["startLine"]!);
        Assert.Equal(value.Column, (int)location["region"]!["startColumn"]!);
        Assert.Equal(value.Line, (int)location["region"]!["endLine"]!);
        // The region ends just past the value.
        Assert.Equal(value.Column + Uptime.Length, (int)location["region"]!["endColumn"]!);
    }

    [Fact]
    public void MissingFile_HasTheFileLocationOnLineOne()
    {
        var results = Sarif(ReportSamples.BrokenWithMissingFile())["runs"]![0]!["results"]!.AsArray();
        var missing = results.Single(r => (string?)r!["ruleId"] == CoreRules.MissingFile.Id)!;
        var location = missing["locations"]![0]!["physicalLocation"]!.AsObject();

        Assert.Equal("labs/alice/contract.yaml", (string?)location["artifactLocation"]!["uri"]);
        // Code scanning marks the region as required, so a file with no line to point at gets line 1.
        Assert.Equal(1, (int)location["region"]!["startLine"]!);
        Assert.Equal(1, (int)location["region"]!["startColumn"]!);
    }
}
