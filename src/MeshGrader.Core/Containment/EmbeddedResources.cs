using System.Reflection;

namespace MeshGrader.Core.Containment;

/// <summary>
/// The files compiled into the engine (schemas, catalogues, the default rubric, the ODCS schema and
/// its notice): the one way the tool reads its own bytes, never a path on disk.
/// </summary>
internal static class EmbeddedResources
{
    private static readonly Assembly Engine = typeof(EmbeddedResources).Assembly;

    /// <exception cref="InvalidOperationException">No resource has this name: a build that left it out.</exception>
    public static string ReadText(string name)
    {
        using var stream = Engine.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The names of the resources under a folder with an ending, e.g. <c>labs/</c> and <c>.lab.json</c>.</summary>
    public static IEnumerable<string> Names(string folder, string ending) =>
        Engine.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(ending, StringComparison.Ordinal));
}
