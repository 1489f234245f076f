using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Core.Grading;

/// <summary>
/// The outcome of grading one submission: a plain value that every output format renders, so no
/// format ever re-runs a check. Scores are kept unrounded; writers round for display.
/// </summary>
internal sealed record GradingReport(decimal Score, IReadOnlyList<LabReport> Labs, IReadOnlyList<Finding> Findings)
{
    public bool AllCompleted => Labs.Count > 0 && Labs.All(l => l.Completed);

    public IEnumerable<Finding> FindingsOf(int lab) => Findings.Where(f => f.Lab == lab);

    /// <summary>
    /// The feedback for one step: its own findings, and the file-level ones of the file it is written
    /// in (a missing or unparsable file), which are why such a step earns nothing.
    /// </summary>
    public IEnumerable<Finding> FindingsOf(LabReport lab, StepReport step) =>
        FindingsOf(lab.Lab.Id).Where(f => f.Step == step.Step || (f.Step is null && f.File == step.File));

    /// <summary>The rubric the submission was graded under.</summary>
    public RubricStamp Rubric { get; init; } = DefaultRubric.Rubric.Stamp;

    /// <summary>
    /// How much of each finding the report shows: its findings are already cut to it, and a writer
    /// that adds text of its own (SARIF's rule help) adds no fix below <see cref="HintLevel.Answer"/>.
    /// </summary>
    public HintLevel Hints { get; init; } = HintLevel.Answer;

    /// <summary>How long grading took, summed over the labs.</summary>
    public TimeSpan Elapsed => Labs.Aggregate(TimeSpan.Zero, (total, lab) => total + lab.Elapsed);
}

internal sealed record LabReport(LabDefinition Lab, decimal Score, IReadOnlyList<StepReport> Steps)
{
    public int TasksCompleted => Steps.Count(s => s.Completed);

    public int TasksTotal => Steps.Count;

    public bool Completed => TasksCompleted == TasksTotal;

    /// <summary>How long grading the lab took (CI formats report it; steps are graded together, not timed apart).</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <param name="File">The file the step is written in (e.g. contract.yaml).</param>
internal sealed record StepReport(int Step, string Title, string File, bool Completed, decimal Score, decimal MaxScore, int ChecksPassed, int ChecksTotal);
