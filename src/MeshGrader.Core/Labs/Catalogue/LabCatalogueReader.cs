using System.Reflection;
using System.Text.Json;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Catalogue;

/// <summary>Reads lab catalogues (<c>*.lab.json</c>) into lab definitions: the embedded ones, or those in a folder.</summary>
internal static class LabCatalogueReader
{
    private const string Suffix = ".lab.json";

    /// <summary>The catalogues compiled into the engine (labs/*.lab.json), by lab id.</summary>
    public static IReadOnlyList<LabDefinition> Embedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("labs/", StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return Read(stream, n, SchemaSource.Embedded);
            })
            .OrderBy(l => l.Id).ToArray();
    }

    /// <summary>
    /// The catalogues in a folder, each lab file's schema beside them (<c>FILE.schema.json</c>):
    /// a lab defined by data alone, graded by the same engine.
    /// </summary>
    public static IReadOnlyList<LabDefinition> FromFolder(string folder)
    {
        var schemas = SchemaSource.InFolder(folder);
        return Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal)
            .Select(path =>
            {
                using var stream = File.OpenRead(path);
                return Read(stream, Path.GetFileName(path), schemas);
            })
            .OrderBy(l => l.Id).ToArray();
    }

    public static LabDefinition Read(Stream json, string name, SchemaSource schemas)
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

        Check(data, name);
        return new LabDefinition(
            data.Id, data.Slug, data.Title, data.Console, data.Completion, data.Files,
            data.Steps.Select(s => new StepDefinition(s.Number, s.Title)).ToArray(),
            data.Checks.Select(c => c.Build(data.Id)).ToArray())
        {
            Schemas = schemas,
        };
    }

    // What the format's types cannot say: references between the parts of one catalogue.
    private static void Check(LabData data, string name)
    {
        var steps = data.Steps.Select(s => s.Number).ToHashSet();
        foreach (var rule in data.Checks.Select(c => c.Build(data.Id)).SelectMany(r => r.Introduces))
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
