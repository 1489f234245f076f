using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Tests.Grading;

public sealed class ScoreCalculatorTests
{
    private static readonly LabDefinition Lab = LabCatalog.Get(16);

    private static IReadOnlyList<StepChecks> FourChecksPerStep(bool usable = true) =>
        Lab.Steps.Select(s => new StepChecks(s.Number, "domain.yaml", [$"C{s.Number}1", $"C{s.Number}2", $"C{s.Number}3", $"C{s.Number}4"], usable)).ToArray();

    private static Finding Error(int step, string check) =>
        new("DM-101", Severity.Error, "m", null, "domain.yaml", 1, 1, 1, 1, "/x", 16, step, check);

    [Fact]
    public void NoFindings_ScoresHundredAndCompletesEveryStep()
    {
        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(), [], ScoringPolicy.Default);

        Assert.Equal(100m, Math.Round(report.Score, 10));
        Assert.True(report.Completed);
        Assert.Equal("100", ScoreFormat.Text(report.Score));
    }

    [Fact]
    public void OneFailedCheckOfFour_EarnsThreeQuartersOfTheStep()
    {
        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(), [Error(3, "C31")], ScoringPolicy.Default);

        var step = report.Steps.Single(s => s.Step == 3);
        Assert.False(step.Completed);
        Assert.Equal(100m / 6 * 3 / 4, step.Score);
        Assert.Equal(5, report.TasksCompleted);
        Assert.Equal("95.8", ScoreFormat.Text(report.Score));
    }

    [Fact]
    public void WholeStepFailure_EarnsNothingForThatStep()
    {
        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(), [Error(2, Finding.WholeStep)], ScoringPolicy.Default);

        Assert.Equal(0m, report.Steps.Single(s => s.Step == 2).Score);
        Assert.Equal("83.3", ScoreFormat.Text(report.Score));
    }

    [Fact]
    public void UnreadableFile_EarnsNothingForItsSteps()
    {
        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(usable: false), [], ScoringPolicy.Default);

        Assert.Equal(0m, report.Score);
        Assert.Equal(0, report.TasksCompleted);
    }

    [Fact]
    public void WarningsAndNotices_CostNothing()
    {
        Finding[] findings =
        [
            Error(1, "C11") with { Severity = Severity.Warning, Check = null },
            Error(2, "C21") with { Severity = Severity.Info, Check = null },
        ];

        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(), findings, ScoringPolicy.Default);

        Assert.True(report.Completed);
    }

    [Fact]
    public void ErrorOutsideTheStepsChecks_StillKeepsTheStepBelowFullMarks()
    {
        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(), [Error(4, "MG-002")], ScoringPolicy.Default);

        var step = report.Steps.Single(s => s.Step == 4);
        Assert.False(step.Completed);
        Assert.True(step.Score < step.MaxScore);
    }

    [Fact]
    public void StepWeights_AreData()
    {
        var policy = new ScoringPolicy(new Dictionary<(int, int), decimal> { [(16, 1)] = 5m });

        var report = ScoreCalculator.Score(Lab, FourChecksPerStep(), [Error(1, Finding.WholeStep)], policy);

        Assert.Equal(50m, report.Steps.Single(s => s.Step == 1).MaxScore);
        Assert.Equal(50m, report.Score);
    }

    [Theory]
    [InlineData("100", 100)]
    [InlineData("83.3", 83.333333)]
    [InlineData("16.7", 16.666666)]
    [InlineData("0", 0)]
    [InlineData("91.7", 91.65)]
    [InlineData("0.1", 0.05)]
    public void ScoreText_HasAtMostOneDecimalAndNoTrailingZero(string expected, double score)
    {
        Assert.Equal(expected, ScoreFormat.Text((decimal)score));
    }
}
