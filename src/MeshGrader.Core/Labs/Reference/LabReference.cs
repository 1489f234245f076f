using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>A field a step scores, as a reference table shows it.</summary>
/// <param name="Key">The key inside its section, e.g. <c>traffic_split</c>.</param>
/// <param name="Accepted">What a learner may write, in Markdown code spans, e.g. "`canary` | `shadow`".</param>
internal sealed record FieldEntry(string Key, string RuleId, bool Required, string Accepted, string Title);

/// <summary>A step's section of a lab file, with the fields it scores and the checks it adds across fields.</summary>
internal sealed record StepEntry(
    StepDefinition Step, string File, string Section, string SectionRule, IReadOnlyList<FieldEntry> Fields, IReadOnlyList<CheckEntry> Checks);

/// <summary>A check the catalogue adds beyond a field's own: a scored cross-field check, a recommendation or a notice.</summary>
/// <param name="ShownWhen">When the finding appears, in Markdown code spans.</param>
internal sealed record CheckEntry(string RuleId, int Step, Severity Severity, string ShownWhen, string Title, string Why, string Hint);

/// <summary>
/// What a lab asks for, read from its catalogue and schemas alone: the source of the generated lab
/// pages and of every list of checks a user reads, so the docs cannot drift from the grader.
/// </summary>
internal static class LabReference
{
    public static IReadOnlyList<StepEntry> Steps(LabDefinition lab)
    {
        var checks = Checks(lab).Where(c => c.Severity == Severity.Error).ToArray();
        var entries = new List<StepEntry>();
        foreach (var file in lab.Files)
        {
            var schema = lab.Schema(file);
            foreach (var (section, sectionSchema) in schema.Sections)
            {
                var step = sectionSchema.Step!.Value;
                var fields = sectionSchema.PropertyNames
                    .Select(name => (name, field: sectionSchema.Property(name)!))
                    .Where(p => p.field.RuleId is not null)
                    .Select(p => new FieldEntry(
                        p.name, p.field.RuleId!, sectionSchema.Required.Contains(p.name),
                        AcceptedValues.Describe(p.field, OwnCheck(lab, file, $"/{section}/{p.name}")), p.field.Title ?? p.name))
                    .ToArray();
                entries.Add(new StepEntry(lab.Step(step), file, section, sectionSchema.RuleId ?? string.Empty, fields,
                    checks.Where(c => c.Step == step).ToArray()));
            }
        }

        return entries.OrderBy(e => e.Step.Number).ToArray();
    }

    /// <summary>The checks that introduce a rule of their own, in the order of their ids.</summary>
    public static IReadOnlyList<CheckEntry> Checks(LabDefinition lab) =>
        lab.Checks.Zip(lab.Rules)
            .SelectMany(pair => pair.Second.Introduces.Select(rule => new CheckEntry(
                rule.Id, rule.Step ?? 0, rule.Severity, CheckTriggers.Describe(pair.First, lab), rule.Title, rule.Why, rule.Hint ?? string.Empty)))
            .OrderBy(c => c.RuleId, StringComparer.Ordinal)
            .ToArray();

    // A check that refines a field's own rule (a version, a complete list) decides what the field accepts.
    internal static CheckData? OwnCheck(LabDefinition lab, string file, string pointer) => lab.Checks.FirstOrDefault(c => c switch
    {
        SemVerCheck s => s.File == file && s.Field == pointer,
        AllOfCheck a => a.File == file && a.Field == pointer,
        ContractProductCheck => file == "contract" && pointer == ContractProductRule.ProductPointer,
        _ => false,
    });

    internal static string Code(string text) => $"`{text}`";

    internal static string Name(string pointer) => Code(NamedPath.Of(pointer));
}
