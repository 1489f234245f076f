namespace MeshGrader.Core.Diff.Writers;

/// <summary>The formats <c>meshgrade diff</c> writes, by name.</summary>
internal static class DiffFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "markdown", "sarif"];

    /// <summary>The writer of a format; null for an unknown name.</summary>
    public static Action<DiffReport, TextWriter>? Find(string name, string toolVersion) => name switch
    {
        "text" => DiffTextWriter.Write,
        "json" => DiffJsonWriter.Write,
        "markdown" => DiffMarkdownWriter.Write,
        "sarif" => (report, output) => DiffSarifWriter.Write(report, output, toolVersion),
        _ => null,
    };
}
