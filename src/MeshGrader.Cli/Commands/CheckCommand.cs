using System.Reflection;
using MeshGrader.Cli.Output;
using MeshGrader.Core.Class;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Commands;

/// <param name="BaseDirectory">The repository root that SARIF, JUnit and annotation paths are relative to (default: the current folder).</param>
/// <param name="Limits">How many findings are shown, per file and in all.</param>
/// <param name="Rubric">The rubric file the instructor's command names; null for the default rubric.</param>
/// <param name="RubricSha256">The SHA-256 the rubric must have; null to take it as it is.</param>
/// <param name="Hints">--hints: how much of each finding to show, never more than the rubric's level; null for the rubric's.</param>
/// <param name="Watch">--watch: grade again on each change to the lab files, until stopped (<see cref="WatchLoop"/>).</param>
internal sealed record CheckOptions(
    string Directory, IReadOnlyList<string> Labs, IReadOnlyList<string> Formats, decimal? MinScore, bool Verbose,
    string? BaseDirectory = null, FindingLimits? Limits = null, string? Rubric = null, string? RubricSha256 = null,
    HintLevel? Hints = null, bool Watch = false);

/// <summary>
/// Validates the options, grades once, and hands the one report to every requested writer; with
/// --watch, grades again on each change and prints the text report each time.
/// </summary>
internal static class CheckCommand
{
    private const string ResultsFileName = "results.json";

