using System.Text.Json;
using System.Text.Json.Nodes;
using MeshGrader.Core.Class;
using MeshGrader.Core.Class.Writers;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Class;

public sealed class ClassJsonTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Schemas, "reports", "class-report.schema.json");

    [Fact]
    public void ClassJson_IsValidAgainstItsSchemaForTheReferenceValidator()
    {
        var schema = global::Json.Schema.JsonSchema.FromText(File.ReadAllText(SchemaPath));
        foreach (var text in new[] { JsonOf(ClassOfSamples.Graded()), JsonOf(ClassOfSamples.WithIdentities(ClassOfSamples.HostileNames)), JsonOf(ClassOfSamples.Graded(), new ShardInfo(2, 3, 19, new string('0', 64))) })
        {
            using var document = JsonDocument.Parse(text);
            var result = schema.Evaluate(document.RootElement, new global::Json.Schema.EvaluationOptions { OutputFormat = global::Json.Schema.OutputFormat.List });

            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void Schema_IsValidDraft202012AndTheEmbeddedCopyIsTheShippedFile()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        Assert.True(global::Json.Schema.MetaSchemas.Draft202012.Evaluate(schema.RootElement).IsValid);
        Assert.Equal(File.ReadAllText(SchemaPath), ClassJsonReader.SchemaText);
    }

    [Fact]
    public void SchemaInTheGradersValidator_RefusesWhatTheReferenceRefuses()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(ClassJsonReader.SchemaText));
        var valid = JsonNode.Parse(JsonOf(ClassOfSamples.Graded()))!;
        var extra = valid.DeepClone();
        extra["surprise"] = 1;
        var badScore = valid.DeepClone();
        badScore["submissions"]![0]!["score"] = 101;

        Assert.True(validator.IsValid(valid));
        Assert.False(validator.IsValid(extra));
        Assert.False(validator.IsValid(badScore));
    }

    [Fact]
    public void ClassReadBack_WritesTheSameBytesInEveryFormat()
    {
        foreach (var report in new[] { ClassOfSamples.Graded(), ClassOfSamples.Graded(minScore: 30), ClassOfSamples.WithIdentities(ClassOfSamples.HostileNames) })
        {
            var read = ClassJsonReader.Read(JsonOf(report));

            Assert.Null(read.Shard);
            Assert.Equal(ClassRunTests.Outputs(report), ClassRunTests.Outputs(read.Report));
        }
    }

    [Fact]
    public void PartialReadBack_KeepsItsShard()
    {
        var shard = new ShardInfo(2, 3, 19, new string('a', 64));

        Assert.Equal(shard, ClassJsonReader.Read(JsonOf(ClassOfSamples.Graded(), shard)).Shard);
    }

    [Theory]
    [InlineData("not json at all", "it is not JSON (line 1)")]
    [InlineData("{\"score\": 100}", "it is not a meshgrade class report")]
    [InlineData("[1, 2]", "it is not a meshgrade class report")]
    [InlineData("{\"format\": \"meshgrade-class-report\"}", "it does not follow the class report schema at '' (required)")]
    public void TextThatIsNoClassReport_IsRefusedWithTheReason(string text, string reason)
    {
        var refused = Assert.Throws<InvalidDataException>(() => ClassJsonReader.Read(text));

        Assert.StartsWith(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClassReportWithAWrongField_IsRefusedNamingWhere()
    {
        var document = JsonNode.Parse(JsonOf(ClassOfSamples.Graded()))!;
        document["submissions"]![3]!["labs"]![0]!["tasks_completed"] = "six";

        var refused = Assert.Throws<InvalidDataException>(() => ClassJsonReader.Read(document.ToJsonString()));

        Assert.Equal("it does not follow the class report schema at '/submissions/3/labs/0/tasks_completed' (type)", refused.Message);
    }

    internal static string JsonOf(ClassReport report, ShardInfo? shard = null)
    {
        using var text = new StringWriter();
        ClassJsonWriter.Write(report, text, shard);
        return text.ToString();
    }
}
