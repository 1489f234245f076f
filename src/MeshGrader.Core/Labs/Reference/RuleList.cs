using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>One check as <c>meshgrade rules</c> lists it.</summary>
/// <param name="Points">What the check is worth under the default rubric: its share of its step for a required check, the whole step for a section, 0 for advice; null for an optional field, which shares its step only when written.</param>
internal sealed record RuleListEntry(string Id, int? Lab, int? Step, Severity Severity, decimal? Points, string Title);

/// <summary>Every check of the chosen labs (and the checks of no lab), read from the catalogues, with its default points.</summary>
internal static class RuleList
{
    public static IReadOnlyList<RuleListEntry> Of(IReadOnlyList<LabDefinition> labs, bool withCoreRules)
    {
        var entries = new List<RuleListEntry>();
        if (withCoreRules)
        {
            entries.AddRange(CoreRules.All.Select(r => new RuleListEntry(r.Id, null, null, r.Severity, r.Severity == Severity.Error ? null : 0m, r.Title)));
        }

        foreach (var lab in labs)
        {
            var stepShare = 100m / lab.Steps.Count;
            var points = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            foreach (var step in LabReference.Steps(lab))
            {
                var required = step.Fields.Count(f => f.Required) + step.Checks.Count;
                points[step.SectionRule] = stepShare;
                foreach (var field in step.Fields)
                {
                    points[field.RuleId] = field.Required ? stepShare / required : null;
                }

                foreach (var check in step.Checks)
                {
                    points[check.RuleId] = stepShare / required;
                }
            }

            foreach (var rule in RuleRegistry.All.Where(r => r.Lab == lab.Id))
            {
                var worth = rule.Severity == Severity.Error ? points.GetValueOrDefault(rule.Id) : 0m;
                entries.Add(new RuleListEntry(rule.Id, lab.Id, rule.Step, rule.Severity, worth, rule.Title));
            }
        }

        return entries;
    }
}
