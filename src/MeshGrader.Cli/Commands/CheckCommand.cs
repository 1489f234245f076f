using MeshGrader.Cli.Output;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;

namespace MeshGrader.Cli.Commands;

internal sealed record CheckOptions(string Directory, IReadOnlyList<string> Labs, IReadOnlyList<string> Formats, decimal? MinScore, bool Verbose);

/// <summary>Validates the options, grades once, and hands the one report to every requested writer.</summary>
internal static class CheckCommand
{
    public static ExitCode Run(CheckOptions options, CliEnvironment environment) =>
        Run(options, environment, (folder, labs) => new Grader().Grade(folder, labs));

    /// <param name="grade">The grading step; tests substitute a faulty one to exercise exit code 3.</param>
    internal static ExitCode Run(CheckOptions options, CliEnvironment environment, Func<string, IReadOnlyList<LabDefinition>, GradingReport> grade)
    {
        try
        {
            return RunChecked(options, environment, grade);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            environment.Error.WriteLine($"meshgrade: internal error: {ex.Message}");
            environment.Error.WriteLine(options.Verbose ? ex.ToString() : "Run again with --verbose for details, and please report it.");
            return ExitCode.InternalError;
        }
    }

    private static ExitCode RunChecked(CheckOptions options, CliEnvironment environment, Func<string, IReadOnlyList<LabDefinition>, GradingReport> grade)
    {
        var folder = Path.GetFullPath(options.Directory, environment.CurrentDirectory);
        if (!Directory.Exists(folder))
        {
            return Usage(environment, File.Exists(folder)
                ? $"'{options.Directory}' is a file; give the submission folder that holds the lab files."
                : $"the folder '{options.Directory}' does not exist.");
        }

        var selected = new List<LabDefinition>();
        foreach (var name in options.Labs.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (LabCatalog.Find(name) is not { } lab)
            {
                return Usage(environment, $"unknown lab '{name}'; labs: {string.Join(", ", LabCatalog.All.Select(l => $"{l.Id} ({l.Slug})"))}.");
            }

            if (!selected.Contains(lab))
            {
                selected.Add(lab);
            }
        }

        var requests = options.Formats.Select(FormatRequest.Parse).ToList();
        if (requests.FirstOrDefault(r => !ReportFormats.Names.Contains(r.Name)) is { } unknown)
        {
            return Usage(environment, $"unknown format '{unknown.Name}'; formats: {string.Join(", ", ReportFormats.Names)}.");
        }

        if (requests.Count(r => r.Path is null) > 1)
        {
            return Usage(environment, "only one format can go to the terminal; give the others a file, e.g. --format json=report.json.");
        }

        if (options.MinScore is < 0 or > 100)
        {
            return Usage(environment, "--min-score must be between 0 and 100.");
        }

        var labs = selected.Count > 0 ? selected : Grader.DetectLabs(folder);
        if (labs.Count == 0)
        {
            var files = string.Join(", ", LabCatalog.All.SelectMany(l => l.Files).Select(f => f + ".yaml"));
            return Usage(environment, $"no lab file found in '{options.Directory}' (looked for {files}); use --lab to grade a lab anyway.");
        }

        var report = grade(folder, labs);
        foreach (var request in requests)
        {
            if (!TryWrite(report, request, environment, out var problem))
            {
                return Usage(environment, problem!);
            }
        }

        var passed = options.MinScore is { } minimum ? ScoreFormat.Round(report.Score) >= minimum : report.AllCompleted;
        return passed ? ExitCode.Passed : ExitCode.NotPassing;
    }

    private static bool TryWrite(GradingReport report, FormatRequest request, CliEnvironment environment, out string? problem)
    {
        problem = null;
        if (request.Path is null)
        {
            ReportFormats.Create(request.Name, environment.UseColour).Write(report, environment.Out);
            return true;
        }

        var path = Path.GetFullPath(request.Path, environment.CurrentDirectory);
        try
        {
            using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            ReportFormats.Create(request.Name, useColour: false).Write(report, file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot write the {request.Name} report to '{request.Path}': {ex.Message}";
            return false;
        }
    }

    private static ExitCode Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("meshgrade: " + message);
        return ExitCode.UsageError;
    }
}
