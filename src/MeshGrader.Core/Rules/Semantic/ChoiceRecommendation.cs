using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A recommended choice for a field whose value already passes its check, e.g. continuous
/// scanning. The finding sits on the value and costs nothing by default.
/// </summary>
internal sealed class ChoiceRecommendation(RuleDescriptor rule, string file, string pointer, string recommended, string message) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Text(file, pointer) is not { } actual || actual == recommended)
        {
            yield break;
        }

        yield return context.At(rule, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} is {actual}; {recommended} is recommended. {message}".TrimEnd(), rule.Hint);
    }
}
