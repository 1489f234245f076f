using System.CommandLine;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>meshgrade schema [FILE] [--lab ID|SLUG]... [--out DIR]</c>: the schemas the grader uses, with
/// the annotations that make editor completion useful; the same ones <c>init</c> writes.
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
        var command = new Command("schema", "Write the lab files' JSON Schemas, with titles, descriptions, examples and a description of each choice for editor completion.")
        {
            file, labs, output,
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

            if (parse.GetValue(output) is { } folder)
            {
                return (int)Write(folder, files, environment);
            }

            if (files.Count != 1)
            {
                return (int)CommandFailures.Usage(environment,
                    $"{files.Count} schemas chosen, and standard output takes one: name one file (e.g. meshgrade schema {files[0].File}) or a folder with --out.");
            }

            environment.Out.Write(EditorSchema.Text(files[0].Lab, files[0].File));
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

    private static ExitCode Write(string named, IReadOnlyList<(LabDefinition Lab, string File)> files, CliEnvironment environment)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, named));
        var guarded = new GuardedFolders([environment.CurrentDirectory, folder]);
        try
        {
            OutputFolder.Create(folder, new GuardedFolders([environment.CurrentDirectory]));
            foreach (var (lab, file) in files)
            {
                var path = Path.Combine(folder, EditorSchema.FileName(file));
                OutputFile.Write(path, guarded, writer => writer.Write(EditorSchema.Text(lab, file)));
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
