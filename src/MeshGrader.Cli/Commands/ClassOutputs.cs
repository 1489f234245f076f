using MeshGrader.Core.Class;
using MeshGrader.Core.Class.Writers;

namespace MeshGrader.Cli.Commands;

/// <summary>The class outputs a run or a merge can write, each to a file; null when not asked for.</summary>
internal sealed record ClassOutputs(string? Csv, string? Json, string? Html)
{
    public IEnumerable<(string Option, string Path, Action<ClassReport, TextWriter> Write)> Requested(ShardInfo? shard)
    {
        if (Csv is not null)
        {
            yield return ("--class-csv", Csv, ClassCsvWriter.Write);
        }

        if (Json is not null)
        {
            yield return ("--class-json", Json, (report, writer) => ClassJsonWriter.Write(report, writer, shard));
        }

        if (Html is not null)
        {
            yield return ("--class-html", Html, ClassHtmlWriter.Write);
        }
    }
}
