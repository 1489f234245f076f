using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A list field that must hold every one of its choices ("check ALL monitoring metrics"). The
/// choices are the schema's, so the set lives in one place. The schema checks each item; this rule
/// reports, under the field's own rule id, one error that names exactly the missing items. Silent
/// when an error already explains the list. A rubric can name the items instead (<paramref name="items"/>):
/// values a course requires beyond the lab's own checks.
/// </summary>
internal sealed class RequireAllItemsRule(string fieldRuleId, string file, string pointer, IReadOnlyList<string>? items = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Value(file, pointer) is not JsonArray)
        {
            yield break;
        }

        var required = items ?? ListChoices.Of(context, file, pointer);
        var present = context.Items(file, pointer);
        var missing = required.Where(item => !present.Contains(item, StringComparer.Ordinal)).ToArray();
        if (missing.Length == 0)
        {
            yield break;
        }

        var key = Findings.JsonPointerText.LastSegment(pointer);
        var tip = context.File(file)!.Schema.SubschemaFor(pointer)!.Hint;
        if (items is not null)
        {
            yield return context.AtField(fieldRuleId, file, pointer,
                $"{Schemas.NamedPath.Of(pointer)} is missing {Join(missing)}, which this course's rubric requires ({string.Join(", ", required)}).",
                $"Add {Join(missing)} to {key}.");
            yield break;
        }

        yield return context.AtField(fieldRuleId, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} is missing {Join(missing)}; {AllOf(required.Count)} are required: {string.Join(", ", required)}.",
            $"Write {key}: [{string.Join(", ", required)}]. {tip}".TrimEnd());
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static string AllOf(int count) => count switch
    {
        2 => "both",
        3 => "all three",
        4 => "all four",
        5 => "all five",
        _ => $"all {count}",
    };
}
