using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice about a number that passes its check and lies in a band worth a word of context
/// (where a 7-year retention comes from; a PSI alert that retrains on moderate drift), optionally
/// only when a choice is made. Outside the band the rule is silent, so it pairs with a
/// <see cref="NumberRecommendation"/> on the rest of the range: one finding per value.
/// </summary>
/// <param name="atLeast">The band's inclusive lower bound; null for none.</param>
/// <param name="below">The band's exclusive upper bound; null for none.</param>
/// <param name="statesValue">Open the message with "field is value: ".</param>
internal sealed class NumberNotice(
    RuleDescriptor rule, string file, string pointer, string message,
    decimal? atLeast = null, decimal? below = null, ChoiceCondition? when = null, bool statesValue = false) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Number(file, pointer) is not { } value
            || value < atLeast || value >= below || (when is not null && !when.Holds(context, file)))
        {
            yield break;
        }

        yield return context.At(rule, file, pointer,
            statesValue ? $"{Schemas.NamedPath.Of(pointer)} is {NumberRecommendation.Format(value)}: {message}" : message, rule.Hint);
    }
}
