using System.CommandLine;
using MeshGrader.Cli.Output;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>meshgrade check [DIR] [--lab ID|SLUG]... [--format NAME[=PATH]]... [--min-score N] [--base-dir DIR] [--max-findings N] [--max-findings-per-file N] [--rubric FILE] [--rubric-sha256 HEX] [--hints LEVEL] [--watch] [--verbose]</c>,
/// and for a class, <c>meshgrade check CLASS... --each --lab ID... [--class-csv PATH] [--class-json PATH] [--class-html PATH] [--shard K/N] [--jobs N] [--rubric FILE] [--hints LEVEL]</c>.
/// </summary>
internal static class CheckCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string[]>("dir")
        {
            Description = "The submission folder (default: the current folder); with --each, one or more class folders.",
            Arity = ArgumentArity.ZeroOrMore,
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
        var hints = new Option<string?>("--hints")
        {
            Description = "How much of each finding to show: answer (what is wrong and the value to write), hint (what is wrong and its rule), nudge (only where, and the check), none (steps and score only). Default: the rubric's (answer without --rubric); never more than the rubric's.",
        };
        hints.AcceptOnlyFromAmong(HintChoice.Names);
        var watch = new Option<bool>("--watch", "-w")
        {
            Description = "After grading, grade again each time a lab file changes, until Ctrl-C; prints the text report only. Exits with the last grading's code.",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Show details of internal errors.",
        };

        var each = new Option<bool>("--each")
        {
            Description = "Grade a class: every folder in each DIR (hidden ones aside) is a submission, graded in one process, in parallel. Needs --lab.",
        };
        var classCsv = new Option<string?>("--class-csv") { Description = "With --each: write one CSV row per submission to this file." };
        var classJson = new Option<string?>("--class-json") { Description = "With --each: write every submission's scores and findings as JSON to this file (with --shard, the partial result)." };
        var classHtml = new Option<string?>("--class-html") { Description = "With --each: write the class page (charts, most failed checks, every submission's findings) to this file." };
        var shard = new Option<string?>("--shard")
        {
            Description = "With --each: grade only shard K of N (K/N, from 1) of the class, for a CI matrix; write the partial result with --class-json and combine the partials with 'meshgrade merge'.",
        };
        var jobs = new Option<int?>("--jobs") { Description = "With --each: grade this many submissions at once (default: one per core)." };

        var command = new Command("check", "Grade the lab files in a submission folder, or every submission of a class with --each.")
        {
            directory, labs, formats, minScore, baseDirectory, maxFindings, maxFindingsPerFile, rubric, rubricSha256, hints, watch, verbose, each, classCsv, classJson, classHtml, shard, jobs,
        };
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(directory) is { Length: > 0 } given ? given : ["."];
            var limits = new FindingLimits(parse.GetValue(maxFindingsPerFile), parse.GetValue(maxFindings));
            var outputs = new ClassOutputs(parse.GetValue(classCsv), parse.GetValue(classJson), parse.GetValue(classHtml));
            var hintLevel = HintChoice.Parse(parse.GetValue(hints));
            if (parse.GetValue(each))
            {
                if (parse.GetValue(watch))
                {
                    return (int)CommandFailures.Usage(environment, "--watch re-grades one submission as its learner edits it; it does not go with --each.");
                }

                return (int)ClassCheckCommand.Run(
                    new ClassCheckOptions(folders, parse.GetValue(labs) ?? [], parse.GetValue(formats) ?? [], parse.GetValue(minScore), parse.GetValue(verbose),
                        parse.GetValue(baseDirectory), limits, outputs, parse.GetValue(shard), parse.GetValue(jobs), parse.GetValue(rubric), parse.GetValue(rubricSha256), hintLevel),
                    environment);
            }

            var classOnly = new[] { (classCsv.Name, outputs.Csv), (classJson.Name, outputs.Json), (classHtml.Name, outputs.Html), (shard.Name, parse.GetValue(shard)), (jobs.Name, parse.GetValue(jobs)?.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            if (classOnly.FirstOrDefault(o => o.Item2 is not null) is { Item1: { } option })
            {
                return (int)CommandFailures.Usage(environment, $"{option} is for a class: add --each.");
            }

            if (folders.Length > 1)
            {
                return (int)CommandFailures.Usage(environment, "several folders are a class: add --each to grade every submission in them.");
            }

            return (int)CheckCommand.Run(
                new CheckOptions(
                    folders[0],
                    parse.GetValue(labs) ?? [],
                    parse.GetValue(formats) is { Length: > 0 } chosen ? chosen : ["text"],
                    parse.GetValue(minScore),
                    parse.GetValue(verbose),
                    parse.GetValue(baseDirectory),
                    limits,
                    parse.GetValue(rubric),
                    parse.GetValue(rubricSha256),
                    hintLevel,
                    parse.GetValue(watch)),
                environment);
        });
        return command;
    }
}
