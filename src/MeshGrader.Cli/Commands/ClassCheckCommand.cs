using MeshGrader.Cli.Output;
using MeshGrader.Core.Class;
using MeshGrader.Core.Class.Writers;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Commands;

/// <param name="Folders">The class folders: each immediate, not hidden subfolder of each is a submission.</param>
/// <param name="Formats">Any --format given: refused, since it is the report of one submission.</param>
/// <param name="Shard">--shard K/N as written, or null for the whole class.</param>
/// <param name="Jobs">How many submissions are graded at once (default: one per core).</param>
/// <param name="Hints">--hints: how much of each finding the class outputs show, never more than the rubric's level.</param>
internal sealed record ClassCheckOptions(
    IReadOnlyList<string> Folders,
    IReadOnlyList<string> Labs,
    IReadOnlyList<string> Formats,
    decimal? MinScore,
    bool Verbose,
    string? BaseDirectory,
    FindingLimits Limits,
    ClassOutputs Outputs,
    string? Shard,
    int? Jobs,
    string? Rubric = null,
    string? RubricSha256 = null,
    HintLevel? Hints = null);

/// <summary>
/// <c>meshgrade check CLASS... --each</c>: grades every submission of one or more class folders in
/// one process, in parallel, prints one line per submission and the totals, and writes the class
/// outputs. A submission that cannot be graded gets its row and its reason and never stops the
/// others; the run exits 0 once the class is graded, whatever the scores (docs/class-grading.md).
/// </summary>
internal static class ClassCheckCommand
{
    public static ExitCode Run(ClassCheckOptions options, CliEnvironment environment) =>
        Run(options, environment, grader: null);

    /// <param name="grader">The grading step; tests substitute a faulty one to exercise exit code 3.</param>
    internal static ExitCode Run(ClassCheckOptions options, CliEnvironment environment, ClassGrader? grader)
    {
        try
        {
            return RunChecked(options, environment, grader);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return CommandFailures.Internal(ex, options.Verbose, environment);
        }
    }

