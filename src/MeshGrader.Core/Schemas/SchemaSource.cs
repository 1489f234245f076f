using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeshGrader.Core.Containment;

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

    /// <summary>A schema file is at most this large; the lab schemas are about 10 KiB.</summary>
    public const int MaxSchemaBytes = 1024 * 1024;

    /// <summary>Schemas named <c>FILE.schema.json</c> in a folder, read through its containment.</summary>
    public static SchemaSource InFolder(SubmissionFiles folder) =>
        new(name => folder.ReadText(name + ".schema.json", MaxSchemaBytes));

    /// <summary>
    /// The same schemas with a change made to each before it is compiled: a rubric's stricter
    /// bound or narrower choices become part of the schema, so its messages state them.
    /// </summary>
    public SchemaSource WithChanges(Func<string, JsonObject, JsonObject> change) =>
        new(name => change(name, JsonNode.Parse(readText(name))!.AsObject()).ToJsonString());

    public LabFileSchema Get(string fileName) =>
        cache.GetOrAdd(fileName, name => new Lazy<LabFileSchema>(() => LabFileSchema.Load(name, readText(name)))).Value;
}
