using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs;

/// <summary>
/// Every rule id in one place: the core rules, the field rules the schemas define, and the rules
/// semantic checks introduce. Output formats (SARIF rules, docs) read descriptions from here.
/// </summary>
internal static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleDescriptor>> Rules = new(Build);

    public static IReadOnlyCollection<RuleDescriptor> All => (IReadOnlyCollection<RuleDescriptor>)Rules.Value.Values;

    public static RuleDescriptor? Find(string id) => Rules.Value.GetValueOrDefault(id);

    private static IReadOnlyDictionary<string, RuleDescriptor> Build()
    {
        var rules = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        void Add(RuleDescriptor rule)
        {
            if (!rules.TryAdd(rule.Id, rule))
            {
                throw new InvalidOperationException($"Rule id {rule.Id} is defined twice.");
            }
        }

        foreach (var rule in CoreRules.All)
        {
            Add(rule);
        }

        foreach (var lab in LabCatalog.All)
        {
            foreach (var file in lab.Files)
            {
                foreach (var rule in lab.Schema(file).Rules(lab.Id))
                {
                    Add(rule);
                }
            }

            foreach (var rule in lab.Rules.SelectMany(r => r.Introduces))
            {
                Add(rule);
            }
        }

        return rules;
    }
}
