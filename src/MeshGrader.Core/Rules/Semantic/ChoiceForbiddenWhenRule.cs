using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A required check across two fields: when one field has (or, for a list, contains) a value,
/// another field must not be a given choice, e.g. no implicit consent under GDPR. The rule
/// introduces its own error rule, so it counts as a check of that rule's step; the finding sits
/// on the value the learner has to change.
/// </summary>
/// <remarks>
/// Only an error on the target silences the rule. An error elsewhere in the condition's list (a
/// missing or misspelt other item) is a different mistake and does not change whether the list
/// contains the condition's value.
/// </remarks>
internal sealed class ChoiceForbiddenWhenRule(
    RuleDescriptor rule, string file, ChoiceCondition when, string target, string forbidden, string message) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, target) || context.Text(file, target) != forbidden)
        {
            yield break;
        }

        if (when.Holds(context, file))
        {
            yield return context.At(rule, file, target, message, rule.Hint);
        }
    }
}
