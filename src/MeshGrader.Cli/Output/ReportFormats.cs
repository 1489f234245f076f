using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Cli.Output;

/// <summary>The output formats by name. Every one renders the same report.</summary>
internal static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json"];

    public static IReportWriter Create(string name, bool useColour) => name switch
    {
        "text" => new TextReportWriter(useColour),
        "json" => new JsonReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown format."),
    };
}
