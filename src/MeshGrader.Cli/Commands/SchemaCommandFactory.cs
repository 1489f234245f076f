using System.CommandLine;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>meshgrade schema [FILE] [--lab ID|SLUG]... [--out DIR] [--odcs]</c>: the schemas the grader uses, with
/// the annotations that make editor completion useful; the same ones <c>init</c> writes (with
/// <c>--odcs</c>, those of <c>init --odcs</c>).
/// </summary>
internal static class SchemaCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string?>("file")
        {
            Description = $"Only this lab file's schema: {string.Join(", ", LabCatalog.All.SelectMany(l => l.Files))}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var labs = new Option<string[]>("--lab", "-l")
        {
            Description = $"Only this lab's schemas: {string.Join(", ", LabCatalog.All.Select(l => $"{l.Id} or {l.Slug}"))}. Repeat for several (default: every lab).",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Write each schema as FILE.schema.json into this folder (made if missing; files there are replaced). Without it, one schema goes to standard output.",
        };
        var odcs = new Option<bool>("--odcs")
        {
            Description = $"For Lab {OdcsStarterPlaces.LabId}'s {OdcsStarterPlaces.LabFile}.yaml written as an Open Data Contract Standard v3.1.0 contract: "
                + $"{OdcsEditorSchema.FileName} (the official ODCS schema with where the lab reads each value and the keys it needs) instead of {EditorSchema.FileName(OdcsStarterPlaces.LabFile)}; "
                + $"with --out, also the unmodified official schema it refers to, {OdcsSchema.FileName}, and its licence notice.",
        };
        var command = new Command("schema", "Write the lab files' JSON Schemas, with titles, descriptions, examples and a description of each choice for editor completion.")
        {
            file, labs, output, odcs,
        };
        command.SetAction(parse =>
        {
            if (CommandInputs.SelectLabs(parse.GetValue(labs) ?? [], out var problem) is not { } selected)
            {
                return (int)CommandFailures.Usage(environment, problem!);
            }

            var files = (selected.Count > 0 ? selected : LabCatalog.All).SelectMany(l => l.Files.Select(f => (Lab: l, File: f))).ToList();
            if (parse.GetValue(file) is { } named)
            {
                var wanted = BaseName(named);
                files = files.Where(f => f.File == wanted).ToList();
                if (files.Count == 0)
                {
                    return (int)CommandFailures.Usage(environment,
                        $"no lab file '{LearnerText.Printable(named, 80)}' among the labs chosen; files: {string.Join(", ", (selected.Count > 0 ? selected : LabCatalog.All).SelectMany(l => l.Files))}.");
                }
            }

            var asOdcs = parse.GetValue(odcs);
            if (asOdcs && !files.Any(f => IsOdcs(f.Lab, f.File)))
            {
                return (int)CommandFailures.Usage(environment,
                    $"--odcs gives the schema of Lab {OdcsStarterPlaces.LabId}'s {OdcsStarterPlaces.LabFile}.yaml written as an ODCS contract; choose --lab {OdcsStarterPlaces.LabId} or the file {OdcsStarterPlaces.LabFile}.");
            }

            if (parse.GetValue(output) is { } folder)
            {
                return (int)Write(folder, files, asOdcs, environment);
            }

            if (files.Count != 1)
            {
                return (int)CommandFailures.Usage(environment,
                    $"{files.Count} schemas chosen, and standard output takes one: name one file (e.g. meshgrade schema {files[0].File}) or a folder with --out.");
            }

            environment.Out.Write(asOdcs ? OdcsEditorSchema.Text(files[0].Lab) : EditorSchema.Text(files[0].Lab, files[0].File));
            return (int)ExitCode.Passed;
        });
        return command;
    }

    // domain, domain.yaml, domain.yml and domain.schema.json all name the schema of domain.yaml.
    private static string BaseName(string named)
    {
        var name = named.Trim().ToLowerInvariant();
        foreach (var suffix in new[] { ".schema.json", ".yaml", ".yml" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static bool IsOdcs(LabDefinition lab, string file) => OdcsStarterPlaces.Offers(lab) && file == OdcsStarterPlaces.LabFile;

    private static ExitCode Write(string named, IReadOnlyList<(LabDefinition Lab, string File)> files, bool odcs, CliEnvironment environment)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, named));
        var guarded = new GuardedFolders([environment.CurrentDirectory, folder]);
        var written = files.SelectMany(f => odcs && IsOdcs(f.Lab, f.File)
            ? OdcsEditorSchema.Files(f.Lab)
            : [(EditorSchema.FileName(f.File), EditorSchema.Text(f.Lab, f.File))]);
        try
        {
            OutputFolder.Create(folder, new GuardedFolders([environment.CurrentDirectory]));
            foreach (var (name, text) in written)
            {
                var path = Path.Combine(folder, name);
                OutputFile.Write(path, guarded, writer => writer.Write(text));
                environment.Out.WriteLine($"wrote  {LearnerText.Printable(CommandInputs.Shown(path, environment), int.MaxValue)}");
            }
        }
        catch (OutputFileException ex)
        {
            return CommandFailures.Usage(environment, $"cannot write the schemas in '{LearnerText.Printable(CommandInputs.Shown(folder, environment), int.MaxValue)}': {ex.Message}.");
        }

        return ExitCode.Passed;
    }
}
