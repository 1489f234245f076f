using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Reports;

/// <summary>
/// The outcome of grading one submission: a plain value that every output format renders, so no
/// format ever re-runs a check. Scores are kept unrounded; writers round for display.
/// </summary>
internal sealed record GradingReport(decimal Score, IReadOnlyList<LabReport> Labs, IReadOnlyList<Finding> Findings)
{
    public bool AllCompleted => Labs.Count > 0 && Labs.All(l => l.Completed);

    public IEnumerable<Finding> FindingsOf(int lab) => Findings.Where(f => f.Lab == lab);
}

internal sealed record LabReport(LabDefinition Lab, decimal Score, IReadOnlyList<StepReport> Steps)
{
    public int TasksCompleted => Steps.Count(s => s.Completed);

    public int TasksTotal => Steps.Count;

    public bool Completed => TasksCompleted == TasksTotal;
}

/// <param name="File">The file the step is written in (e.g. contract.yaml).</param>
internal sealed record StepReport(int Step, string Title, string File, bool Completed, decimal Score, decimal MaxScore, int ChecksPassed, int ChecksTotal);
