using System.Text.Json;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Rules;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Catalogue;

/// <summary>Reads lab catalogues (<c>*.lab.json</c>) into lab definitions: the embedded ones, or those in a folder.</summary>
internal static class LabCatalogueReader
{
    private const string Suffix = ".lab.json";

    /// <summary>The catalogues compiled into the engine (labs/*.lab.json), by lab id.</summary>
    public static IReadOnlyList<LabDefinition> Embedded()
    {
        return EmbeddedResources.Names("labs/", Suffix)
            .Select(n => Read(EmbeddedResources.ReadText(n), n, SchemaSource.Embedded))
            .OrderBy(l => l.Id).ToArray();
    }

    /// <summary>
    /// The catalogues in a folder, each lab file's schema beside them (<c>FILE.schema.json</c>):
    /// a lab defined by data alone, graded by the same engine.
    /// </summary>
    public static IReadOnlyList<LabDefinition> FromFolder(string folder)
    {
        // The folder is read like a submission: through its containment, so no link leads out of it.
        var files = SubmissionFiles.Open(folder);
        var schemas = SchemaSource.InFolder(files);
        return files.Names.Where(n => n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(name =>
            {
                string text;
                try
                {
                    text = files.ReadText(name, SchemaSource.MaxSchemaBytes);
                }
                catch (InvalidDataException ex)
                {
                    throw new LabCatalogueException(ex.Message);
                }

                return Read(text, name, schemas);
            })
            .OrderBy(l => l.Id).ToArray();
    }

    public static LabDefinition Read(string json, string name, SchemaSource schemas)
    {
        LabData data;
        try
        {
            data = JsonSerializer.Deserialize(json, LabDataJson.Default.LabData)
                ?? throw new LabCatalogueException($"{name} is empty.");
        }
        catch (JsonException ex)
        {
            throw new LabCatalogueException($"{name} is not a valid lab catalogue: {ex.Message}");
        }

        var rules = data.Checks.Select(c => c.Build(data.Id)).ToArray();
        Check(data, rules, name);
        return new LabDefinition(
            data.Id, data.Slug, data.Title, data.Console, data.Completion, data.Files,
            data.Steps.Select(s => new StepDefinition(s.Number, s.Title)).ToArray(),
            rules)
        {
            Schemas = schemas,
            Checks = data.Checks,
        };
    }

    // What the format's types cannot say: references between the parts of one catalogue.
    private static void Check(LabData data, IReadOnlyList<ISemanticRule> rules, string name)
    {
        var steps = data.Steps.Select(s => s.Number).ToHashSet();
        foreach (var rule in rules.SelectMany(r => r.Introduces))
        {
            if (rule.Step is { } step && !steps.Contains(step))
            {
                throw new LabCatalogueException($"{name}: rule {rule.Id} belongs to step {step}, which the lab does not have.");
            }
        }

        foreach (var file in data.Checks.Select(c => c.ReadsFile))
        {
            if (!data.Files.Contains(file, StringComparer.Ordinal))
            {
                throw new LabCatalogueException($"{name}: a check reads '{file}', which is not one of the lab's files ({string.Join(", ", data.Files)}).");
            }
        }
    }
}

/// <summary>A lab catalogue that cannot be used; the message says which and why.</summary>
internal sealed class LabCatalogueException(string message) : Exception(message);
