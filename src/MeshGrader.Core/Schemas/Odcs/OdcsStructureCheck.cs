using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// An ODCS contract checked against the official schema: the findings a learner reads, located at
/// the value each one is about.
/// </summary>
internal static class OdcsStructureCheck
{
    // Placeholder until the ODCS translator lands: one raw finding per distinct violation.
    public static IReadOnlyList<Finding> Check(JsonInstance source, string file) =>
        [.. OdcsSchema.Validator.Violations(source.Value).Distinct().Select(v => FindingFactory.At(
            CoreRules.FileStructure, file, source.SpanOf(v.Pointer), v.Pointer,
            $"The value at {v.Pointer} breaks the ODCS v3.1.0 schema's '{v.Keyword}'."))];
}
