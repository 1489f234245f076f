using MeshGrader.Core.Class;

namespace MeshGrader.Core.Tests.Class;

public sealed class ClassStatisticsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("9.9", 0)]
    [InlineData("10", 1)]
    [InlineData("83.3", 8)]
    [InlineData("99.9", 9)]
    [InlineData("100", 10)]
    public void Score_FallsInItsBandOfTenWithCompletedAlone(string score, int band) =>
        Assert.Equal(band, ClassStatistics.Band(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Summary_CountsPassedNotPassingAndNotGraded()
    {
        var graded = ClassOfSamples.Graded();
        var report = graded with { Submissions = [.. graded.Submissions, graded.Submissions[0] with { Path = "class/zz", Grade = null, Problem = "it does not exist" }] };

        var summary = ClassStatistics.Summary(report);

        Assert.Equal((21, 20, 1, 19, 1), (summary.Submissions, summary.Graded, summary.Passed, summary.NotPassing, summary.NotGraded));
        Assert.Equal(ClassStatistics.Mean(graded.Submissions.Select(s => s.Grade!.Score)), summary.MeanScore);
    }

    [Fact]
    public void MostFailed_CountsEachSubmissionOnceAndBreaksTiesByRule()
    {
        var report = ClassOfSamples.Graded();

        var failed = ClassStatistics.MostFailed(report, int.MaxValue);

        Assert.Equal(("MG-004", 19), (failed[0].Rule, failed[0].Submissions));
        Assert.Equal(failed.OrderByDescending(f => f.Submissions).ThenBy(f => f.Rule, StringComparer.Ordinal), failed);
        Assert.All(failed, f => Assert.Equal(report.Submissions.Count(s => s.Grade!.FailedChecks.Contains(f.Rule)), f.Submissions));
    }

    [Fact]
    public void StepCompletion_IsTheShareOfGradedSubmissionsThatCompletedTheStep()
    {
        var report = ClassOfSamples.Graded();
        var lab = report.Labs[0];

        var steps = ClassStatistics.StepCompletions(report, lab);

        Assert.Equal(lab.Steps, steps.Select(s => s.Step));
        Assert.All(steps, s => Assert.Equal(report.Submissions.Count(r => r.Grade!.Lab(lab.Id)!.Steps.Single(x => x.Step == s.Step.Step).Completed), s.Completed));
        Assert.Equal("33.3%", ClassStatistics.Percent(1, 3));
        Assert.Equal("0%", ClassStatistics.Percent(0, 0));
    }
}
