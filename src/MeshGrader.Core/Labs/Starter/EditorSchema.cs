using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>
/// A lab file's schema as an editor wants it: the grader's own schema, unchanged in what it
/// accepts, with the annotations the YAML language server shows while a learner types:
/// <c>examples</c> (from <c>x-example</c>), a <c>markdownDescription</c> that says what the key
/// means, what it accepts and the lab's tip, and a description for each choice
/// (<c>enumDescriptions</c>, <c>markdownEnumDescriptions</c>). Only annotation keywords are added,
/// so every validator accepts exactly the documents it accepted before.
/// </summary>
internal static class EditorSchema
{
    /// <summary>The annotation keywords this adds; none of them validates.</summary>
    public static IReadOnlySet<string> AddedKeywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "examples", "markdownDescription", "enumDescriptions", "markdownEnumDescriptions",
    };

    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The name the schema of a lab file has on disk, e.g. <c>domain.schema.json</c>.</summary>
    public static string FileName(string labFile) => labFile + ".schema.json";

    /// <summary>The enriched schema of one of the lab's files, as indented JSON ending with a newline.</summary>
    public static string Text(LabDefinition lab, string labFile)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            Build(lab, labFile).WriteTo(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The enriched schema of one of the lab's files.</summary>
    public static JsonObject Build(LabDefinition lab, string labFile)
    {
        var document = JsonNode.Parse(EmbeddedSchemas.ReadText(labFile))!.AsObject();
        var steps = LabReference.Steps(lab).Where(s => s.File == labFile).ToDictionary(s => s.Section, StringComparer.Ordinal);
        if (document["properties"] is not JsonObject sections)
        {
            return document;
        }

        foreach (var (section, node) in sections)
        {
            if (node is not JsonObject sectionNode || !steps.TryGetValue(section, out var step))
            {
                continue;
            }

            sectionNode["markdownDescription"] = $"**{step.Step.Title}** (Step {step.Step.Number}, `{section}`)\n\n{(string?)sectionNode["description"]}";
            if (sectionNode["properties"] is not JsonObject fields)
            {
                continue;
            }

            foreach (var entry in step.Fields)
            {
                if (fields[entry.Key] is JsonObject fieldNode)
                {
                    Enrich(fieldNode, new FieldSchema(fieldNode), entry, ChoiceNotes.For(lab, labFile, $"/{section}/{entry.Key}"));
                }
            }
        }

        return document;
    }

    /// <summary>What an editor shows for a field: its title, rule, meaning, accepted values and the lab's tip, in Markdown.</summary>
    internal static string Describe(FieldSchema field, FieldEntry entry)
    {
        var text = new StringBuilder($"**{entry.Title}** ({entry.RuleId}, {(entry.Required ? "required" : "optional")})");
        text.Append("\n\n").Append(field.Description);
        text.Append("\n\nAccepts: ").Append(entry.Accepted);
        if (field.Hint is { } hint)
        {
            text.Append("\n\nTip: ").Append(hint);
        }

        return text.ToString();
    }

    private static void Enrich(JsonObject node, FieldSchema field, FieldEntry entry, IReadOnlyDictionary<string, string> notes)
    {
        node["markdownDescription"] = Describe(field, entry);
        if (node[SchemaAnnotations.Example] is JsonValue example && ExampleValue((string)example!) is { } value)
        {
            node["examples"] = new JsonArray(value);
        }

        // A list of choices describes its items' choices, where the editor offers them.
        var choices = node["enum"] is JsonArray ? node : node["items"] is JsonObject items && items["enum"] is JsonArray ? items : null;
        if (choices is not null)
        {
            var names = ((JsonArray)choices["enum"]!).Select(c => c!.ToString()).ToArray();
            var described = names.Select(c => notes.GetValueOrDefault(c) is { } note ? $"{c}: {note}" : $"{entry.Title}: {c}.").ToArray();
            choices["enumDescriptions"] = new JsonArray(described.Select(d => (JsonNode)JsonValue.Create(Plain(d))!).ToArray());
            choices["markdownEnumDescriptions"] = new JsonArray(described.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray());
        }
    }

    /// <summary>
    /// The value an <c>x-example</c> (YAML text, e.g. <c>[crm, erp]</c> or <c>"1.0.0"</c>) stands
    /// for, read by the grader's own loader so the example means what it means in a lab file.
    /// </summary>
    public static JsonNode? ExampleValue(string yaml)
    {
        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText("value: " + yaml, "example");
        if (loaded.Root is null || loaded.Findings.Count > 0)
        {
            return null;
        }

        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("example", loaded.Root);
        return instance?.Value is JsonObject wrapper ? wrapper["value"]?.DeepClone() : null;
    }

    private static string Plain(string markdown) => markdown.Replace("`", string.Empty, StringComparison.Ordinal);
}
