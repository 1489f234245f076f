using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A list field that must name every one of a fixed set of items ("check ALL four"). The schema
/// checks each item is a valid choice; this rule reports, under the field's own rule id, one
/// error naming exactly what is missing. Silent when the list already has an error (empty, not a
/// list, a misspelt item), so one mistake gives one finding.
/// </summary>
internal sealed class RequireAllItemsRule(string fieldRuleId, string file, string pointer, IReadOnlyList<string> required) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Value(file, pointer) is not System.Text.Json.Nodes.JsonArray)
        {
            yield break;
        }

        var present = context.Items(file, pointer);
        var missing = required.Where(item => !present.Contains(item, StringComparer.Ordinal)).ToArray();
        if (missing.Length == 0)
        {
            yield break;
        }

        var key = Loading.JsonPointerText.LastSegment(pointer);
        var tip = context.File(file)?.Schema.SubschemaFor(pointer)?.Hint;
        yield return context.AtField(fieldRuleId, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} must list all of {string.Join(", ", required)}; missing {Join(missing)}.",
            $"Write {key}: [{string.Join(", ", required)}]. {tip}".TrimEnd());
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
