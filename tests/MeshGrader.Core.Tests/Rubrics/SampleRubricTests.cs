using MeshGrader.Core.Reports;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rubrics;

/// <summary>The worked examples in samples/rubrics read cleanly and do what their comments say.</summary>
public sealed class SampleRubricTests
{
    private static Rubric Sample(string name) => RubricGrading.Read(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "rubrics", name)));

    [Fact]
    public void StrictContracts_FailsTheCompleteSamplesQualityOnlyAndWeighsTheContractDouble()
    {
        var rubric = Sample("strict-contracts.rubric.yaml");
        using var submission = TemporarySubmission.FromSample("complete");

        var report = RubricGrading.Grade(submission.Root, rubric, 16);

        Assert.Equal(["DM-301"], report.Errors().Select(e => e.Rule));
        var contract = report.Step(16, 3);
        Assert.Equal(100m * 2 / 7, contract.MaxScore);
        // Five checks, DM-305 worth 2: the failing quality check costs 1 of 6.
        Assert.Equal(ScoreFormat.Round(contract.MaxScore * 5 / 6), ScoreFormat.Round(contract.Score));
        Assert.Equal(80m, rubric.PassMark);
        Assert.Equal(["data-mesh"], rubric.RequiredLabs);
    }

    [Fact]
    public void Exam_HidesFixesRequiresTheCoursesChoicesAndRecommendations()
    {
        var rubric = Sample("exam.rubric.yaml");
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("governance.yaml", "scan_frequency: continuous", "scan_frequency: daily");

        var report = RubricGrading.Grade(submission.Root, rubric, 17, 18);

        Assert.Equal(HintLevel.Nudge, rubric.Hints);
        Assert.Equal(["ML-603", "GV-552"], report.Errors().Select(e => e.Rule));
        Assert.All(report.Findings, f => Assert.Null(f.Hint));
        report.NoFinding("ML-353");
    }
}
