using MeshGrader.Cli.Output;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Diff;
using MeshGrader.Core.Diff.Writers;
using MeshGrader.Core.Findings;

namespace MeshGrader.Cli.Commands;

internal sealed record DiffOptions(string Old, string New, IReadOnlyList<string> Formats, bool Verbose);

/// <summary>
/// <c>meshgrade diff</c>: reads both contracts (files through their folder's containment, or
/// <c>git:REF:path</c> through <see cref="GitBlobReader"/>), compares them, and writes the report in
/// each requested format. Exit 0 when nothing is refused, 1 when a side is invalid or the bump is
/// refused, 2 for a usage error, 3 for a fault.
/// </summary>
internal static class DiffCommand
{
    private const string GitPrefix = "git:";

    public static ExitCode Run(DiffOptions options, CliEnvironment environment)
    {
        try
        {
            return RunChecked(options, environment);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return CommandFailures.Internal(ex, options.Verbose, environment);
        }
    }

    private static ExitCode RunChecked(DiffOptions options, CliEnvironment environment)
    {
        var requests = options.Formats.Select(FormatRequest.Parse).ToList();
        if (requests.FirstOrDefault(r => DiffFormats.Find(r.Name, "") is null) is { } unknown)
        {
            return CommandFailures.Usage(environment, $"unknown format '{unknown.Name}'; formats of diff: {string.Join(", ", DiffFormats.Names)}.");
        }

        if (requests.Count(r => r.Path is null) > 1)
        {
            return CommandFailures.Usage(environment, "only one format can go to the terminal; give the others a file, e.g. --format sarif=diff.sarif.");
        }

        if (requests.FirstOrDefault(r => r.Path is { Length: 0 }) is { } empty)
        {
            return CommandFailures.Usage(environment, $"--format {empty.Name}= names no file.");
        }

        var sides = new List<ContractSide>();
        foreach (var given in new[] { options.Old, options.New })
        {
            if (!TryRead(given, environment, out var side, out var problem))
            {
                return CommandFailures.Usage(environment, problem!);
            }

            sides.Add(side!);
        }

        var report = ContractDiff.Compare(sides[0], sides[1]);
        var guarded = new GuardedFolders([environment.CurrentDirectory]);
        foreach (var request in requests)
        {
            var write = DiffFormats.Find(request.Name, CheckCommand.ToolVersion)!;
            if (request.Path is null)
            {
                write(report, environment.Out);
                continue;
            }

            try
            {
                OutputFile.Write(Path.GetFullPath(request.Path, environment.CurrentDirectory), guarded, writer => write(report, writer));
            }
            catch (OutputFileException ex)
            {
                return CommandFailures.Usage(environment, $"cannot write the {request.Name} report to '{CommandInputs.Shown(request.Path, environment)}': {ex.Message}.");
            }
        }

        return report.HasErrors ? ExitCode.NotPassing : ExitCode.Passed;
    }

    private static bool TryRead(string given, CliEnvironment environment, out ContractSide? side, out string? problem)
    {
        side = null;
        problem = null;
        if (given.StartsWith(GitPrefix, StringComparison.Ordinal))
        {
            var shown = LearnerText.Printable(given);
            try
            {
                var (reference, path) = GitBlobReader.Parse(given[GitPrefix.Length..]);
                side = ContractSide.FromBytes(GitBlobReader.Read(environment.CurrentDirectory, reference, path), shown);
                return true;
            }
            catch (GitBlobException ex)
            {
                problem = $"cannot read '{shown}': {ex.Message}.";
                return false;
            }
        }

        var full = Path.GetFullPath(given, environment.CurrentDirectory);
        var shownPath = LearnerText.Printable(CommandInputs.Shown(given, environment));
        if (Directory.Exists(full))
        {
            problem = $"'{shownPath}' is a folder; give the contract file, e.g. {Path.Combine(shownPath, "contract.yaml")}.";
            return false;
        }

        if (!File.Exists(full) && new FileInfo(full).LinkTarget is null)
        {
            problem = $"the file '{shownPath}' does not exist.";
            return false;
        }

        try
        {
            side = ContractSide.FromFile(full, shownPath.Replace('\\', '/'));
            return true;
        }
        catch (SubmissionFolderException ex)
        {
            problem = $"cannot read '{shownPath}': {ex.Message}.";
            return false;
        }
    }
}
