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

    // Groups of the ODCS keywords' files that need what the validator refuses on purpose: each names
    // the refused keyword and why. A refused group missing here fails, and so does an entry that runs.
    private static readonly Dictionary<string, string> ExpectedSkips = new(StringComparer.Ordinal)
    {
        ["ref: relative pointer ref to array"] = "prefixItems: not implemented (ODCS uses single-schema items only)",
        ["ref: remote ref, containing refs itself"] = "$ref: remote reference to the draft 2020-12 metaschema",
        ["ref: Recursive references between schemas"] = "$id: embedded resources change the base URI",
        ["ref: refs with relative uris and defs"] = "$id: embedded resources change the base URI",
        ["ref: relative refs with absolute uris and defs"] = "$id: embedded resources change the base URI",
        ["ref: $id must be resolved against nearest parent, not just immediate parent"] = "$id: embedded resources change the base URI",
        ["ref: order of evaluation: $id and $ref"] = "$id: embedded resources change the base URI",
        ["ref: order of evaluation: $id and $anchor and $ref"] = "$id/$anchor: base URI changes and anchors",
        ["ref: order of evaluation: $id and $ref on nested schema"] = "$id: embedded resources change the base URI",
        ["ref: simple URN base URI with $ref via the URN"] = "$ref: by absolute URN, not a local JSON pointer",
        ["ref: URN base URI with URN and JSON pointer ref"] = "$ref: by absolute URN, not a local JSON pointer",
        ["ref: URN base URI with URN and anchor ref"] = "$ref: by absolute URN and anchor",
        ["ref: URN ref with nested pointer ref"] = "$id: embedded resources change the base URI",
        ["ref: ref to if"] = "$ref: by URI of an embedded $id resource",
        ["ref: ref to then"] = "$ref: by URI of an embedded $id resource",
        ["ref: ref to else"] = "$ref: by URI of an embedded $id resource",
        ["ref: ref with absolute-path-reference"] = "$id: embedded resources change the base URI",
        ["if-then-else: if and else without then"] = "multipleOf: not implemented (ODCS does not use it)",
        ["if-then-else: validate against correct branch, then vs else"] = "multipleOf: not implemented",
        ["if-then-else: non-interference across combined schemas"] = "multipleOf: not implemented",
        ["allOf: allOf combined with anyOf, oneOf"] = "multipleOf: not implemented",
        ["uniqueItems: uniqueItems with an array of items"] = "prefixItems: not implemented",
        ["uniqueItems: uniqueItems with an array of items and additionalItems=false"] = "prefixItems: not implemented",
        ["uniqueItems: uniqueItems=false with an array of items"] = "prefixItems: not implemented",
        ["uniqueItems: uniqueItems=false with an array of items and additionalItems=false"] = "prefixItems: not implemented",
        ["unevaluatedProperties: unevaluatedProperties with adjacent patternProperties"] = "patternProperties: not implemented",
        ["unevaluatedProperties: unevaluatedProperties with nested patternProperties"] = "patternProperties: not implemented",
        ["unevaluatedProperties: unevaluatedProperties with dependentSchemas"] = "dependentSchemas: not implemented",
        ["unevaluatedProperties: unevaluatedProperties with $dynamicRef"] = "$id/$dynamicRef: not implemented",
        ["unevaluatedProperties: dynamic evalation inside nested refs"] = "patternProperties: not implemented",
        ["unevaluatedProperties: unevaluatedProperties not affected by propertyNames"] = "propertyNames: not implemented",
        ["unevaluatedProperties: unevaluatedProperties can see annotations from if without then and else"] = "patternProperties: not implemented",
        ["unevaluatedProperties: dependentSchemas with unevaluatedProperties"] = "dependentSchemas: not implemented",
        ["unevaluatedProperties: Evaluated properties collection needs to consider instance location with patternProperties"] = "patternProperties: not implemented",
    };

    public static TheoryData<string> Keywords() => new(VerifiedKeywords.All.Concat(VerifiedKeywords.ForOdcs));

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
            catch (UnsupportedSchemaException refused) when (refused.Keyword != keyword || VerifiedKeywords.ForOdcs.Contains(keyword))
            {
                skipped.Add($"{keyword}: {group["description"]}");
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
        if (VerifiedKeywords.ForOdcs.Contains(keyword))
        {
            var listed = ExpectedSkips.Keys.Where(k => k.StartsWith(keyword + ": ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var unlisted = skipped.Where(s => !listed.Contains(s)).ToList();
            var stale = listed.Where(s => !skipped.Contains(s)).ToList();
            Assert.True(unlisted.Count == 0, "Refused but not listed: " + string.Join("; ", unlisted));
            Assert.True(stale.Count == 0, "Listed as skipped but ran: " + string.Join("; ", stale));
        }
    }
}
