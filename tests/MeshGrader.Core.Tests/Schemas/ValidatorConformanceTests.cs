using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Schemas;

/// <summary>
/// Runs the official JSON Schema Test Suite (draft 2020-12) for every keyword MeshGrader's schemas
/// use, through the validator the grader uses. A result that differs from the suite fails.
/// </summary>
public sealed class ValidatorConformanceTests
{
    // Groups the validator is known not to support and MeshGrader's schemas never need:
    // Unicode property classes (\p{Letter}) in patterns. SchemaKeywordCoverageTests keeps
    // patterns free of \p, so this exclusion cannot hide a rule.
    private static readonly string[] UnsupportedPatternFeatures = [@"\p{", @"\P{"];

    public static TheoryData<string> Keywords() => new(VerifiedKeywords.All);

    [Theory]
    [MemberData(nameof(Keywords))]
    public void SuiteGroups_ForKeyword_AllPass(string keyword)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "json-schema-test-suite", keyword + ".json");
        Assert.True(File.Exists(path), $"No conformance tests for '{keyword}' at {path}.");
        var groups = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var failures = new List<string>();
        var ran = 0;
        foreach (var group in groups)
        {
            var schemaText = group!["schema"]!.ToJsonString();
            if (schemaText.Contains("localhost:1234", StringComparison.Ordinal) || UnsupportedPatternFeatures.Any(f => schemaText.Contains(f.Replace(@"\", @"\\", StringComparison.Ordinal), StringComparison.Ordinal)))
            {
                continue;
            }

            var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            foreach (var test in group["tests"]!.AsArray())
            {
                using var data = JsonDocument.Parse(test!["data"]?.ToJsonString() ?? "null");
                var expected = test["valid"]!.GetValue<bool>();
                var actual = schema.Evaluate(data.RootElement).IsValid;
                ran++;
                if (actual != expected)
                {
                    failures.Add($"{group["description"]} / {test["description"]}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.True(ran > 0, $"No test of '{keyword}' ran.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
