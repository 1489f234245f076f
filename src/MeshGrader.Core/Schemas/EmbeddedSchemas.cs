using System.Reflection;

namespace MeshGrader.Core.Schemas;

/// <summary>The schemas compiled into the assembly, so the grader works from any folder and offline.</summary>
internal static class EmbeddedSchemas
{
    public static LabFileSchema Get(string fileName) => SchemaSource.Embedded.Get(fileName);

    public static string ReadText(string fileName)
    {
        var resource = $"schemas/{fileName}.schema.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema resource '{resource}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith("schemas/", StringComparison.Ordinal) && n.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(n => n["schemas/".Length..^".schema.json".Length]);
}
