using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

public sealed class LabScoreTests
{
    public static TheoryData<int> EveryLab() => new(LabCatalog.All.Select(lab => lab.Id));

    [Theory]
    [MemberData(nameof(EveryLab))]
    public void CompleteLab_ScoresExactly100(int lab)
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = submission.Grade(lab);

        // Six equal shares of 100/6 must not add up to 100.00000000000000000000000002.
        Assert.Equal(100m, report.Labs[0].Score);
        Assert.Equal(100m, report.Score);
    }

    [Fact]
    public void PartlyWrongStep_EarnsItsShareOfPassedChecks()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("governance.yaml", "threshold: 95", "threshold: 79");

        var report = submission.Grade(18);

        var step = report.Step(18, 2);
        Assert.Equal((2, 3), (step.ChecksPassed, step.ChecksTotal));
        Assert.Equal(Math.Round(100m / 6 * 2 / 3, 10), Math.Round(step.Score, 10));
        Assert.Equal(Math.Round(100m - (100m / 6 / 3), 10), Math.Round(report.Labs[0].Score, 10));
    }
}
