using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice (or warning) about a particular choice that passes its check but deserves a word of
/// current practice, e.g. a product that was renamed or retired.
/// </summary>
/// <param name="when">
/// Optional condition: another field of the same file has (or, for a list, contains) this value,
/// e.g. a notice on consent only when CCPA is among the frameworks.
/// </param>
internal sealed class ChoiceNotice(
    RuleDescriptor rule, string file, string pointer, IReadOnlyDictionary<string, string> messageByChoice, (string Pointer, string Value)? when = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || (when is { } condition && !Holds(context, condition)))
        {
            yield break;
        }

        var values = context.Value(file, pointer) is System.Text.Json.Nodes.JsonArray
            ? context.Items(file, pointer)
            : context.Text(file, pointer) is { } single ? [single] : [];
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            if (messageByChoice.TryGetValue(value, out var message))
            {
                yield return context.At(rule, file, pointer, message, rule.Hint);
            }
        }
    }

    private bool Holds(RuleContext context, (string Pointer, string Value) condition) =>
        context.HasOrContains(file, condition.Pointer, condition.Value);
}