    private static ExitCode RunChecked(ClassCheckOptions options, CliEnvironment environment, ClassGrader? substitute)
    {
        if (options.Formats.Count > 0)
        {
            return Usage(environment, "--format writes the report of one submission; for a class, use --class-csv, --class-json or --class-html.");
        }

        // The rubric is loaded once the class folders are known: it must lie outside all of them.
        if (CommandInputs.SelectLabs(options.Labs, out var unknownLab) is not { } named)
        {
            return Usage(environment, unknownLab!);
        }

        if (named.Count == 0 && options.Rubric is null)
        {
            // A submission could otherwise leave a weak lab out by deleting its files, or add one to
            // lower everyone else's overall score: the instructor names what the class is graded on.
            return Usage(environment, "name the labs to grade with --lab (for example --lab 16): every submission of a class is graded on the same labs, which no submission can choose.");
        }

        if (options.MinScore is < 0 or > 100)
        {
            return Usage(environment, "--min-score must be between 0 and 100.");
        }

        if (options.Limits is { PerFile: < 1 } or { Total: < 1 })
        {
            return Usage(environment, "--max-findings and --max-findings-per-file must be at least 1.");
        }

        if (options.Jobs is < 1)
        {
            return Usage(environment, "--jobs must be at least 1.");
        }

        Shard? shard = null;
        if (options.Shard is not null && (shard = Shard.Parse(options.Shard, out var shardProblem)) is null)
        {
            return Usage(environment, shardProblem! + ".");
        }

        if (shard is not null && (options.Outputs.Csv is not null || options.Outputs.Html is not null))
        {
            return Usage(environment, "--shard writes a partial result, with --class-json; 'meshgrade merge' makes the CSV and HTML of the whole class from the partials.");
        }

        if (shard is not null && options.Outputs.Json is null)
        {
            return Usage(environment, "--shard needs --class-json PATH for its partial result, which 'meshgrade merge' reads.");
        }

        var baseDirectory = Path.GetFullPath(options.BaseDirectory ?? ".", environment.CurrentDirectory);
        if (!Directory.Exists(baseDirectory))
        {
            return Usage(environment, $"the --base-dir folder '{CommandInputs.Shown(options.BaseDirectory!, environment)}' does not exist.");
        }

        var folders = new List<string>();
        foreach (var given in options.Folders)
        {
            var folder = Path.GetFullPath(given, environment.CurrentDirectory);
            if (!Directory.Exists(folder))
            {
                return Usage(environment, File.Exists(folder)
                    ? $"'{CommandInputs.Shown(given, environment)}' is a file; give the class folder that holds one folder per submission."
                    : $"the folder '{CommandInputs.Shown(given, environment)}' does not exist.");
            }

            // As for one submission: a class folder named inside the repository must be what it names.
            if (new GuardedFolders([environment.CurrentDirectory, baseDirectory]).PassesThroughALink(folder))
            {
                return Usage(environment, $"the class folder '{CommandInputs.Shown(given, environment)}' is, or lies behind, a link in the repository; name the folder itself.");
            }

            folders.Add(folder);
        }

        if (!RubricSetup.TryLoad(options.Rubric, options.RubricSha256, folders, environment, out var rubric, out var rubricProblem, out var rubricFindings))
        {
            RubricSetup.WriteFindings(rubricFindings, environment.Error);
            return Usage(environment, rubricProblem!);
        }

        if (CommandInputs.SelectLabs(named.Count > 0 ? options.Labs : rubric.Rubric.RequiredLabs, out unknownLab) is not { } selected || selected.Count == 0)
        {
            return Usage(environment, unknownLab ?? "name the labs to grade with --lab, or in the rubric's required_labs: every submission of a class is graded on the same labs, which no submission can choose.");
        }

        var labs = rubric.AsChanged(selected);
        var minScore = options.MinScore ?? rubric.Rubric.PassMark;
        var guarded = new GuardedFolders([environment.CurrentDirectory, baseDirectory, .. folders]);
        if (OutputProblem(options.Outputs.Requested(null), environment) is { } outputProblem)
        {
            return Usage(environment, outputProblem);
        }

        IReadOnlyList<ClassMember> roster;
        try
        {
            roster = ClassRoster.Of(folders, environment.CurrentDirectory);
        }
        catch (SubmissionFolderException ex)
        {
            return Usage(environment, $"cannot list the class folder: {ex.Message}.");
        }

        if (roster.Count == 0)
        {
            return Usage(environment, $"no submission folder found in {string.Join(", ", options.Folders.Select(f => $"'{CommandInputs.Shown(f, environment)}'"))}; a class folder holds one folder per submission.");
        }

        var members = shard?.Of(roster) ?? roster;
        var hints = HintChoice.Shown(rubric.Rubric.Hints, options.Hints, out var hintsNote);
        if (hintsNote is not null)
        {
            environment.Error.WriteLine("meshgrade: " + hintsNote);
        }

        var grader = substitute ?? new ClassGrader(new Grader(rubric.Options(options.Limits, hints)), labs);
        var progress = environment.IsInteractive ? new ProgressBar(environment.Error, members.Count) : null;
        ClassReport report;
        try
        {
            report = new ClassRun(grader, labs, minScore, rubric.Rubric.Stamp).Grade(members, options.Jobs, progress is null ? null : progress.Update);
        }
        finally
        {
            progress?.Clear();
        }

        var shardInfo = shard is null ? null : new ShardInfo(shard.Index, shard.Count, roster.Count, Shard.Fingerprint(roster.Select(m => m.Path)));
        if (WriteOutputs(report, options.Outputs.Requested(shardInfo), guarded, environment) is { } writeProblem)
        {
            return Usage(environment, writeProblem);
        }

        ClassTextWriter.Write(report, environment.Out);
        return ExitCode.Passed;
    }

    /// <summary>A class output whose folder is missing is refused before any grading, not after.</summary>
    internal static string? OutputProblem(IEnumerable<(string Option, string Path, Action<ClassReport, TextWriter> Write)> outputs, CliEnvironment environment)
    {
        foreach (var (option, path, _) in outputs)
        {
            var full = Path.GetFullPath(path, environment.CurrentDirectory);
            if (Path.GetDirectoryName(full) is not { } folder || !Directory.Exists(folder))
            {
                return $"cannot write {option} to '{CommandInputs.Shown(path, environment)}': its folder does not exist.";
            }
        }

        return null;
    }

    /// <summary>Writes each class output through <see cref="OutputFile"/>; the first that cannot be written is the problem.</summary>
    internal static string? WriteOutputs(ClassReport report, IEnumerable<(string Option, string Path, Action<ClassReport, TextWriter> Write)> outputs, GuardedFolders guarded, CliEnvironment environment)
    {
        foreach (var (option, path, write) in outputs)
        {
            try
            {
                OutputFile.Write(Path.GetFullPath(path, environment.CurrentDirectory), guarded, writer => write(report, writer));
            }
            catch (OutputFileException ex)
            {
                return $"cannot write {option} to '{CommandInputs.Shown(path, environment)}': {ex.Message}.";
            }
        }

        return null;
    }

    private static ExitCode Usage(CliEnvironment environment, string message) => CommandFailures.Usage(environment, message);
}
