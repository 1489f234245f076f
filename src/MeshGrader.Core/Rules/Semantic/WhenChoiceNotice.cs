using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice on a field that passes its check, when a choice elsewhere gives it a caveat (a SemVer
/// model version in a registry that numbers versions itself).
/// </summary>
internal sealed class WhenChoiceNotice(RuleDescriptor rule, string file, ChoiceCondition when, string target, string message) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, target) || context.Value(file, target) is not { } value || !when.Holds(context, file))
        {
            yield break;
        }

        var written = value is System.Text.Json.Nodes.JsonValue scalar ? $" '{scalar}'" : string.Empty;
        yield return context.At(rule, file, target, $"{Schemas.NamedPath.Of(target)}{written}: {message}", rule.Hint);
    }
}
