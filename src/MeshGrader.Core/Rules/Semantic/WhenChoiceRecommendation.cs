using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// "When this choice is made, that one should (not) be ...": a recommendation across two fields
/// that both pass their checks. The finding sits on the field the learner would change.
/// </summary>
/// <param name="when">The field that sets the condition; a list field matches when it contains the value.</param>
/// <param name="target">The field the advice is about.</param>
/// <param name="recommended">The value the target should have; null with <paramref name="discouraged"/> instead.</param>
internal sealed class WhenChoiceRecommendation(
    RuleDescriptor rule, string file, ChoiceCondition when, string target, string? recommended, string? discouraged, string message) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, target) || context.Text(file, target) is not { } actual)
        {
            yield break;
        }

        var condition = when.Holds(context, file);
        var advised = recommended is not null ? actual != recommended : actual == discouraged;
        if (condition && advised)
        {
            yield return context.At(rule, file, target, message, rule.Hint);
        }
    }
}
