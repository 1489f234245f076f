namespace MeshGrader.Core.Grading;

/// <summary>
/// How many findings a report shows: a file of thousands of broken lines would otherwise make
/// reports of tens of megabytes. Scores are computed from every check before the cut.
/// </summary>
internal sealed record FindingLimits(int PerFile, int Total)
{
    public static FindingLimits Default { get; } = new(PerFile: 100, Total: 500);
}
