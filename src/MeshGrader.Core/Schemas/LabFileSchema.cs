using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// One lab file's schema: compiled once for validation, and kept as JSON for the annotations and
/// the lookups that turn validator output into the learner's terms. Immutable, so one instance
/// serves every submission graded in parallel.
/// </summary>
internal sealed class LabFileSchema
{
    private LabFileSchema(string fileName, string text)
    {
        FileName = fileName;
        var document = JsonNode.Parse(text)!.AsObject();
        Root = new FieldSchema(document);
        Validator = SchemaValidator.Compile(document);
        Sections = Root.PropertyNames.Select(name => (name, Root.Property(name)!)).Where(s => s.Item2.Step is not null).ToArray();
    }

    /// <summary>The file's base name, e.g. <c>domain</c> for domain.yaml.</summary>
    public string FileName { get; }

    public FieldSchema Root { get; }

    public SchemaValidator Validator { get; }

    public static LabFileSchema Load(string fileName, string text) => new(fileName, text);

    /// <summary>The top-level sections, each with its step.</summary>
    public IReadOnlyList<(string Section, FieldSchema Schema)> Sections { get; }

    /// <summary>The subschema that governs an instance location, following properties and items.</summary>
    public FieldSchema? SubschemaFor(string instancePointer)
    {
        FieldSchema? current = Root;
        foreach (var segment in JsonPointerText.Segments(instancePointer))
        {
            if (current is null)
            {
                return null;
            }

            current = current.Property(segment) ?? (int.TryParse(segment, out _) ? current.Items : null);
        }

        return current;
    }

    /// <summary>The nearest subschema at or above the location that carries a rule id.</summary>
    public (FieldSchema Field, string Pointer)? FieldFor(string instancePointer)
    {
        var pointer = instancePointer;
        while (true)
        {
            if (SubschemaFor(pointer) is { RuleId: not null } field)
            {
                return (field, pointer);
            }

            if (pointer.Length == 0)
            {
                return null;
            }

            pointer = JsonPointerText.Parent(pointer);
        }
    }

    public int? StepOf(string instancePointer)
    {
        var segments = JsonPointerText.Segments(instancePointer);
        return segments.Count == 0 ? null : Root.Property(segments[0])?.Step;
    }

    /// <summary>Every rule the schema defines: one per section and one per field.</summary>
    public IEnumerable<RuleDescriptor> Rules(int lab)
    {
        foreach (var (section, schema) in Sections)
        {
            yield return Describe(schema, lab, schema.Step, $"Section '{section}'");
            foreach (var field in schema.PropertyNames)
            {
                if (schema.Property(field) is { RuleId: not null } child)
                {
                    yield return Describe(child, lab, schema.Step, $"{section}.{field}");
                }
            }
        }
    }

    /// <summary>
    /// The scored checks of one step: one per required field of its section, and one per optional
    /// field the learner wrote (an optional field left out is not a check, so it earns no credit).
    /// </summary>
    public IEnumerable<string> FieldChecks(string section, JsonNode? document)
    {
        if (Root.Property(section) is not { } schema)
        {
            return [];
        }

        var written = document is JsonObject root && root[section] is JsonObject values ? values : null;
        return schema.PropertyNames
            .Where(name => schema.Required.Contains(name) || written?.ContainsKey(name) == true)
            .Select(name => schema.Property(name)!.RuleId).OfType<string>();
    }

    /// <summary>Every keyword the value fails; none for a valid file, found without building any report.</summary>
    public IReadOnlyList<SchemaViolation> Evaluate(JsonNode? instance) =>
        Validator.IsValid(instance) ? [] : Validator.Violations(instance);

    private static RuleDescriptor Describe(FieldSchema schema, int lab, int? step, string fallbackTitle) =>
        new(schema.RuleId!, schema.Title ?? fallbackTitle, Severity.Error, lab, step, schema.Description ?? fallbackTitle, schema.Hint);
}
