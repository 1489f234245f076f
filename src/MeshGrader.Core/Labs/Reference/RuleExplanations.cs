using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// The explanation of every rule of <see cref="RuleRegistry"/>: a section's, a field's (from its
/// schema), a check's (from its catalogue settings) or a rule of no lab (<see cref="CoreRuleExamples"/>).
/// </summary>
internal static class RuleExplanations
{
    public static RuleExplanation? For(string ruleId) => RuleRegistry.Find(ruleId) is { } rule ? Explain(rule) : null;

    public static IReadOnlyList<RuleExplanation> All() => RuleRegistry.All.Select(Explain).ToArray();

    private static RuleExplanation Explain(RuleDescriptor rule)
    {
        if (rule.Lab is not { } labId)
        {
            return CoreRuleExamples.Explain(rule);
        }

        var lab = LabCatalog.Get(labId);
        var explanation = ExplainInLab(rule, lab);
        return explanation with { Related = Related(rule, lab) };
    }

    // The rules that read the same field: a field's rule and the catalogue checks on it.
    private static IReadOnlyList<RuleDescriptor> Related(RuleDescriptor rule, LabDefinition lab)
    {
        var fields = new List<(string File, string Pointer, RuleDescriptor Rule)>();
        foreach (var file in lab.Files)
        {
            foreach (var (section, schema) in lab.Schema(file).Sections)
            {
                foreach (var key in schema.PropertyNames)
                {
                    if (schema.Property(key)?.RuleId is { } id && RuleRegistry.Find(id) is { } own)
                    {
                        fields.Add((file, $"/{section}/{key}", own));
                    }
                }
            }
        }

        foreach (var (check, semantic) in lab.Checks.Zip(lab.Rules))
        {
            fields.AddRange(semantic.Introduces.Select(r => (check.ReadsFile, check.ReadsField, r)));
        }

        var read = fields.Where(f => f.Rule.Id == rule.Id).Select(f => (f.File, f.Pointer)).ToHashSet();
        return fields.Where(f => read.Contains((f.File, f.Pointer)) && f.Rule.Id != rule.Id)
            .Select(f => f.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    private static RuleExplanation ExplainInLab(RuleDescriptor rule, LabDefinition lab)
    {
        foreach (var (check, semantic) in lab.Checks.Zip(lab.Rules))
        {
            if (semantic.Introduces.Any(r => r.Id == rule.Id))
            {
                var (failing, passing) = CheckExamples.For(check, lab);
                return new RuleExplanation(rule, Looks(lab, check), null, CheckTriggers.Describe(check, lab), failing, passing);
            }
        }

        foreach (var file in lab.Files)
        {
            foreach (var (section, schema) in lab.Schema(file).Sections)
            {
                if (schema.RuleId == rule.Id)
                {
                    return Section(rule, lab, file, section, schema);
                }

                foreach (var key in schema.PropertyNames)
                {
                    if (schema.Property(key) is { } field && field.RuleId == rule.Id)
                    {
                        return Field(rule, lab, file, $"/{section}/{key}", field, schema.Required.Contains(key));
                    }
                }
            }
        }

        return new RuleExplanation(rule, null, null, rule.Title, null, null, "The rule is not found in its lab's catalogue or schemas.");
    }

    private static RuleExplanation Section(RuleDescriptor rule, LabDefinition lab, string file, string section, FieldSchema schema)
    {
        var fields = schema.PropertyNames.Where(schema.Required.Contains)
            .Select(key => (pointer: $"/{section}/{key}", value: FieldExamples.Passing(lab, file, $"/{section}/{key}", schema.Property(key)!)))
            .Where(f => f.value is not null)
            .Select(f => new ExampleSetting(file, f.pointer, f.value!))
            .ToArray();
        return new RuleExplanation(rule, $"{file}.yaml: the section {LabReference.Code(section)}", null,
            $"the section {LabReference.Code(section)} is missing, holds no settings, or is not a mapping of its settings",
            RuleExample.Of(new ExampleSetting(file, $"/{section}", string.Empty)), new RuleExample(fields));
    }

    private static RuleExplanation Field(RuleDescriptor rule, LabDefinition lab, string file, string pointer, FieldSchema field, bool required)
    {
        var own = LabReference.OwnCheck(lab, file, pointer);
        var accepts = AcceptedValues.Describe(field, own);
        var shown = required
            ? $"{LabReference.Name(pointer)} is missing or is not what it accepts"
            : $"{LabReference.Name(pointer)} is written (it is optional) and is not what it accepts";
        if (own is ContractProductCheck)
        {
            return new RuleExplanation(rule, Looks(lab, own), accepts, $"{shown}, or {CheckTriggers.Describe(own, lab)}", ProductExample(lab, near: true), ProductExample(lab, near: false));
        }

        var failing = FieldExamples.Failing(field, own);
        var passing = FieldExamples.Passing(lab, file, pointer, field);
        return new RuleExplanation(rule, $"{file}.yaml: {LabReference.Name(pointer)}", accepts, shown,
            failing is null ? null : RuleExample.Of(new ExampleSetting(file, pointer, failing)),
            passing is null ? null : RuleExample.Of(new ExampleSetting(file, pointer, passing)));
    }

    // The contract names the product domain.yaml defines, or a near miss of it.
    private static RuleExample? ProductExample(LabDefinition lab, bool near)
    {
        if (lab.Schema("domain").SubschemaFor(ContractProductRule.DomainProductPointer)?.Example is not { } product)
        {
            return null;
        }

        var named = near ? (product.Contains('_', StringComparison.Ordinal) ? product.Replace('_', '-') : product + "-v2") : product;
        return RuleExample.Of(
            new ExampleSetting("domain", ContractProductRule.DomainProductPointer, ExampleValues.Text(product)),
            new ExampleSetting("contract", ContractProductRule.ProductPointer, ExampleValues.Text(named)));
    }

    private static string Looks(LabDefinition lab, CheckData check)
    {
        var looks = $"{check.ReadsFile}.yaml: {LabReference.Name(check.ReadsField)}";
        var condition = check switch
        {
            NumberRecommendationCheck { When: { } when } => when,
            NumberNoticeCheck { When: { } when } => when,
            ChoiceCheck { When: { } when } => when,
            ChoiceNoticeCheck { When: { } when } => when,
            WhenChoiceNoticeCheck w => w.When,
            _ => null,
        };
        return check switch
        {
            ContractProductCheck => $"{looks}, beside {LabReference.Name(ContractProductRule.DomainProductPointer)} in domain.yaml",
            _ when condition is not null => $"{looks}, when {LabReference.Name(condition.Field)} {(lab.Schema(check.ReadsFile).SubschemaFor(condition.Field)?.IsList == true ? "includes" : "is")} {LabReference.Code(condition.Is)}",
            _ => looks,
        };
    }
}
