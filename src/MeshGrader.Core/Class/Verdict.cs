using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Class;

/// <summary>Whether a graded submission passes: the one rule of <c>meshgrade check</c>, for one submission or a class.</summary>
internal static class Verdict
{
    /// <summary>
    /// Every graded lab completed, or the overall score (rounded as shown) reaching
    /// <paramref name="minScore"/>; a submission with none of the graded labs' files never passes.
    /// </summary>
    public static bool Passed(GradingReport report, bool nothingSubmitted, decimal? minScore) =>
        !nothingSubmitted && (minScore is { } minimum ? ScoreFormat.Round(report.Score) >= minimum : report.AllCompleted);
}
