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
    string? Hint);
