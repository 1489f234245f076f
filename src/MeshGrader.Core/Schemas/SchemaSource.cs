using System.Collections.Concurrent;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// Where a lab's file schemas come from: the ones embedded in the engine, or a folder beside a lab
/// catalogue. Each schema is read and compiled once, the first time a graded file needs it.
/// </summary>
internal sealed class SchemaSource(Func<string, string> readText)
{
    private readonly ConcurrentDictionary<string, Lazy<LabFileSchema>> cache = new(StringComparer.Ordinal);

    /// <summary>The schemas compiled into the engine (schemas/*.schema.json).</summary>
    public static SchemaSource Embedded { get; } = new(EmbeddedSchemas.ReadText);

    /// <summary>Schemas named <c>FILE.schema.json</c> in a folder.</summary>
    public static SchemaSource InFolder(string folder) =>
        new(name => File.ReadAllText(Path.Combine(folder, name + ".schema.json")));

    public LabFileSchema Get(string fileName) =>
        cache.GetOrAdd(fileName, name => new Lazy<LabFileSchema>(() => LabFileSchema.Load(name, readText(name)))).Value;
}
