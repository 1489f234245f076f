using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice about a number that passes its check and lies in a range worth a word of context
/// (e.g. where a 7-year retention comes from). Outside the range the rule is silent, so it pairs
/// with a <see cref="NumberRecommendation"/> on the rest of the range: one finding per value.
/// </summary>
internal sealed class NumberNotice(RuleDescriptor rule, string file, string pointer, decimal? atLeast, decimal? atMost, string message) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Number(file, pointer) is not { } value
            || value < atLeast || value > atMost)
        {
            yield break;
        }

        yield return context.At(rule, file, pointer, message, rule.Hint);
    }
}
