using MeshGrader.Core.Class;
using MeshGrader.Core.Class.Writers;
using MeshGrader.Core.Containment;

namespace MeshGrader.Cli.Commands;

internal sealed record MergeOptions(IReadOnlyList<string> Partials, ClassOutputs Outputs, bool Verbose);

/// <summary>
/// <c>meshgrade merge</c>: reads the partial result of every shard, puts the class back together
/// (<see cref="ClassMerge"/>), and writes the same CSV, JSON, HTML and summary as one run of the
/// whole class. Partials that cannot make one class are refused with exit 2 and the reason.
/// </summary>
internal static class MergeCommand
{
    /// <summary>A partial of a class of thousands with hundreds of findings each stays well below this.</summary>
    public const int MaxPartialBytes = 256 * 1024 * 1024;

    public static ExitCode Run(MergeOptions options, CliEnvironment environment)
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

    private static ExitCode RunChecked(MergeOptions options, CliEnvironment environment)
    {
        if (ClassCheckCommand.OutputProblem(options.Outputs.Requested(null), environment) is { } outputProblem)
        {
            return CommandFailures.Usage(environment, outputProblem);
        }

        var partials = new List<NamedPartial>();
        foreach (var given in options.Partials)
        {
            var shown = CommandInputs.Shown(given, environment);
            try
            {
                partials.Add(new NamedPartial(shown, ClassJsonReader.Read(Read(Path.GetFullPath(given, environment.CurrentDirectory)))));
            }
            catch (Exception ex) when (ex is InvalidDataException or SubmissionFolderException)
            {
                return CommandFailures.Usage(environment, $"cannot merge '{shown}': {ex.Message}.");
            }
        }

        ClassReport report;
        try
        {
            report = ClassMerge.Merge(partials);
        }
        catch (ClassMergeException ex)
        {
            return CommandFailures.Usage(environment, $"cannot merge: {ex.Message}.");
        }

        var guarded = new GuardedFolders([environment.CurrentDirectory]);
        if (ClassCheckCommand.WriteOutputs(report, options.Outputs.Requested(null), guarded, environment) is { } writeProblem)
        {
            return CommandFailures.Usage(environment, writeProblem);
        }

        ClassTextWriter.Write(report, environment.Out);
        return ExitCode.Passed;
    }

    /// <summary>
    /// A partial is read like a file the grader needs from a folder (<see cref="SubmissionFiles.ReadText"/>):
    /// a regular file, without blocking on a pipe, bounded in size.
    /// </summary>
    private static string Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InvalidDataException("it is a folder; give the JSON file of each shard");
        }

        if (Path.GetDirectoryName(path) is not { } folder || !File.Exists(path))
        {
            throw new InvalidDataException("it does not exist");
        }

        return SubmissionFiles.Open(folder).ReadText(Path.GetFileName(path), MaxPartialBytes);
    }
}
