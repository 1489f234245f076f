using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice (or warning) about a particular choice that passes its check but deserves a word of
/// current practice, e.g. a product that was renamed or retired; optionally only when another
/// choice is made (MLflow's stages, when the registry is MLflow).
/// </summary>
internal sealed class ChoiceNotice(
    RuleDescriptor rule, string file, string pointer, IReadOnlyDictionary<string, string> messageByChoice, ChoiceCondition? when = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || (when is not null && !when.Holds(context, file)))
        {
            yield break;
        }

        foreach (var value in context.Choices(file, pointer).Distinct(StringComparer.Ordinal))
        {
            if (messageByChoice.TryGetValue(value, out var message))
            {
                yield return context.At(rule, file, pointer, message, rule.Hint);
            }
        }
    }
}
