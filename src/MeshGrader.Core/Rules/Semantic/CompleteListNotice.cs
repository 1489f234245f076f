using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A notice once a list names every one of its choices (e.g. all three data subject rights), to say
/// what those items mean in practice. Silent while the list is incomplete or has an error: then
/// the error is what the learner needs.
/// </summary>
internal sealed class CompleteListNotice(RuleDescriptor rule, string file, string pointer, string message) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Value(file, pointer) is not System.Text.Json.Nodes.JsonArray)
        {
            yield break;
        }

        var present = context.Items(file, pointer);
        if (ListChoices.Of(context, file, pointer).All(item => present.Contains(item, StringComparer.Ordinal)))
        {
            yield return context.At(rule, file, pointer, message, rule.Hint);
        }
    }
}
