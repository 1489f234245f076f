namespace MeshGrader.Core.Schemas;

/// <summary>
/// The annotation keywords MeshGrader's schemas carry besides standard JSON Schema. Validators
/// ignore them; the grader reads them. A test keeps schemas to these plus the verified keywords.
/// </summary>
internal static class SchemaAnnotations
{
    /// <summary>The stable rule id of a section or field.</summary>
    public const string Rule = "x-rule";

    /// <summary>The lab step a top-level section belongs to.</summary>
    public const string Step = "x-step";

    /// <summary>The lab's tip, shown beneath a finding.</summary>
    public const string Hint = "x-hint";

    /// <summary>A value to show in "write this instead" hints.</summary>
    public const string Example = "x-example";

    /// <summary>Other accepted spellings of a choice, mapped to the canonical one.</summary>
    public const string Aliases = "x-aliases";

    /// <summary>The name of the form a pattern enforces (e.g. kebab-case), for messages and suggestions.</summary>
    public const string PatternName = "x-pattern-name";

    /// <summary>The names the lab's screens give a field, besides its title, so a key written as a label gets "did you mean".</summary>
    public const string Labels = "x-labels";

    /// <summary>
    /// What a number measures, when a learner could write it in another form: <c>percent</c> (95
    /// means 95%) or <c>fraction</c> (0.15 means 15%). A number in the other form is explained, with
    /// the value to write.
    /// </summary>
    public const string Unit = "x-unit";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Rule, Step, Hint, Example, Aliases, PatternName, Labels, Unit,
    };

    /// <summary>Standard keywords that only describe and never validate.</summary>
    public static IReadOnlySet<string> Descriptive { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "title", "description", "examples", "default",
    };
}
