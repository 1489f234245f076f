using System.Text.Json;
using Json.Schema;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>
/// The grader's verdict on ODCS contracts (valid or not) against an independent implementation of
/// JSON Schema, JsonSchema.Net, reading the same official schema as draft 2019-09 (its $schema):
/// on the examples and on their one-mistake variants (<see cref="OdcsMutants"/>).
/// </summary>
public sealed class OdcsOracleTests
{
    private static readonly Lazy<JsonSchema> Oracle = new(() =>
        JsonSchema.FromText(OdcsSchema.ReadText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private const int MutantsPerExample = 100;

    public static TheoryData<string> Examples() => new(OdcsContracts.Examples);

    [Fact]
    public void Schema_DeclaresDraft2019_09AndTheOracleRefusesAnEmptyContract()
    {
        using var schema = JsonDocument.Parse(OdcsSchema.ReadText());

        Assert.Equal("https://json-schema.org/draft/2019-09/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.False(Oracle.Value.Evaluate(JsonDocument.Parse("{}").RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleAndItsMutants_GetTheOraclesVerdict(string example)
    {
        // The oracle takes tens of milliseconds a contract: a large example's mutants are taken at an even
        // stride (every kind of mistake, all through the file), the small examples' all.
        var mutants = Enum.GetValues<OdcsMistake>().SelectMany(m => OdcsMutants.Of(example, m)).ToList();
        var stride = (mutants.Count + MutantsPerExample - 1) / MutantsPerExample;
        var texts = new[] { OdcsContracts.Text(example) }.Concat(mutants.Where((_, i) => i % stride == 0).Select(m => m.Text));

        var verdicts = texts.AsParallel().Select(Verdicts).OfType<(bool Ours, bool Oracle, string Text)>().ToList();

        var differing = verdicts.Where(v => v.Ours != v.Oracle).Select(v => $"ours {v.Ours}, oracle {v.Oracle}:\n{v.Text}").ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} of {verdicts.Count} verdicts differ; the first:\n{differing.FirstOrDefault()}");

        // Both verdicts occur, so agreement is not two validators that always say the same thing.
        Assert.Contains(verdicts, v => v.Ours);
        Assert.Contains(verdicts, v => !v.Ours);
    }

    private static (bool, bool, string)? Verdicts(string text)
    {
        var instance = OdcsContracts.Load(text);
        if (instance is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(instance.Value?.ToJsonString() ?? "null");
        var oracle = Oracle.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
        return (OdcsSchema.Validator.IsValid(instance.Value), oracle, text);
    }
}
