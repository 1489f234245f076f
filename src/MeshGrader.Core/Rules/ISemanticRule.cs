using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules;

/// <summary>A check a schema cannot express: cross-field, cross-file, or a recommendation.</summary>
internal interface ISemanticRule
{
    /// <summary>
    /// The rules this class introduces. A rule that enforces a schema field's own check (such as
    /// SemVer on a version field) introduces none and reports under the field's id.
    /// </summary>
    IReadOnlyList<RuleDescriptor> Introduces { get; }

    IEnumerable<Findings.Finding> Evaluate(RuleContext context);
}
