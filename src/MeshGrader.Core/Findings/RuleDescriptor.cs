namespace MeshGrader.Core.Findings;

/// <summary>What a rule is: the registry's entry, shared by every output format.</summary>
/// <param name="Why">The reason the rule exists, in the learner's terms (SARIF fullDescription, docs).</param>
internal sealed record RuleDescriptor(
    string Id,
    string Title,
    Severity Severity,
    int? Lab,
    int? Step,
    string Why,
    string? Hint)
{
    /// <summary>A recommendation of a lab: a warning that costs nothing by default.</summary>
    public static RuleDescriptor Warning(int lab, string id, string title, int step, string why, string hint) =>
        new(id, title, Severity.Warning, lab, step, why, hint);

    /// <summary>A notice of a lab: current practice or the real rule behind a tip, free.</summary>
    public static RuleDescriptor Notice(int lab, string id, string title, int step, string why, string hint) =>
        new(id, title, Severity.Info, lab, step, why, hint);
}
