using MeshGrader.Core.Loading;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Core.Grading;

internal sealed record GradingOptions(LoadLimits Limits, ScoringPolicy Scoring)
{
    public static GradingOptions Default { get; } = new(LoadLimits.Default, ScoringPolicy.Default);

    public FindingLimits FindingLimits { get; init; } = FindingLimits.Default;

    /// <summary>How much of each finding a learner is shown.</summary>
    public HintLevel Hints { get; init; } = HintLevel.Answer;

    /// <summary>The rubric the options come from, stamped on every report.</summary>
    public RubricStamp Rubric { get; init; } = DefaultRubric.Rubric.Stamp;
}
