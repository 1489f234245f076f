using System.Text.Json;
using CsCheck;
using MeshGrader.Core.Diff;
using MeshGrader.Core.Diff.Writers;
using MeshGrader.Core.Tests.Diff;

namespace MeshGrader.Core.Tests.Properties;

/// <summary>
/// Any two contracts made from the official full example by deleting, doubling or rewriting lines
/// (with hostile text among the values): a report, never a crash; every place inside its file;
/// every format renders, and JSON and SARIF parse; and each side diffed with itself shows no change.
/// </summary>
public sealed class DiffPropertyTests
{
    private static readonly string[] Lines = ContractPairs.FullExample.Split('\n');

    private static readonly Gen<string> Value = Gen.Frequency(
        (4, Gen.OneOf("0", "1", "-5", "99.9", "true", "false", "[]", "{}", "~", "\"2.0.0\"", "[a, b]", "integer", "varchar(9)")),
        (1, HostileText.Any.Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")));

    private static readonly Gen<(int Line, int Kind, string Value)> Edit = Gen.Select(Gen.Int[0, Lines.Length - 1], Gen.Int[0, 3], Value);

    private static readonly Gen<string> Contract = Edit.Array[0, 3].Select(edits =>
    {
        var lines = Lines.ToList();
        foreach (var (line, kind, value) in edits.OrderByDescending(e => e.Line))
        {
            var text = lines[line];
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(line);
                    break;
                case 1:
                    lines.Insert(line, text);
                    break;
                default:
                    if (colon > 0)
                    {
                        lines[line] = text[..(colon + 2)] + value;
                    }

                    break;
            }
        }

        return string.Join('\n', lines);
    });

    [Fact]
    public void AnyTwoContracts_GiveAReportWithPlacesInsideTheirFilesAndEveryFormatRenders()
    {
        Gen.Select(Contract, Contract).Sample((old, @new) =>
        {
            var report = ContractPairs.Compare(old, @new);
            var (oldLines, newLines) = (old.Split('\n').Length, @new.Split('\n').Length);
            var placed = report.Changes.All(c => c.Old.Span.Start.Line >= 1 && c.Old.Span.Start.Line <= oldLines
                                                 && c.New.Span.Start.Line >= 1 && c.New.Span.Start.Line <= newLines);
            using var json = JsonDocument.Parse(Render(DiffJsonWriter.Write, report));
            using var sarif = JsonDocument.Parse(Render((r, o) => DiffSarifWriter.Write(r, o, "1.0.0"), report));
            var text = Render(DiffTextWriter.Write, report) + Render(DiffMarkdownWriter.Write, report);
            var inert = !text.Split('\n').Any(line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
            return placed && inert && (report.Compared || report.HasErrors);
        }, iter: 150);
    }

    [Fact]
    public void AnyValidContractDiffedWithItself_HasNoChangeAndNoError()
    {
        Contract.Sample(text =>
        {
            var report = ContractPairs.Compare(text, text);
            return !report.Compared
                || (report.Changes.Count == 0 && report.Errors.All(e => e.Rule == DiffRules.VersionNotSemVer.Id));
        }, iter: 100);
    }

    private static string Render(Action<DiffReport, TextWriter> write, DiffReport report)
    {
        using var output = new StringWriter();
        write(report, output);
        return output.ToString();
    }
}
