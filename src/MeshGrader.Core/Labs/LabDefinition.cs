using MeshGrader.Core.Rules;

namespace MeshGrader.Core.Labs;

internal sealed record StepDefinition(int Number, string Title);

/// <summary>
/// A lab as data: its files (each with an embedded schema of the same base name), its steps, and
/// the semantic rules that do what a schema cannot. Adding a lab means adding one of these.
/// </summary>
internal sealed record LabDefinition(
    int Id,
    string Slug,
    string Title,
    string ConsoleName,
    string CompletionLine,
    IReadOnlyList<string> Files,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<ISemanticRule> Rules)
{
    /// <summary>
    /// The scored checks the lab's rules add to each step (the errors they introduce), worked out
    /// once: every submission's scoring asks for them.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> RuleChecksByStep { get; } = Rules.SelectMany(r => r.Introduces)
        .Where(r => r.Step is not null && r.Severity == Findings.Severity.Error)
        .GroupBy(r => r.Step!.Value)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Id).ToArray());

    public StepDefinition Step(int number) => Steps.First(s => s.Number == number);

    public IReadOnlyList<string> RuleChecks(int step) => RuleChecksByStep.GetValueOrDefault(step) ?? [];
}
