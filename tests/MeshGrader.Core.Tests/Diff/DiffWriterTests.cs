using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeshGrader.Core.Diff;
using MeshGrader.Core.Diff.Writers;
using MeshGrader.Core.Tests.Reports;
using MeshGrader.Core.Tests.Support;
using static MeshGrader.Core.Tests.Diff.ContractPairs;

namespace MeshGrader.Core.Tests.Diff;

/// <summary>The four formats of a diff: each carries every change with its class, rule and places, and the errors.</summary>
public sealed class DiffWriterTests
{
    // Three changes (breaking, additive, cosmetic) under a minor bump: one error.
    private static readonly string Changed = Edit(Edit(Edit(Edit(FullExample,
        "unique: true", "unique: false"),
        "port: 5432", "port: 5433"),
        "purpose: Views built on top", "purpose: Views built over"),
        "version: 1.1.0", "version: 1.2.0");

    private static DiffReport Report => Compared(FullExample, Changed);

    private static string Render(Action<DiffReport, TextWriter> write, DiffReport report)
    {
        using var output = new StringWriter();
        write(report, output);
        return output.ToString();
    }

    [Fact]
    public void Sarif_ValidatesAgainstTheSarif210Schema()
    {
        using var document = JsonDocument.Parse(Render((r, o) => DiffSarifWriter.Write(r, o, "1.2.3"), Report));

        var result = SarifReportWriterTests.Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Sarif_HasOneResultPerChangeAndErrorLocatedInTheNewFile()
    {
        var sarif = JsonNode.Parse(Render((r, o) => DiffSarifWriter.Write(r, o, "1.2.3"), Report))!;
        var results = sarif["runs"]![0]!["results"]!.AsArray();

        Assert.Equal(["DF-109", "DF-150", "DF-199", "DF-201"], results.Select(r => (string)r!["ruleId"]!).Order(StringComparer.Ordinal));
        var key = results.Single(r => (string)r!["ruleId"]! == "DF-109")!;
        Assert.Equal("warning", (string)key["level"]!);
        var region = key["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.Equal(TextPosition.Of(Changed, "false", after: "unique:").Line, (int)region["startLine"]!);
        Assert.Equal("error", (string)results.Single(r => (string)r!["ruleId"]! == "DF-201")!["level"]!);
    }

    [Fact]
    public void Json_CarriesEachChangeWithBothPlacesAndTheBump()
    {
        var json = JsonNode.Parse(Render(DiffJsonWriter.Write, Report))!;

        var key = json["changes"]!.AsArray().Single(c => (string)c!["rule"]! == "DF-109")!;
        Assert.Equal("breaking", (string)key["class"]!);
        Assert.Equal(TextPosition.Of(FullExample, "true", after: "unique:").Line, (int)key["oldPlace"]!["line"]!);
        Assert.Equal(TextPosition.Of(Changed, "false", after: "unique:").Column, (int)key["newPlace"]!["column"]!);
        Assert.Equal("major", (string)json["bump"]!["required"]!);
        Assert.Equal("minor", (string)json["bump"]!["made"]!);
        Assert.Equal(1, (int)json["summary"]!["breaking"]!);
        Assert.Equal(1, (int)json["summary"]!["additive"]!);
        Assert.Equal(1, (int)json["summary"]!["cosmetic"]!);
        Assert.Equal("DF-201", (string)json["errors"]![0]!["rule"]!);
    }

    [Fact]
    public void Markdown_SaysRefusedAndHasOneTableRowPerChange()
    {
        var markdown = Render(DiffMarkdownWriter.Write, Report);

        Assert.Contains("**Refused.**", markdown, StringComparison.Ordinal);
        Assert.Equal(3, markdown.Split('\n').Count(l => l.StartsWith("| breaking |", StringComparison.Ordinal) || l.StartsWith("| additive |", StringComparison.Ordinal) || l.StartsWith("| cosmetic |", StringComparison.Ordinal)));
        Assert.Contains("`DF-201`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NamesEachChangeWithItsPlacesInBothFiles()
    {
        var text = Render(DiffTextWriter.Write, Report);
        var old = TextPosition.Of(FullExample, "true", after: "unique:");
        var @new = TextPosition.Of(Changed, "false", after: "unique:");

        Assert.Contains($"old old.yaml:{old.Line}:{old.Column}  new new.yaml:{@new.Line}:{@new.Column}", text, StringComparison.Ordinal);
        Assert.Contains("error DF-201 new.yaml:", text, StringComparison.Ordinal);
        Assert.Contains("1 error(s): the change is refused.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LearnerTextInANameOrValue_CannotStartAWorkflowCommand()
    {
        // A property name is the learner's text; a runner reads '::' at a line's start as a command.
        var hostile = Edit(FullExample, "name: rcvr_id\n", "name: \"x\\n::error::pwned\\n##[group]y\"\n");
        var report = Compared(FullExample, hostile);

        foreach (var output in new[] { Render(DiffTextWriter.Write, report), Render(DiffMarkdownWriter.Write, report) })
        {
            Assert.Contains("pwned", output, StringComparison.Ordinal);
            Assert.DoesNotContain(output.Split('\n'), line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
            Assert.DoesNotContain("##[", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DiffRules_HaveUniqueIdsInTheDfFamily()
    {
        Assert.Equal(DiffRules.All.Count, DiffRules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(DiffRules.All, r => Assert.Matches("^DF-[12][0-9]{2}$", r.Id));
    }
}
