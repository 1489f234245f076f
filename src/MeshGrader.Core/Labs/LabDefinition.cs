using MeshGrader.Core.Rules;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs;

internal sealed record StepDefinition(int Number, string Title);

/// <summary>
/// A lab, as its catalogue (<c>labs/*.lab.json</c>) describes it: its files (each with a schema of
/// the same base name), its steps, and its checks built from the catalogue's check kinds.
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
    /// <summary>Where the schemas of the lab's files come from.</summary>
    public SchemaSource Schemas { get; init; } = SchemaSource.Embedded;

    /// <summary>The checks as the catalogue writes them, for what describes the lab (the generated docs, <c>rules</c>).</summary>
    public IReadOnlyList<Catalogue.CheckData> Checks { get; init; } = [];

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

    /// <summary>
    /// The lists of one file that must hold certain items (the "all of" checks), by pointer, with
    /// those items: the schema's findings on such a list name the items missing as well.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CompleteLists(string file) =>
        Rules.OfType<Rules.Semantic.RequireAllItemsRule>().Where(r => r.File == file)
            .GroupBy(r => r.Pointer, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.SelectMany(r => r.RequiredItems(Schema(file))).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    /// <summary>The schema of one of the lab's files, by base name.</summary>
    public LabFileSchema Schema(string file) => Schemas.Get(file);
}
