using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// An ODCS contract checked against the official schema: the findings a learner reads, one per
/// mistake, located at the value or key each one is about.
/// </summary>
internal static class OdcsStructureCheck
{
    public static IReadOnlyList<Finding> Check(JsonInstance source, string file)
    {
        var schema = OdcsSchema.Validator;
        return schema.IsValid(source.Value)
            ? []
            : new OdcsFindingTranslator(source, file, schema).Translate(schema.DetailedViolations(source.Value));
    }
}
