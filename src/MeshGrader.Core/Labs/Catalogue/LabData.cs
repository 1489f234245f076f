using System.Text.Json.Serialization;

namespace MeshGrader.Core.Labs.Catalogue;

/// <summary>
/// A lab's catalogue as written in <c>labs/*.lab.json</c>: what the lab is called, its files and
/// steps, and its checks, each an instance of a check kind with its settings. The JSON Schema of
/// this format is <c>labs/lab.schema.json</c>.
/// </summary>
/// <param name="Console">The name the text report gives the lab's console, e.g. "MLOps Control Center".</param>
/// <param name="Completion">The line the text report prints when every step is complete.</param>
/// <param name="Files">The lab files by base name (domain for domain.yaml), each with a schema of that name.</param>
/// <param name="Schema">The catalogue format's JSON Schema, for editors; the grader does not read it.</param>
internal sealed record LabData(
    int Id,
    string Slug,
    string Title,
    string Console,
    string Completion,
    IReadOnlyList<string> Files,
    IReadOnlyList<StepData> Steps,
    IReadOnlyList<CheckData> Checks,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record StepData(int Number, string Title);

/// <summary>A rule a check introduces: its id, what it is, why it exists and what to write instead.</summary>
internal sealed record RuleData(string Id, string Title, RuleSeverity Severity, int Step, string Why, string Hint);

[JsonConverter(typeof(JsonStringEnumConverter<RuleSeverity>))]
internal enum RuleSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>"When this choice is made": the field, the value it must hold (or a list must contain).</summary>
/// <param name="DespiteErrors">Hold even when the field has an error (for a required check that must not wait for another mistake).</param>
internal sealed record ConditionData(string Field, string Is, bool DespiteErrors = false);
