using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// Recommends particular values for a number that already passes its required check, optionally
/// only when a choice is made (a blue-green switch moves 0 or 100 percent of traffic, never part of it).
/// </summary>
internal sealed class NumberValuesRecommendation(
    RuleDescriptor rule, string file, string pointer, IReadOnlyList<decimal> recommended, string advice, ChoiceCondition? when = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Number(file, pointer) is not { } value || recommended.Contains(value))
        {
            yield break;
        }

        if (when is not null && !when.Holds(context, file))
        {
            yield break;
        }

        var values = string.Join(" or ", recommended.Select(NumberRecommendation.Format));
        var condition = when is null ? string.Empty : $" when {when}";
        yield return context.At(rule, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} is {NumberRecommendation.Format(value)}; {values} is recommended{condition}.", advice);
    }
}
