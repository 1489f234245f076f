using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// The choice an example shows when any allowed choice would pass: the one the field's tip tells
/// the learner to write (<c>consent: explicit-opt-in</c>), else one no check of the lab remarks on,
/// the one the tip names first ("Terraform is the most widely adopted IaC tool"), so an example
/// agrees with the lab's advice.
/// </summary>
internal static class ChoicePreference
{
    public static string? Best(LabDefinition lab, string file, string pointer, FieldSchema field, IReadOnlyCollection<string> except)
    {
        var choices = field.Choices ?? field.Items?.Choices ?? [];
        var flagged = Flagged(lab, file, pointer, choices);
        var hint = field.Hint ?? string.Empty;
        var written = $"{JsonPointerText.LastSegment(pointer)}: ";
        return choices
            .Where(c => !except.Contains(c))
            .Select((choice, order) => (choice, order, named: Named(hint, choice)))
            .OrderBy(c => !hint.Contains(written + c.choice, StringComparison.Ordinal))
            .ThenBy(c => flagged.Contains(c.choice))
            .ThenBy(c => c.named < 0 ? int.MaxValue : c.named)
            .ThenBy(c => c.order)
            .Select(c => c.choice)
            .FirstOrDefault();
    }

    // Where the tip names a choice, in its own spelling or in words ("Great Expectations" for great-expectations).
    private static int Named(string hint, string choice)
    {
        var at = hint.IndexOf(choice, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? at : hint.IndexOf(choice.Replace('-', ' '), StringComparison.OrdinalIgnoreCase);
    }

    // Choices some check of the lab advises against, whatever else the submission says.
    private static HashSet<string> Flagged(LabDefinition lab, string file, string pointer, IReadOnlyList<string> choices)
    {
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in lab.Checks.Where(c => c.ReadsFile == file && c.ReadsField == pointer))
        {
            switch (check)
            {
                case ChoiceCheck { Discouraged: { } discouraged }:
                    flagged.Add(discouraged);
                    break;
                case ChoiceCheck { Recommended: { } recommended, When: null }:
                    flagged.UnionWith(choices.Where(c => c != recommended));
                    break;
                case ChoiceNoticeCheck notice:
                    flagged.UnionWith(notice.Messages.Keys);
                    break;
            }
        }

        return flagged;
    }
}
