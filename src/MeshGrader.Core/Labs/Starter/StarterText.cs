using System.Text;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>
/// The starter of a lab file: every key of every section, each under a comment that says what it
/// means, what it accepts and the lab's tip, with its value left empty for the learner. An empty
/// value fails its check, so the untouched starter earns nothing until it is filled in. The first
/// line points the YAML language server at the schema <see cref="StarterFiles"/> writes beside it.
/// </summary>
internal static class StarterText
{
    /// <summary>Where the schemas go, relative to the starter files, with '/'.</summary>
    public const string SchemaFolder = ".meshgrade/schemas";

    private const int Width = 100;

    /// <summary>The modeline that names the schema of a lab file, relative to the file.</summary>
    public static string Modeline(string labFile) => $"# yaml-language-server: $schema={SchemaFolder}/{EditorSchema.FileName(labFile)}";

    public static string For(LabDefinition lab, string labFile)
    {
        var schema = lab.Schema(labFile);
        var steps = LabReference.Steps(lab).Where(s => s.File == labFile).ToDictionary(s => s.Section, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append(Modeline(labFile)).Append('\n');
        Comment(text, string.Empty, $"{schema.Root.Title ?? $"Lab {lab.Id} {lab.Title}: {labFile}.yaml"}.");
        Comment(text, string.Empty, Instructions(lab));
        foreach (var (section, sectionSchema) in schema.Sections)
        {
            text.Append('\n');
            var step = steps[section];
            Comment(text, string.Empty, $"Step {step.Step.Number}: {step.Step.Title}. {sectionSchema.Description}");
            text.Append(section).Append(":\n");
            foreach (var field in step.Fields)
            {
                var fieldSchema = sectionSchema.Property(field.Key)!;
                Heading(text, "  ", field, fieldSchema);
                Comment(text, "  ", $"Accepts: {Plain(field.Accepted)}.");
                if (ShownExample(field, fieldSchema) is { } example)
                {
                    Comment(text, "  ", $"Example: {example}");
                }

                Tip(text, "  ", fieldSchema);
                text.Append("  ").Append(field.Key).Append(":\n");
            }
        }

        return text.ToString();
    }

    /// <summary>What to do with the starter and how to grade it, the same for every form of a lab file.</summary>
    internal static string Instructions(LabDefinition lab) =>
        "Write each value after the colon of its key, as the comment above the key says; leave the keys as they are. "
        + $"Then grade the file: meshgrade check --lab {lab.Slug} (add --watch to grade again on every save); "
        + "meshgrade explain RULE says more about a check, e.g. the RULE in parentheses below.";

    /// <summary>A field's first comment line: its title, its rule, whether it is required, and what it means.</summary>
    internal static void Heading(StringBuilder text, string indent, FieldEntry field, FieldSchema schema) =>
        Comment(text, indent, $"{field.Title} ({field.RuleId}, {(field.Required ? "required" : "optional: fill it in or delete the line")}). {schema.Description}");

    internal static void Tip(StringBuilder text, string indent, FieldSchema schema)
    {
        if (schema.Hint is { } hint)
        {
            Comment(text, indent, $"Tip: {hint}");
        }
    }

    /// <summary>The example a comment shows, unless the accepted values already show it or there is one value only.</summary>
    internal static string? ShownExample(FieldEntry field, FieldSchema schema) =>
        schema.Example is { } example && schema.Const is null && !field.Accepted.Contains(LabReference.Code(example), StringComparison.Ordinal) ? example : null;

    // The reference's wording marks values as Markdown code; in a YAML comment the marks are noise.
    internal static string Plain(string markdown) => markdown.Replace("`", string.Empty, StringComparison.Ordinal);

    /// <summary>Appends a comment, wrapped at <see cref="Width"/> columns, continued lines indented under the first.</summary>
    internal static void Comment(StringBuilder text, string indent, string comment)
    {
        var line = new StringBuilder(indent + "#");
        var first = true;
        foreach (var word in comment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(indent).Append("#  ");
            }

            line.Append(' ').Append(word);
            first = false;
        }

        text.Append(line).Append('\n');
    }
}
