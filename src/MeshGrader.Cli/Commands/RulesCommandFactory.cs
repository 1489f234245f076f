using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Reports;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade rules [--lab ID|SLUG]... [--format text|markdown|json]</c>: every check, read from the catalogues.</summary>
internal static class RulesCommandFactory
{
    private static readonly string[] Formats = ["text", "markdown", "json"];

    public static Command Create(CliEnvironment environment)
    {
        var labs = new Option<string[]>("--lab", "-l") { Description = "List only this lab's checks (id or slug); repeat for several. Without it, every lab's and the checks of no lab." };
        var format = new Option<string>("--format", "-f") { Description = "text (default), markdown or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("rules", "List every check: id, lab, step, severity, default points and title.") { labs, format };
        command.SetAction(parse =>
        {
            var chosen = (parse.GetValue(format) ?? "text").Trim().ToLowerInvariant();
            if (!Formats.Contains(chosen))
            {
                return (int)CommandFailures.Usage(environment, $"unknown format '{LearnerText.Printable(chosen, 40)}'; formats: {string.Join(", ", Formats)}.");
            }

            var named = parse.GetValue(labs) ?? [];
            if (CommandInputs.SelectLabs(named, out var problem) is not { } selected)
            {
                return (int)CommandFailures.Usage(environment, problem!);
            }

            var entries = RuleList.Of(selected.Count > 0 ? selected : Core.Labs.LabCatalog.All, withCoreRules: selected.Count == 0);
            environment.Out.Write(chosen switch
            {
                "json" => Json(entries),
                "markdown" => Markdown(entries),
                _ => Text(entries),
            });
            return (int)ExitCode.Passed;
        });
        return command;
    }

    private static string Points(decimal? points) => points is { } p ? ScoreFormat.Text(p) : "-";

    private static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Text(IReadOnlyList<RuleListEntry> entries)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"rule",-8}{"lab",-5}{"step",-6}{"severity",-10}{"points",-8}title\n");
        foreach (var e in entries)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{e.Id,-8}{e.Lab?.ToString(CultureInfo.InvariantCulture) ?? "-",-5}{e.Step?.ToString(CultureInfo.InvariantCulture) ?? "-",-6}{Severity(e.Severity),-10}{Points(e.Points),-8}{e.Title}\n");
        }

        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<RuleListEntry> entries)
    {
        var text = new StringBuilder("| rule | lab | step | severity | points | title |\n|---|---|---|---|---|---|\n");
        foreach (var e in entries)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {e.Id} | {e.Lab?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {e.Step?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {Severity(e.Severity)} | {Points(e.Points)} | {e.Title.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<RuleListEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var e in entries)
            {
                json.WriteStartObject();
                json.WriteString("rule", e.Id);
                WriteNumber(json, "lab", e.Lab);
                WriteNumber(json, "step", e.Step);
                json.WriteString("severity", Severity(e.Severity));
                if (e.Points is { } points)
                {
                    json.WriteNumber("points", ScoreFormat.Round(points));
                }
                else
                {
                    json.WriteNull("points");
                }

                json.WriteString("title", e.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
