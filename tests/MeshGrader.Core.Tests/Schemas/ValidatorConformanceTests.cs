using System.Text.Json.Nodes;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Schemas;

/// <summary>
/// Runs the official JSON Schema Test Suite (draft 2020-12) for every keyword MeshGrader's schemas
/// use, through the grader's own validator. A result that differs from the suite fails. Groups
/// whose schema also uses a keyword the validator refuses (patternProperties, $ref, prefixItems…)
/// are skipped; a refusal of the keyword under test itself fails the test.
/// </summary>
public sealed class ValidatorConformanceTests
{
    // Unicode property classes (\p{Letter}) are not part of .NET's ECMAScript regex mode.
    // SchemaKeywordCoverageTests keeps patterns free of \p, so this exclusion cannot hide a rule.
    private static readonly string[] UnsupportedPatternFeatures = [@"\\p{", @"\\P{"];

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
        var skipped = new List<string>();
        foreach (var group in groups)
        {
            var schemaText = group!["schema"]!.ToJsonString();
            if (UnsupportedPatternFeatures.Any(f => schemaText.Contains(f, StringComparison.Ordinal)))
            {
                skipped.Add($"{group["description"]} (\\p)");
                continue;
            }

            SchemaValidator schema;
            try
            {
                schema = SchemaValidator.Compile(group["schema"]);
            }
            catch (UnsupportedSchemaException refused) when (refused.Keyword != keyword)
            {
                skipped.Add($"{group["description"]} ({refused.Keyword})");
                continue;
            }

            foreach (var test in group["tests"]!.AsArray())
            {
                var data = test!["data"];
                var expected = test["valid"]!.GetValue<bool>();
                var flagged = schema.IsValid(data);
                var detailed = schema.Violations(data).Count == 0;
                ran++;
                if (flagged != expected || detailed != expected)
                {
                    failures.Add($"{group["description"]} / {test["description"]}: expected {expected}, got {flagged} (flag) and {detailed} (detailed)");
                }
            }
        }

        Assert.True(ran > 0, $"No test of '{keyword}' ran.");
        Assert.True(skipped.Count < groups.Count, $"Every group of '{keyword}' was skipped: {string.Join("; ", skipped)}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
