namespace MeshGrader.Core.Tests.Schemas;

/// <summary>
/// The validation keywords whose official conformance tests pass through the grader's validator
/// (ValidatorConformanceTests). A schema may use only these, plus descriptive keywords and the
/// grader's own annotations (SchemaKeywordCoverageTests), so no rule is silently unenforced.
/// To use a new keyword, add its name here: its suite file then runs too.
/// </summary>
internal static class VerifiedKeywords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "type", "properties", "required", "additionalProperties", "enum", "const", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "pattern", "items", "minItems", "minLength",
    ];

    /// <summary>
    /// Keywords the validator implements and verifies for the ODCS schema (issue 15), which lab
    /// schemas do not use yet: they stay out of <see cref="All"/> so lab schemas keep to the short list.
    /// The suite file named by each ("ref.json", "if-then-else.json") runs in ValidatorConformanceTests.
    /// $defs is verified through ref.json: defs.json's only group validates against the remote metaschema.
    /// maxLength is here because several groups of these files use it; infinite-loop-detection checks
    /// that a reference reached twice through different keywords is not taken for a loop.
    /// </summary>
    public static IReadOnlyList<string> ForOdcs { get; } =
    [
        "ref", "allOf", "anyOf", "oneOf", "not", "if-then-else", "uniqueItems", "maxItems", "unevaluatedProperties", "maxLength", "infinite-loop-detection",
    ];
}
