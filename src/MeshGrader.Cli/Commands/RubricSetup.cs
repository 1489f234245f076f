using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// The rubric a run grades under, and the labs as it changes them: the one the instructor's command
/// names with --rubric, else the default. A rubric is never taken from a submission: only from a
/// path the command names, and never from inside the folder being graded.
/// </summary>
internal sealed class RubricSetup
{
    private RubricSetup(Rubric rubric)
    {
        Rubric = rubric;
        var applied = RubricApplier.Apply(rubric, LabCatalog.All);
        Labs = applied.Labs;
        Scoring = applied.Scoring;
    }

    public Rubric Rubric { get; }

    /// <summary>Every lab, as the rubric changes it.</summary>
    public IReadOnlyList<LabDefinition> Labs { get; }

    public ScoringPolicy Scoring { get; }

    public static RubricSetup Default { get; } = new(DefaultRubric.Rubric);

    /// <summary>A lab by id or slug, as the rubric changes it.</summary>
    public LabDefinition? Find(string idOrSlug) => LabCatalog.Find(idOrSlug) is { } lab ? Labs.First(l => l.Id == lab.Id) : null;

    /// <summary>The labs the rubric changes, in place of the catalogue's own.</summary>
    public IReadOnlyList<LabDefinition> AsChanged(IEnumerable<LabDefinition> labs) => labs.Select(lab => Labs.First(l => l.Id == lab.Id)).ToArray();

    /// <param name="hints">The level the run shows (see <see cref="HintChoice.Shown"/>); null for the rubric's own.</param>
    public GradingOptions Options(FindingLimits limits, HintLevel? hints = null) =>
        new(LoadLimits.Default, Scoring) { FindingLimits = limits, Hints = hints ?? Rubric.Hints, Rubric = Rubric.Stamp };

    /// <summary>
    /// Reads the rubric a command names (or takes the default) and checks it against the hash the
    /// command pins. On failure, <paramref name="problem"/> says why in one line and
    /// <paramref name="findings"/> holds the rubric's own located mistakes, if any.
    /// </summary>
    public static bool TryLoad(
        string? path, string? expectedSha256, string submissionFolder, CliEnvironment environment,
        out RubricSetup setup, out string? problem, out IReadOnlyList<Finding> findings) =>
        TryLoad(path, expectedSha256, [submissionFolder], environment, out setup, out problem, out findings);

    /// <param name="submissionFolders">The folders being graded (a submission, or class folders): the rubric must lie outside them all.</param>
    public static bool TryLoad(
        string? path, string? expectedSha256, IReadOnlyList<string> submissionFolders, CliEnvironment environment,
        out RubricSetup setup, out string? problem, out IReadOnlyList<Finding> findings)
    {
        setup = Default;
        problem = null;
        findings = [];
        if (path is not null)
        {
            var full = Path.GetFullPath(path, environment.CurrentDirectory);
            var real = GuardedFolders.RealPath(full) ?? full;
            if (submissionFolders.Any(folder => GuardedFolders.IsWithin(full, folder) || GuardedFolders.IsWithin(real, GuardedFolders.RealPath(folder) ?? folder)))
            {
                problem = "the rubric lies inside the submission folder, where a learner could have written it; keep the rubric outside the submissions.";
                return false;
            }

            if (!File.Exists(full))
            {
                problem = $"the rubric file '{path}' does not exist.";
                return false;
            }

            var reading = RubricReader.Read(full, path);
            if (reading.Rubric is null)
            {
                findings = reading.Problems;
                problem = $"the rubric '{path}' cannot be used: {FindingText.Count(reading.Problems.Count, "problem")} (above).";
                return false;
            }

            setup = new RubricSetup(reading.Rubric);
        }

        if (expectedSha256 is not null && !string.Equals(expectedSha256.Trim(), setup.Rubric.Stamp.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"the rubric's SHA-256 is {setup.Rubric.Stamp.Sha256}, not the {LearnerText.Printable(expectedSha256.Trim())} that --rubric-sha256 expects; the rubric has changed.";
            return false;
        }

        return true;
    }

    /// <summary>The rubric's mistakes, one per line with its place, as a compiler prints them.</summary>
    public static void WriteFindings(IReadOnlyList<Finding> findings, TextWriter error)
    {
        foreach (var finding in findings)
        {
            error.WriteLine($"{FindingText.Location(finding, ArtifactPaths.SubmissionRoot)}  error  {LearnerText.Printable(finding.Message)}  [{finding.Rule}]");
            if (finding.Hint is { } hint)
            {
                error.WriteLine($"  hint: {LearnerText.Printable(hint)}");
            }
        }
    }
}
