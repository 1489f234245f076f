using System.CommandLine;
using MeshGrader.Cli.Output;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade check [DIR] [--lab ID|SLUG]... [--format NAME[=PATH]]... [--min-score N] [--base-dir DIR] [--max-findings N] [--max-findings-per-file N] [--rubric FILE] [--rubric-sha256 HEX] [--verbose]</c>.</summary>
internal static class CheckCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The submission folder (default: the current folder).",
            DefaultValueFactory = _ => ".",
        };
        var labs = new Option<string[]>("--lab", "-l")
        {
            // The labs come from the catalogue, so a new lab appears in --help without touching this.
            Description = $"Grade only this lab: {string.Join(", ", LabCatalog.All.Select(l => $"{l.Id} or {l.Slug}"))}. Repeat for several.",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, optionally to a file: NAME or NAME=PATH. Repeat for several. Formats: {string.Join(", ", ReportFormats.Names)}.",
        };
        var minScore = new Option<decimal?>("--min-score")
        {
            Description = "Pass (exit 0) when the overall score reaches this, instead of requiring every lab completed.",
        };
        var baseDirectory = new Option<string?>("--base-dir")
        {
            Description = "The repository root: file paths in sarif, junit, github, classroom and classroom50 reports are relative to it when the submission is inside it (default: the current folder).",
        };
        var maxFindings = new Option<int>("--max-findings")
        {
            Description = $"Show at most this many findings in all (default {FindingLimits.Default.Total}); the score counts every finding.",
            DefaultValueFactory = _ => FindingLimits.Default.Total,
        };
        var maxFindingsPerFile = new Option<int>("--max-findings-per-file")
        {
            Description = $"Show at most this many findings per file (default {FindingLimits.Default.PerFile}).",
            DefaultValueFactory = _ => FindingLimits.Default.PerFile,
        };
        var rubric = new Option<string?>("--rubric")
        {
            Description = "Grade under this rubric file (points, thresholds, checks off, pass mark, hint level); 'meshgrade rubric --print' writes one to start from. Never read from the submission.",
        };
        var rubricSha256 = new Option<string?>("--rubric-sha256")
        {
            Description = "Refuse to grade (exit 2) unless the rubric's SHA-256 is this (the default rubric's without --rubric).",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Show details of internal errors.",
        };

        var command = new Command("check", "Grade the lab files in a submission folder.")
        {
            directory, labs, formats, minScore, baseDirectory, maxFindings, maxFindingsPerFile, rubric, rubricSha256, verbose,
        };
        command.SetAction(parse => (int)CheckCommand.Run(
            new CheckOptions(
                parse.GetValue(directory) ?? ".",
                parse.GetValue(labs) ?? [],
                parse.GetValue(formats) is { Length: > 0 } chosen ? chosen : ["text"],
                parse.GetValue(minScore),
                parse.GetValue(verbose),
                parse.GetValue(baseDirectory),
                new FindingLimits(parse.GetValue(maxFindingsPerFile), parse.GetValue(maxFindings)),
                parse.GetValue(rubric),
                parse.GetValue(rubricSha256)),
            environment));
        return command;
    }
}
