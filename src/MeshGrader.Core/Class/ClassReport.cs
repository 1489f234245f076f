using MeshGrader.Core.Findings;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Class;

/// <summary>
/// A graded class: what every class output (CSV, JSON, HTML, the terminal summary) renders. It holds
/// exactly what the class JSON holds, with scores already rounded as reports show them, so a class
/// read back from its JSON (the shards of a CI matrix) renders the same bytes as the run that
/// graded it. Submissions are in their class order: by path, ordinal.
/// </summary>
/// <param name="Labs">The labs every submission was graded on, in the order named.</param>
/// <param name="MinScore">The --min-score that decided passing, when one was given.</param>
internal sealed record ClassReport(RubricStamp Rubric, IReadOnlyList<ClassLab> Labs, decimal? MinScore, IReadOnlyList<SubmissionRow> Submissions)
{
    public IEnumerable<SubmissionRow> Graded => Submissions.Where(s => s.Grade is not null);
}

internal sealed record ClassLab(int Id, string Slug, string Title, IReadOnlyList<ClassStep> Steps);

internal sealed record ClassStep(int Step, string Title);

/// <summary>One submission of the class: its grade, or why it could not be graded.</summary>
/// <param name="Path">The folder as outputs show it: relative to the working folder, with '/'.</param>
/// <param name="Identity">Who submitted it, read from the folder's name (<see cref="SubmissionIdentity"/>).</param>
internal sealed record SubmissionRow(string Path, string Identity, SubmissionGrade? Grade, string? Problem)
{
    public bool Passed => Grade?.Passed ?? false;
}

/// <param name="Score">The overall score, rounded to one decimal.</param>
/// <param name="Findings">The findings the submission's own report shows (capped as it is), with the fields the JSON report writes.</param>
internal sealed record SubmissionGrade(decimal Score, bool Passed, IReadOnlyList<LabGrade> Labs, IReadOnlyList<Finding> Findings)
{
    /// <summary>The rules of the errors found, each once, in the report's order: the checks the submission fails.</summary>
    public IReadOnlyList<string> FailedChecks { get; } = Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Rule).Distinct(StringComparer.Ordinal).ToArray();

    public LabGrade? Lab(int id) => Labs.FirstOrDefault(l => l.Lab == id);
}

internal sealed record LabGrade(int Lab, decimal Score, int TasksCompleted, int TasksTotal, bool Completed, IReadOnlyList<StepGrade> Steps);

internal sealed record StepGrade(int Step, bool Completed, decimal Score, decimal MaxScore);
