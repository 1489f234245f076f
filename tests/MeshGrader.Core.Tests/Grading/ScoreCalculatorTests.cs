using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

public sealed class ScoreCalculatorTests
{
    [Theory]
    [InlineData(16)]
    public void CompleteLab_ScoresExactly100(int lab)
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = submission.Grade(lab);

        // Six equal shares of 100/6 must not add up to 100.00000000000000000000000002.
        Assert.Equal(100m, report.Labs[0].Score);
        Assert.Equal(100m, report.Score);
    }
}
