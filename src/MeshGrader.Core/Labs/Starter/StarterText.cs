using System.Text;
using MeshGrader.Core.Labs.Reference;

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
        Comment(text, string.Empty, "Write each value after the colon of its key, as the comment above the key says; leave the keys as they are. "
            + $"Then grade the file: meshgrade check --lab {lab.Slug} (add --watch to grade again on every save); "
            + "meshgrade explain RULE says more about a check, e.g. the RULE in parentheses below.");
        foreach (var (section, sectionSchema) in schema.Sections)
        {
            text.Append('\n');
            var step = steps[section];
            Comment(text, string.Empty, $"Step {step.Step.Number}: {step.Step.Title}. {sectionSchema.Description}");
            text.Append(section).Append(":\n");
            foreach (var field in step.Fields)
            {
                var fieldSchema = sectionSchema.Property(field.Key)!;
                Comment(text, "  ", $"{field.Title} ({field.RuleId}, {(field.Required ? "required" : "optional: fill it in or delete the line")}). {fieldSchema.Description}");
                Comment(text, "  ", $"Accepts: {Plain(field.Accepted)}.");
                if (fieldSchema.Example is { } example && fieldSchema.Const is null && !field.Accepted.Contains(LabReference.Code(example), StringComparison.Ordinal))
                {
                    Comment(text, "  ", $"Example: {example}");
                }

                if (fieldSchema.Hint is { } hint)
                {
                    Comment(text, "  ", $"Tip: {hint}");
                }

                text.Append("  ").Append(field.Key).Append(":\n");
            }
        }

        return text.ToString();
    }

    // The reference's wording marks values as Markdown code; in a YAML comment the marks are noise.
    private static string Plain(string markdown) => markdown.Replace("`", string.Empty, StringComparison.Ordinal);

    /// <summary>Appends a comment, wrapped at <see cref="Width"/> columns, continued lines indented under the first.</summary>
    private static void Comment(StringBuilder text, string indent, string comment)
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
