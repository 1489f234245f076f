using System.Text;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>What <c>meshgrade explain</c> says about one rule, read from the catalogues and schemas.</summary>
/// <param name="Looks">What the rule reads, e.g. "contract.yaml: `contract.quality_threshold`"; null for a rule of no field.</param>
/// <param name="Accepts">What the field accepts, for a field's own rule (Markdown code spans); null otherwise.</param>
/// <param name="ShownWhen">When the finding appears (Markdown code spans).</param>
/// <param name="Failing">A submission that gets the finding; null with <paramref name="NoExamples"/>.</param>
/// <param name="Passing">The same submission without it; null with <paramref name="NoExamples"/>.</param>
/// <param name="NoExamples">Why the rule has no examples a page can show (a file's bytes, a folder's shape).</param>
internal sealed record RuleExplanation(
    RuleDescriptor Rule,
    string? Looks,
    string? Accepts,
    string ShownWhen,
    RuleExample? Failing,
    RuleExample? Passing,
    string? NoExamples = null)
{
    /// <summary>The other rules on the same field: its own rule and the checks that refine it (a recommended range, a notice).</summary>
    public IReadOnlyList<RuleDescriptor> Related { get; init; } = [];
}

/// <summary>One value an example writes: a key of a lab file (<c>/section/key</c>, or <c>/section</c>) set to YAML text.</summary>
/// <param name="File">The lab file's base name, e.g. <c>contract</c>.</param>
/// <param name="Yaml">The value as the learner writes it after the colon; empty for a key with no value.</param>
internal sealed record ExampleSetting(string File, string Pointer, string Yaml);

/// <summary>
/// An example submission: the complete answers with <see cref="Settings"/> written over them, or
/// with one file's whole text replaced (<see cref="WholeFile"/>) for a rule about the file itself.
/// </summary>
internal sealed record RuleExample(IReadOnlyList<ExampleSetting> Settings, ExampleFileText? WholeFile = null)
{
    public static RuleExample Of(params ExampleSetting[] settings) => new(settings);

    /// <summary>What a page shows: per file, the settings in their sections as YAML, or the whole file's text.</summary>
    public IReadOnlyList<(string File, string Yaml)> Snippets()
    {
        if (WholeFile is { } whole)
        {
            return [(whole.File + ".yaml", whole.Text)];
        }

        return Settings.GroupBy(s => s.File).Select(file => (file.Key + ".yaml", Snippet(file))).ToArray();
    }

    private static string Snippet(IEnumerable<ExampleSetting> settings)
    {
        var text = new StringBuilder();
        foreach (var section in settings.GroupBy(s => JsonPointerText.Segments(s.Pointer)[0]))
        {
            var keys = section.Where(s => JsonPointerText.Segments(s.Pointer).Count > 1).ToArray();
            if (keys.Length == 0)
            {
                text.Append(section.Key).Append(':').Append(Value(section.First().Yaml)).Append('\n');
                continue;
            }

            text.Append(section.Key).Append(":\n");
            foreach (var key in keys)
            {
                text.Append("  ").Append(JsonPointerText.LastSegment(key.Pointer)).Append(':').Append(Value(key.Yaml)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Value(string yaml) => yaml.Length == 0 ? string.Empty : " " + yaml;
}

/// <summary>A lab file's whole text, for a rule about the file rather than one of its values.</summary>
/// <param name="File">The lab file's base name, e.g. <c>contract</c>.</param>
internal sealed record ExampleFileText(string File, string Text);
