using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A list field that must hold every one of its choices ("check ALL monitoring metrics"). The
/// choices are the schema's, so the set lives in one place. The schema checks each item; this rule
/// reports, under the field's own rule id, one error that names exactly the missing items, with a
/// hint that adds them to the learner's own list. Silent when an error already explains the list:
/// the schema's finding on a wrong item of this list names the missing items too (the grader hands
/// it <see cref="RequiredItems"/>). A rubric can name the items instead (<paramref name="items"/>):
/// values a course requires beyond the lab's own checks.
/// </summary>
internal sealed class RequireAllItemsRule(string fieldRuleId, string file, string pointer, IReadOnlyList<string>? items = null) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [];

    /// <summary>The lab file (base name) of the list.</summary>
    public string File => file;

    /// <summary>The list's pointer.</summary>
    public string Pointer => pointer;

    /// <summary>The items the list must hold: the rubric's, or every choice its schema allows.</summary>
    public IReadOnlyList<string> RequiredItems(LabFileSchema schema) =>
        items ?? schema.SubschemaFor(pointer)?.Items?.Choices
        ?? throw new InvalidOperationException($"The schema of {file} defines no choices for the list at {pointer}.");

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

        var key = JsonPointerText.LastSegment(pointer);
        // The learner's own list with the missing items appended: the hint adds, it never replaces.
        var answer = ListItem.Flow(present.Concat(missing));
        var add = $"Add {ListItem.Join(missing)}: {key}: {answer}.";
        var finding = items is not null
            ? context.AtField(fieldRuleId, file, pointer,
                $"{NamedPath.Of(pointer)} is missing {ListItem.Join(missing)}, which this course's rubric requires ({string.Join(", ", required)}).",
                add)
            : context.AtField(fieldRuleId, file, pointer,
                $"{NamedPath.Of(pointer)} is missing {ListItem.Join(missing)}; {AllOf(required.Count)} are required: {string.Join(", ", required)}.",
                add);
        yield return finding with { Answer = new FindingAnswer(pointer, answer) };
    }

    private static string AllOf(int count) => count switch
    {
        2 => "both",
        3 => "all three",
        4 => "all four",
        5 => "all five",
        _ => $"all {count}",
    };
}
