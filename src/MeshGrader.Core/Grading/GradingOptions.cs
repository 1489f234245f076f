using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Grading;

internal sealed record GradingOptions(LoadLimits Limits, ScoringPolicy Scoring)
{
    public static GradingOptions Default { get; } = new(LoadLimits.Default, ScoringPolicy.Default);

    public FindingLimits FindingLimits { get; init; } = FindingLimits.Default;
}
