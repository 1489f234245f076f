using System.CommandLine;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>meshgrade init [DIR] [--lab ID|SLUG]... [--force] [--vscode] [--odcs]</c>: starter lab files, each key
/// under a comment from the lab, with the schemas an editor completes and checks them against;
/// with <c>--odcs</c>, Lab 16's contract as an ODCS v3.1.0 document.
/// </summary>
internal static class InitCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var directory = new Argument<string?>("dir") { Description = "The folder to write into (default: the current folder); made if missing.", Arity = ArgumentArity.ZeroOrOne };
        var labs = new Option<string[]>("--lab", "-l")
        {
            Description = $"Write only this lab's files: {string.Join(", ", LabCatalog.All.Select(l => $"{l.Id} or {l.Slug}"))}. Repeat for several (default: every lab).",
        };
        var force = new Option<bool>("--force") { Description = "Replace files that are already there (your values in them are lost)." };
        var vsCode = new Option<bool>("--vscode") { Description = $"Also write {StarterFiles.VsCodeSettings}, associating each schema with its lab file." };
        var odcs = new Option<bool>("--odcs")
        {
            Description = $"Write Lab {OdcsStarterPlaces.LabId}'s {OdcsStarterPlaces.LabFile}.yaml as an Open Data Contract Standard v3.1.0 contract instead of the short form, "
                + $"with {OdcsEditorSchema.FileName} and the official ODCS schema (and its licence notice) for the editor. Needs Lab {OdcsStarterPlaces.LabId} among the labs.",
        };
        var command = new Command("init", "Write starter lab files to fill in, and their schemas for editor completion; never replaces a file without --force.")
        {
            directory, labs, force, vsCode, odcs,
        };
        command.SetAction(parse =>
        {
            if (CommandInputs.SelectLabs(parse.GetValue(labs) ?? [], out var problem) is not { } selected)
            {
                return (int)CommandFailures.Usage(environment, problem!);
            }

            var chosen = selected.Count > 0 ? selected : LabCatalog.All;
            if (parse.GetValue(odcs) && !chosen.Any(OdcsStarterPlaces.Offers))
            {
                return (int)CommandFailures.Usage(environment, OdcsWithoutItsLab);
            }

            var named = parse.GetValue(directory) ?? ".";
            return (int)Run(named, chosen, parse.GetValue(force), parse.GetValue(vsCode), environment, parse.GetValue(odcs));
        });
        return command;
    }

    /// <summary>Why --odcs is refused: no lab chosen has a contract that may be written in ODCS.</summary>
    internal static string OdcsWithoutItsLab { get; } =
        $"--odcs writes Lab {OdcsStarterPlaces.LabId}'s {OdcsStarterPlaces.LabFile}.yaml as an ODCS contract; add --lab {OdcsStarterPlaces.LabId} (or leave out --lab for every lab).";

    internal static ExitCode Run(string named, IReadOnlyList<LabDefinition> labs, bool force, bool vsCode, CliEnvironment environment, bool odcs = false)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, named));
        var shown = CommandInputs.Shown(named, environment);
        if (File.Exists(folder))
        {
            return CommandFailures.Usage(environment, $"'{shown}' is a file; name the folder to write the starter files into.");
        }

        var guarded = new GuardedFolders([environment.CurrentDirectory, folder]);
        // As for check: the folder named is the one written, not one a link in the repository leads to.
        if (Directory.Exists(folder) && new GuardedFolders([environment.CurrentDirectory]).PassesThroughALink(folder))
        {
            return CommandFailures.Usage(environment, $"the folder '{shown}' is, or lies behind, a link; name the folder itself.");
        }

        IReadOnlyList<(StarterFile File, StarterOutcome Outcome)> outcomes;
        try
        {
            OutputFolder.Create(folder, new GuardedFolders([environment.CurrentDirectory]));
            outcomes = StarterFiles.Write(folder, StarterFiles.For(labs, vsCode, odcs), force, guarded);
        }
        catch (OutputFileException ex)
        {
            return CommandFailures.Usage(environment, $"cannot write the starter files in '{shown}': {ex.Message}.");
        }

        foreach (var (file, outcome) in outcomes)
        {
            var path = Printable(Path.Combine(folder, file.RelativePath), environment);
            environment.Out.WriteLine(outcome switch
            {
                StarterOutcome.Written => $"wrote     {path}",
                StarterOutcome.Replaced => $"replaced  {path}",
                _ => $"kept      {path} (it is already there; --force replaces it)",
            });
        }

        if (outcomes.All(o => o.Outcome == StarterOutcome.Kept))
        {
            environment.Out.WriteLine("Nothing changed: every starter file is already there. Run with --force to replace them.");
        }
        else
        {
            var where = Printable(folder, environment);
            var target = where == "." ? string.Empty : where.Contains(' ', StringComparison.Ordinal) ? $" \"{where}\"" : $" {where}";
            environment.Out.WriteLine($"Next: write each value after its key, as the comment above it says, then run: meshgrade check{target} --watch");
        }

        return ExitCode.Passed;
    }

    private static string Printable(string path, CliEnvironment environment) => LearnerText.Printable(CommandInputs.Shown(path, environment), int.MaxValue);
}
