using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>A recommended minimum length for a list that already passes its required check (e.g. at least 2 stewards). The bound is data.</summary>
internal sealed class MinimumItemsRecommendation(RuleDescriptor rule, string file, string pointer, int atLeast) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Value(file, pointer) is not System.Text.Json.Nodes.JsonArray)
        {
            yield break;
        }

        var count = context.Items(file, pointer).Count;
        if (count >= atLeast)
        {
            yield break;
        }

        yield return context.At(rule, file, pointer,
            string.Create(CultureInfo.InvariantCulture,
                $"{Schemas.NamedPath.Of(pointer)} lists {count} distinct item{(count == 1 ? string.Empty : "s")}; at least {atLeast} are recommended."),
            rule.Hint);
    }
}
