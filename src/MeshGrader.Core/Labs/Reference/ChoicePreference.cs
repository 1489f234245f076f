using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// The choice an example shows when any allowed choice would pass: one no check of the lab warns
/// about, and among those the one the field's tip names first ("Terraform is the most widely
/// adopted IaC tool"), so an example agrees with the lab's advice.
/// </summary>
internal static class ChoicePreference
{
    public static string? Best(LabDefinition lab, string file, string pointer, FieldSchema field, IReadOnlyCollection<string> except)
    {
        var choices = field.Choices ?? field.Items?.Choices ?? [];
        var flagged = Flagged(lab, file, pointer, choices);
        var hint = field.Hint ?? string.Empty;
        return choices
            .Where(c => !except.Contains(c))
            .Select((choice, order) => (choice, order, named: hint.IndexOf(choice, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => flagged.Contains(c.choice))
            .ThenBy(c => c.named < 0 ? int.MaxValue : c.named)
            .ThenBy(c => c.order)
            .Select(c => c.choice)
            .FirstOrDefault();
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