    /// <summary>The tool's informational version, e.g. 1.0.0+commit.</summary>
    public static string ToolVersion { get; } =
        typeof(CheckCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static ExitCode Run(CheckOptions options, CliEnvironment environment) => Run(options, environment, grade: null);

    /// <param name="grade">The grading step; null for the grader under the run's rubric. Tests substitute a faulty one to exercise exit code 3.</param>
    internal static ExitCode Run(CheckOptions options, CliEnvironment environment, Func<SubmissionFiles, IReadOnlyList<LabDefinition>, GradingReport>? grade)
    {
        try
        {
            return RunChecked(options, environment, grade);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The Classroom result never carries the exception's message (machine paths, learner text).
            var code = CommandFailures.Internal(ex, options.Verbose, environment);
            ReportErrorToClassroom(options, environment, $"meshgrade failed with an internal error ({ex.GetType().Name}).");
            return code;
        }
    }

    private static ExitCode RunChecked(CheckOptions options, CliEnvironment environment, Func<SubmissionFiles, IReadOnlyList<LabDefinition>, GradingReport>? grade)
    {
        var (folder, baseDirectory) = FoldersOf(options, environment);
        if (!Directory.Exists(folder))
        {
            return Usage(options, environment, File.Exists(folder)
                ? $"'{Shown(options.Directory, environment)}' is a file; give the submission folder that holds the lab files."
                : $"the folder '{Shown(options.Directory, environment)}' does not exist.");
        }

        if (!RubricSetup.TryLoad(options.Rubric, options.RubricSha256, folder, environment, out var rubric, out var rubricProblem, out var rubricFindings))
        {
            RubricSetup.WriteFindings(rubricFindings, environment.Error);
            return Usage(options, environment, rubricProblem!);
        }

        // The rubric's pass mark and required labs hold unless the command says otherwise.
        options = options with { MinScore = options.MinScore ?? rubric.Rubric.PassMark };
        var hints = HintChoice.Shown(rubric.Rubric.Hints, options.Hints, out var hintsNote);
        if (hintsNote is not null)
        {
            environment.Error.WriteLine("meshgrade: " + hintsNote);
        }

        grade ??= (files, labs) => new Grader(rubric.Options(options.Limits ?? FindingLimits.Default, hints)).Grade(files, labs);
        if (CommandInputs.SelectLabs(options.Labs.Count > 0 ? options.Labs : rubric.Rubric.RequiredLabs, out var unknownLab) is not { } named)
        {
            return Usage(options, environment, unknownLab!);
        }

        var requests = options.Formats.Select(FormatRequest.Parse).ToList();
        if (requests.FirstOrDefault(r => ReportFormats.Find(r.Name) is null) is { } unknown)
        {
            return Usage(options, environment, $"unknown format '{unknown.Name}'; formats: {string.Join(", ", ReportFormats.Names)}.");
        }

        var outputs = requests.Select(r => (Request: r, Format: ReportFormats.Find(r.Name)!)).ToList();
        if (options.Watch && outputs.Any(o => o.Format.Name != "text" || o.Request.Path is not null))
        {
            // A report file or a CI format rewritten on every save serves no one; a person at a terminal reads text.
            return Usage(options, environment, "--watch prints the text report again on each change, for a person to read; leave out --format (or give --format text), and run without --watch to write other formats or files.");
        }

        if (outputs.Count(o => o.Request.Path is null && o.Format.Target == DefaultTarget.Terminal) > 1)
        {
            return Usage(options, environment, "only one format can go to the terminal; give the others a file, e.g. --format json=report.json.");
        }

        var github = new GitHubFiles(environment);
        if (outputs.Any(o => o.Request.Path is null && o.Format.Target == DefaultTarget.GitHubOutput) && github.OutputPath is null)
        {
            return Usage(options, environment, "--format classroom writes the 'result' output to $GITHUB_OUTPUT, which is not set here; give it a file instead, e.g. --format classroom=result.txt.");
        }

        if (outputs.Any(o => o.Request.Path is null && o.Format.Target == DefaultTarget.GradescopeResults) && !Directory.Exists(environment.GradescopeResultsFolder))
        {
            return Usage(options, environment, $"--format gradescope writes {environment.GradescopeResultsFolder}/{ResultsFileName}, and that folder does not exist here; give it a file instead, e.g. --format gradescope={ResultsFileName}.");
        }

        if (options.MinScore is < 0 or > 100)
        {
            return Usage(options, environment, "--min-score must be between 0 and 100.");
        }

        if (options.Limits is { PerFile: < 1 } or { Total: < 1 })
        {
            return Usage(options, environment, "--max-findings and --max-findings-per-file must be at least 1.");
        }

        if (!Directory.Exists(baseDirectory))
        {
            return Usage(options, environment, $"the --base-dir folder '{Shown(options.BaseDirectory!, environment)}' does not exist.");
        }

        // A submission named inside the working folder or the repository is graded where it is: a
        // link there could lead to another learner's folder, or out of the repository.
        if (new GuardedFolders([environment.CurrentDirectory, baseDirectory]).PassesThroughALink(folder))
        {
            return Usage(options, environment, $"the submission folder '{Shown(options.Directory, environment)}' is, or lies behind, a link in the repository; name the folder itself.");
        }

        var selected = named.Count > 0 ? rubric.AsChanged(named) : null;
        ExitCode GradeOnce()
        {
            try
            {
                return Grade(options, environment, grade, folder, baseDirectory, selected, rubric, outputs, github);
            }
            catch (SubmissionFolderException ex)
            {
                return Usage(options, environment, $"cannot grade the folder '{Shown(options.Directory, environment)}': {ex.Message}.");
            }
        }

        return options.Watch ? WatchLoop.Run(folder, Shown(options.Directory, environment), environment, () => GradeWhileWatching(GradeOnce, options, environment)) : GradeOnce();
    }

    /// <summary>A fault in one regrade is reported like any other and the watch goes on: the next save may grade.</summary>
    private static ExitCode GradeWhileWatching(Func<ExitCode> grade, CheckOptions options, CliEnvironment environment)
    {
        try
        {
            return grade();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return CommandFailures.Internal(ex, options.Verbose, environment);
        }
    }

    private static ExitCode Grade(
        CheckOptions options,
        CliEnvironment environment,
        Func<SubmissionFiles, IReadOnlyList<LabDefinition>, GradingReport> grade,
        string folder,
        string baseDirectory,
        IReadOnlyList<LabDefinition>? selected,
        RubricSetup rubric,
        List<(FormatRequest Request, ReportFormat Format)> outputs,
        GitHubFiles github)
    {
        var files = SubmissionFiles.Open(folder);
        var labs = selected ?? rubric.AsChanged(Grader.DetectLabs(files));
        if (labs.Count == 0)
        {
            var names = string.Join(", ", LabCatalog.All.SelectMany(l => l.Files).Select(f => f + ".yaml"));
            return Usage(options, environment, $"no lab file found in '{Shown(options.Directory, environment)}' (looked for {names}); use --lab to grade a lab anyway.");
        }

        // Paths in CI reports are relative to the repository root; a submission outside it names its files from its own root.
        var repositoryPaths = ArtifactPaths.Between(baseDirectory, folder) ?? ArtifactPaths.SubmissionRoot;
        var guarded = GuardedForReports(options, environment);
        var report = grade(files, labs);

        // A submission with none of the graded labs' files has nothing to pass with, whatever --min-score says.
        var nothingSubmitted = new SubmissionFolder(files).HasNoneOf(labs);
        var passed = Verdict.Passed(report, nothingSubmitted, options.MinScore);
        var classroom50 = Classroom50Submission.FromEnvironment(environment.Variable);
        foreach (var (request, format) in outputs)
        {
            var paths = format.RepositoryRelative ? repositoryPaths : ArtifactPaths.SubmissionRoot;
            var settings = new WriterSettings(environment.UseColour, paths, ToolVersion) { Classroom50 = classroom50 };
            if (!TryWrite(report, request, format, settings, environment, github, guarded, out var problem))
            {
                return Usage(options, environment, problem!);
            }

            if (format.WritesGitHubFiles && !TryPublishToGitHub(report, paths, passed, github, out problem))
            {
                return Usage(options, environment, problem!);
            }
        }

        if (!TryFile("the step outputs", "$GITHUB_OUTPUT", github.Flush, out var flushProblem))
        {
            return Usage(options, environment, flushProblem!);
        }

        if (nothingSubmitted)
        {
            environment.Error.WriteLine($"meshgrade: none of the lab files was found in '{Shown(options.Directory, environment)}'; the score is 0.");
        }

        return passed ? ExitCode.Passed : ExitCode.NotPassing;
    }

    private static bool TryWrite(GradingReport report, FormatRequest request, ReportFormat format, WriterSettings settings, CliEnvironment environment, GitHubFiles github, GuardedFolders guarded, out string? problem)
    {
        problem = null;
        if (request.Path is null)
        {
            switch (format.Target)
            {
                case DefaultTarget.Terminal or DefaultTarget.TerminalLines:
                    format.Create(settings).Write(report, environment.Out);
                    return true;
                case DefaultTarget.GitHubOutput:
                    using (var result = new StringWriter())
                    {
                        format.Create(settings).Write(report, result);
                        github.Set("result", result.ToString().Trim());
                    }

                    return true;
                case DefaultTarget.GradescopeResults:
                    return TryWriteFile(report, format, settings with { UseColour = false }, Path.Combine(environment.GradescopeResultsFolder, ResultsFileName), ResultsFileName, guarded, out problem);
                case DefaultTarget.Classroom50Result:
                    // Through OutputFile like every report: a result.json the learner committed as a link is replaced, not written through.
                    return TryWriteFile(report, format, settings with { UseColour = false }, Path.Combine(environment.CurrentDirectory, Classroom50ReportWriter.FileName), Classroom50ReportWriter.FileName, guarded, out problem);
            }
        }

        return TryWriteFile(report, format, settings with { UseColour = false }, Path.GetFullPath(request.Path!, environment.CurrentDirectory), Shown(request.Path!, environment), guarded, out problem);
    }

    private static bool TryWriteFile(GradingReport report, ReportFormat format, WriterSettings settings, string path, string shownPath, GuardedFolders guarded, out string? problem)
    {
        try
        {
            OutputFile.Write(path, guarded, writer => format.Create(settings).Write(report, writer));
            problem = null;
            return true;
        }
        catch (OutputFileException ex)
        {
            problem = $"cannot write the {format.Name} report to '{shownPath}': {ex.Message}.";
            return false;
        }
    }

    /// <summary>The github format's extras: the Markdown step summary and the score and result outputs.</summary>
    private static bool TryPublishToGitHub(GradingReport report, ArtifactPaths paths, bool passed, GitHubFiles github, out string? problem)
    {
        github.Offer("score", ScoreFormat.Text(report.Score));
        github.Offer("result", passed ? "passed" : "failed");
        return TryFile("the step summary", "$GITHUB_STEP_SUMMARY", () =>
        {
            using var summary = new StringWriter();
            new MarkdownReportWriter(paths).Write(report, summary);
            github.AppendSummary(summary.ToString());
        }, out problem);
    }

    /// <summary>The files the Actions runner names in its variables: its own, appended to as it expects.</summary>
    private static bool TryFile(string what, string where, Action write, out string? problem)
    {
        try
        {
            write();
            problem = null;
            return true;
        }
        catch (OutputFileException ex)
        {
            problem = $"cannot write {what} to {where}: {ex.Message}.";
            return false;
        }
    }

    /// <summary>
    /// When grading cannot happen and a Classroom result was asked for, the reporter still gets one,
    /// with status "error" and the reason, instead of an empty output it cannot decode.
    /// </summary>
    private static void ReportErrorToClassroom(CheckOptions options, CliEnvironment environment, string message)
    {
        foreach (var request in options.Formats.Select(FormatRequest.Parse).Where(r => r.Name == "classroom"))
        {
            var result = ClassroomReportWriter.ErrorResult(message);
            try
            {
                if (request.Path is { } path)
                {
                    OutputFile.Write(Path.GetFullPath(path, environment.CurrentDirectory), GuardedForReports(options, environment), writer => writer.WriteLine(result));
                }
                else if (new GitHubFiles(environment) is { OutputPath: not null } github)
                {
                    github.Set("result", result);
                    github.Flush();
                }
            }
            catch (OutputFileException ex)
            {
                environment.Error.WriteLine($"meshgrade: cannot write the classroom error result: {ex.Message}.");
            }
        }
    }

    /// <summary>The submission folder and the repository root (--base-dir) as absolute paths.</summary>
    private static (string Folder, string BaseDirectory) FoldersOf(CheckOptions options, CliEnvironment environment) =>
        (Path.GetFullPath(options.Directory, environment.CurrentDirectory), Path.GetFullPath(options.BaseDirectory ?? ".", environment.CurrentDirectory));

    /// <summary>The folders a committed link must not lead a report out of: the working folder, the repository root and the submission.</summary>
    private static GuardedFolders GuardedForReports(CheckOptions options, CliEnvironment environment)
    {
        var (folder, baseDirectory) = FoldersOf(options, environment);
        return new GuardedFolders([environment.CurrentDirectory, baseDirectory, folder]);
    }

    private static string Shown(string path, CliEnvironment environment) => CommandInputs.Shown(path, environment);

    private static ExitCode Usage(CheckOptions options, CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("meshgrade: " + LearnerText.Printable(message, int.MaxValue));
        ReportErrorToClassroom(options, environment, "meshgrade could not grade: " + message);
        return ExitCode.UsageError;
    }
}
