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
    public StepDefinition Step(int number) => Steps.First(s => s.Number == number);
}
