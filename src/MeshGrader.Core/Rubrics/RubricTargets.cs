using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Rubrics;

/// <summary>A check a rubric can name: a field's own check, or a check the lab's catalogue adds.</summary>
/// <param name="Pointer">The field the check reads.</param>
/// <param name="Field">The field's schema, for a field's own check; null for a catalogue check.</param>
/// <param name="Check">The catalogue check, for a check the catalogue adds; null for a field's own check.</param>
internal sealed record RubricTarget(
    string Id, int Step, Severity Severity, string Title, string File, string Pointer, FieldSchema? Field, CheckData? Check)
{
    public bool IsNumber => Field?.Type is "number" or "integer";

    public bool IsChoice => Field?.Choices is not null;

    public bool IsListOfChoices => Field is { IsList: true, Items.Choices: not null };
}

/// <summary>Every check of a lab that a rubric may name, in the order of their ids.</summary>
internal static class RubricTargets
{
    public static IReadOnlyList<RubricTarget> Of(LabDefinition lab)
    {
        var targets = new List<RubricTarget>();
        foreach (var file in lab.Files)
        {
            foreach (var (section, sectionSchema) in lab.Schema(file).Sections)
            {
                foreach (var name in sectionSchema.PropertyNames)
                {
                    if (sectionSchema.Property(name) is { RuleId: { } id } field)
                    {
                        targets.Add(new RubricTarget(id, sectionSchema.Step!.Value, Severity.Error, field.Title ?? name, file, $"/{section}/{name}", field, null));
                    }
                }
            }
        }

        foreach (var (check, rule) in lab.Checks.Zip(lab.Rules))
        {
            foreach (var introduced in rule.Introduces)
            {
                targets.Add(new RubricTarget(
                    introduced.Id, introduced.Step ?? 0, introduced.Severity, introduced.Title, check.ReadsFile, check.ReadsField, null, check));
            }
        }

        return targets.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
    }
}
