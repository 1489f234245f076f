using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A recommended range for a number that already passes its required check, optionally only when
/// a choice is made (a canary's traffic share). The bounds are data, so a rubric can change them.
/// </summary>
internal sealed class NumberRecommendation(
    RuleDescriptor rule, string file, string pointer, decimal? atLeast, decimal? atMost, string advice, ChoiceCondition? when = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Number(file, pointer) is not { } value)
        {
            yield break;
        }

        if (when is not null && !when.Holds(context, file))
        {
            yield break;
        }

        var low = atLeast is { } min && value < min;
        var high = atMost is { } max && value > max;
        if (!low && !high)
        {
            yield break;
        }

        var bound = low ? $"at least {Format(atLeast!.Value)}" : $"at most {Format(atMost!.Value)}";
        var condition = when is null ? string.Empty : $" when {when}";
        yield return context.At(rule, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} is {Format(value)}; {bound} is recommended{condition}.", advice);
    }

    internal static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
