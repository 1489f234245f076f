using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice for a number inside a band that deserves a word of explanation (from inclusive, below
/// exclusive), optionally only when a choice is made. The number already passes its checks.
/// </summary>
internal sealed class NumberBandNotice(
    RuleDescriptor rule, string file, string pointer, decimal from, decimal below, string message, ChoiceCondition? when = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Number(file, pointer) is not { } value || value < from || value >= below)
        {
            yield break;
        }

        if (when is not null && !when.Holds(context, file))
        {
            yield break;
        }

        yield return context.At(rule, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} is {NumberRecommendation.Format(value)}: {message}", rule.Hint);
    }
}
