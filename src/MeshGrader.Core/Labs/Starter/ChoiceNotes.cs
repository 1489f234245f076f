using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Labs.Reference;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>
/// What the lab says about particular choices of a field, in Markdown: the catalogue's
/// recommendations and notices on that choice, and the other spellings that count as it. An editor
/// shows the note beside the choice while the learner picks one.
/// </summary>
internal static class ChoiceNotes
{
    public static IReadOnlyDictionary<string, string> For(LabDefinition lab, string file, string pointer)
    {
        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string choice, string note)
        {
            if (!notes.TryGetValue(choice, out var list))
            {
                notes[choice] = list = [];
            }

            list.Add(note);
        }

        foreach (var check in lab.Checks)
        {
            switch (check)
            {
                case ChoiceCheck c when c.File == file && c.Field == pointer:
                    if (c.Recommended is { } recommended)
                    {
                        Add(recommended, $"Recommended{When(lab, file, c.When)}. {c.Message}");
                    }

                    if (c.Discouraged is { } discouraged)
                    {
                        Add(discouraged, $"Discouraged{When(lab, file, c.When)}. {c.Message}");
                    }

                    break;
                case ChoiceNoticeCheck n when n.File == file && n.Field == pointer:
                    foreach (var (choice, message) in n.Messages)
                    {
                        Add(choice, n.When is null ? message : $"When {Condition(lab, file, n.When)}: {message}");
                    }

                    break;
            }
        }

        var field = lab.Schema(file).SubschemaFor(pointer);
        var choices = field?.Choices is not null ? field : field?.Items;
        foreach (var spellings in (choices?.Aliases ?? new Dictionary<string, string>()).GroupBy(a => a.Value, a => a.Key))
        {
            Add(spellings.Key, $"Also accepted written as {string.Join(", ", spellings.Select(LabReference.Code))}.");
        }

        return notes.ToDictionary(n => n.Key, n => string.Join(" ", n.Value), StringComparer.Ordinal);
    }

    private static string When(LabDefinition lab, string file, ConditionData? when) =>
        when is null ? string.Empty : " when " + Condition(lab, file, when);

    // A list meets a condition when it contains the value, so the wording follows the field's shape.
    private static string Condition(LabDefinition lab, string file, ConditionData when) =>
        $"{LabReference.Name(when.Field)} {(lab.Schema(file).SubschemaFor(when.Field)?.IsList == true ? "includes" : "is")} {LabReference.Code(when.Is)}";
}
