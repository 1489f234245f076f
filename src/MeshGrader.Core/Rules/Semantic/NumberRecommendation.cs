using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A recommended range, or recommended values, for a number that already passes its required
/// check, optionally only when a choice is made (a canary's traffic share; a blue-green switch
/// moves 0 or 100 percent of traffic, never part of it). The bounds are data, so a rubric can
/// change them.
/// </summary>
/// <param name="oneOf">The values recommended; null for any value within the bounds.</param>
/// <param name="advice">The hint; null for the rule's own hint.</param>
internal sealed class NumberRecommendation(
    RuleDescriptor rule, string file, string pointer, decimal? atLeast = null, decimal? atMost = null,
    IReadOnlyList<decimal>? oneOf = null, ChoiceCondition? when = null, string? advice = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Number(file, pointer) is not { } value
            || (when is not null && !when.Holds(context, file)))
        {
            yield break;
        }

        var recommended =
            value < atLeast ? $"at least {Format(atLeast.Value)}"
            : value > atMost ? $"at most {Format(atMost.Value)}"
            : oneOf is not null && !oneOf.Contains(value) ? string.Join(" or ", oneOf.Select(Format))
            : null;
        if (recommended is null)
        {
            yield break;
        }

        var condition = when is null ? string.Empty : $" when {when}";
        yield return context.At(rule, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} is {Format(value)}; {recommended} is recommended{condition}.", advice ?? rule.Hint);
    }

    internal static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
