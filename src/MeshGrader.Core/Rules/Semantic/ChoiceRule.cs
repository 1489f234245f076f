using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// What a choice that passes its own check should (not) be, optionally only when another choice is
/// made. With a warning it recommends (continuous scanning; a stream refreshed real-time; no DAC
/// for confidential data); with an error it is a required check the lab introduces (no implicit
/// consent under GDPR), counted in its step. The finding sits on the value the learner would change.
/// </summary>
/// <param name="message">The message; with <paramref name="statesValue"/>, the advice after the stated value.</param>
/// <param name="recommended">The value the field should have; null with <paramref name="discouraged"/> instead.</param>
/// <param name="discouraged">The value the field should not have.</param>
/// <param name="when">The choice under which the rule applies; null for always.</param>
/// <param name="statesValue">Open the message with "field is actual; recommended is recommended."; needs <paramref name="recommended"/>.</param>
internal sealed class ChoiceRule(
    RuleDescriptor rule, string file, string pointer, string message,
    string? recommended = null, string? discouraged = null, ChoiceCondition? when = null, bool statesValue = false) : ISemanticRule
{
    private readonly bool statesValue = statesValue && recommended is null
        ? throw new ArgumentException("Stating the value needs a recommended value to state.", nameof(statesValue))
        : statesValue;

    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Text(file, pointer) is not { } actual
            || (when is not null && !when.Holds(context, file)))
        {
            yield break;
        }

        var advised = recommended is not null ? actual != recommended : actual == discouraged;
        if (!advised)
        {
            yield break;
        }

        yield return context.At(rule, file, pointer,
            statesValue ? $"{Schemas.NamedPath.Of(pointer)} is {actual}; {recommended} is recommended. {message}".TrimEnd() : message,
            rule.Hint);
    }
}
