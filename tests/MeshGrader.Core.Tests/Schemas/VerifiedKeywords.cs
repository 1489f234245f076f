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
}
