using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Schemas;

/// <summary>The schemas compiled into the assembly, so the grader works from any folder and offline.</summary>
internal static class EmbeddedSchemas
{
    public static LabFileSchema Get(string fileName) => SchemaSource.Embedded.Get(fileName);

    public static string ReadText(string fileName) => EmbeddedResources.ReadText($"schemas/{fileName}.schema.json");

    public static IEnumerable<string> Names =>
        EmbeddedResources.Names("schemas/", ".schema.json").Select(n => n["schemas/".Length..^".schema.json".Length]);
}
