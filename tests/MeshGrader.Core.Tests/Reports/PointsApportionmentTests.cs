using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Tests.Reports;

public sealed class PointsApportionmentTests
{
    private static readonly decimal Share = 100m / 6;

    public static TheoryData<string> Samples() =>
    [
        "complete", "data-mesh-one-mistake-per-step", "data-mesh-missing-section", "data-mesh-misspelt-key-and-choice",
        "data-mesh-threshold-too-low", "data-mesh-unquoted-version", "data-mesh-yes-for-true",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_StepsAddUpToTheRoundedLabScoreAndMaximum(string sample)
    {
        var lab = ReportSamples.Of(sample).Labs.Single();

        var points = PointsApportionment.Of(lab);

        Assert.Equal(ScoreFormat.Round(lab.Score), points.Sum(p => p.Earned));
        Assert.Equal(100m, points.Sum(p => p.Max));
        Assert.All(points, p => Assert.Equal(p.Step.Completed, p.Earned == p.Max));
    }

    [Fact]
    public void SixCompleteSteps_AddUpTo100NotTo100Point2()
    {
        var points = PointsApportionment.Of(Lab(Enumerable.Repeat(Share, 6).ToArray()));

        Assert.Equal(100m, points.Sum(p => p.Earned));
        Assert.All(points, p => Assert.InRange(p.Max, 16.6m, 16.7m));
    }

    [Fact]
    public void HalfTheStepsComplete_EarnExactlyFifty()
    {
        // Three shares of 16.67 round to 16.7 each (50.1), but the text report says 50.
        var points = PointsApportionment.Of(Lab(Share, Share, Share, 0, 0, 0));

        Assert.Equal(50m, points.Sum(p => p.Earned));
        Assert.Equal(100m, points.Sum(p => p.Max));
        Assert.All(points.Take(3), p => Assert.Equal(p.Max, p.Earned));
        Assert.All(points.Skip(3), p => Assert.Equal(0m, p.Earned));
    }

    [Fact]
    public void IncompleteStep_EarnsLessThanItsMaximum()
    {
        // Step 6 earns 16.65 of a share that rounds down to 16.6: it must not show full marks.
        var points = PointsApportionment.Of(Lab(Share, Share, Share, Share, 5, Share * 0.999m));

        Assert.Equal(16.6m, points[5].Max);
        Assert.True(points[5].Earned < points[5].Max, $"{points[5].Earned}/{points[5].Max}");
        Assert.Equal(ScoreFormat.Round((Share * 4) + 5 + (Share * 0.999m)), points.Sum(p => p.Earned));
        Assert.Equal(100m, points.Sum(p => p.Max));
    }

    /// <summary>A lab whose step i scores <paramref name="scores"/>[i] of 100/6; a full share counts as complete.</summary>
    private static LabReport Lab(params decimal[] scores)
    {
        var steps = scores.Select((score, i) => new StepReport(i + 1, $"Step {i + 1}", "domain.yaml", score == Share, score, Share, 0, 1)).ToArray();
        return new LabReport(LabCatalog.Get(16), steps.Sum(s => s.Score), steps);
    }
}
