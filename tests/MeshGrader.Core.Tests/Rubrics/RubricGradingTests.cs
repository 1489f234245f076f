using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rubrics;

public sealed class RubricGradingTests
{
    private const int DataMesh = 16;
    private const int Mlops = 17;
    private const int Governance = 18;

    [Fact]
    public void QualityThresholdRaisedTo96_CompleteSampleLosesExactlyThatCheckAndItsPoints()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var plain = submission.Grade(DataMesh);

        var strict = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  data-mesh:\n    checks:\n      DM-301: { minimum: 96 }\n"), DataMesh);

        var error = Assert.Single(strict.Findings);
        Assert.Equal("DM-301", error.Rule);
        Assert.Equal(submission.PositionOf("contract.yaml", "95"), new SourcePosition(error.Line!.Value, error.Column!.Value));
        Assert.Contains("at least 96", error.Message, StringComparison.Ordinal);
        var step = strict.Step(DataMesh, 3);
        // Step 3's five checks: product (written, so checked), schema_version, quality_threshold, sla_uptime, backward_compatible.
        Assert.Equal((4, 5), (step.ChecksPassed, step.ChecksTotal));
        Assert.Equal(step.MaxScore * 4 / 5, step.Score);
        Assert.Equal(plain.Labs[0].Score - (step.MaxScore / 5), strict.Labs[0].Score);
        Assert.Equal(
            plain.Labs[0].Steps.Where(s => s.Step != 3),
            strict.Labs[0].Steps.Where(s => s.Step != 3));
    }

    [Fact]
    public void DefaultRubricPrinted_ReadsBackAndGradesAsNoRubricWithTheSameStamp()
    {
        var printed = RubricGrading.Read(DefaultRubric.Text);

        Assert.Equal(DefaultRubric.Rubric.Stamp, printed.Stamp);
        foreach (var sample in new[] { "complete", "mlops-one-mistake-per-step", "governance-one-mistake-per-step" })
        {
            using var submission = TemporarySubmission.FromSample(sample);
            var plain = submission.Grade(DataMesh, Mlops, Governance);
            var graded = RubricGrading.Grade(submission.Root, printed, DataMesh, Mlops, Governance);

            Assert.Equal(Json(plain), Json(graded with { Rubric = plain.Rubric }));
        }
    }

    [Fact]
    public void CheckWorthMorePoints_CostsItsShareOfTheStep()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: 50");

        var report = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  data-mesh:\n    checks:\n      DM-301: { points: 5 }\n"), DataMesh);

        // Five checks: DM-301 worth 5, the four others 1 each; DM-301 fails.
        var step = report.Step(DataMesh, 3);
        Assert.Equal(ScoreFormat.Round(step.MaxScore * 4 / 9), ScoreFormat.Round(step.Score));
    }

    [Fact]
    public void StepPoints_ShareTheLabsHundredInProportion()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "sla_uptime: 99.9", "sla_uptime: 9");

        var report = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  data-mesh:\n    steps: { 3: 5 }\n"), DataMesh);

        var step = report.Step(DataMesh, 3);
        Assert.Equal(50m, step.MaxScore);
        Assert.Equal(50m + 50m * 4 / 5, report.Labs[0].Score);
    }

    [Fact]
    public void CheckTurnedOff_IsNeitherReportedNorScored()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "auto_profiling: true", "auto_profiling: yes");

        var report = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  data-mesh:\n    checks:\n      DM-604: { off: true }\n"), DataMesh);

        Assert.Empty(report.Findings);
        Assert.Equal(100m, report.Labs[0].Score);
        Assert.Equal(3, report.Step(DataMesh, 6).ChecksTotal);
    }

    [Fact]
    public void RecommendationGivenPoints_IsARequiredCheckOfItsStep()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: 90");
        var rubric = RubricGrading.Read("labs:\n  data-mesh:\n    checks:\n      DM-351: { points: 1 }\n");

        var report = RubricGrading.Grade(submission.Root, rubric, DataMesh);

        var error = report.SingleError("DM-351");
        Assert.Equal(3, error.Step);
        var step = report.Step(DataMesh, 3);
        Assert.False(step.Completed);
        Assert.Equal((5, 6), (step.ChecksPassed, step.ChecksTotal));
    }

    [Fact]
    public void RecommendationGivenPoints_EarnsNothingWhileItsFieldIsWrong()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: \"95%\"");

        var report = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  data-mesh:\n    checks:\n      DM-351: { points: 1 }\n"), DataMesh);

        report.SingleError("DM-301");
        Assert.Equal((4, 6), (report.Step(DataMesh, 3).ChecksPassed, report.Step(DataMesh, 3).ChecksTotal));
    }

    [Fact]
    public void AllowedChoices_RefuseAChoiceTheLabWouldAccept()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  mlops:\n    checks:\n      ML-301: { allowed: [mlflow, neptune] }\n"), Mlops);

        var error = report.SingleError("ML-301");
        Assert.Contains("mlflow, neptune", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MustInclude_RequiresTheValueInTheList()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var report = RubricGrading.Grade(submission.Root, RubricGrading.Read("labs:\n  mlops:\n    checks:\n      ML-603: { must_include: [gdpr, hipaa] }\n"), Mlops);

        var error = report.SingleError("ML-603");
        Assert.Contains("missing hipaa", error.Message, StringComparison.Ordinal);
        Assert.False(report.Step(Mlops, 6).Completed);
    }

    [Theory]
    [InlineData("hint", true, "Run 'meshgrade explain ML-103' for what the check asks.")]
    [InlineData("nudge", false, null)]
    [InlineData("answer", true, "the finding's own")]
    public void HintLevel_DecidesWhatTheLearnerSees(string level, bool message, string? hint)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "backend: feast", "backend: feest");
        var plain = submission.Grade(Mlops).SingleError("ML-103");

        var shown = RubricGrading.Grade(submission.Root, RubricGrading.Read($"hints: {level}\n"), Mlops).SingleError("ML-103");

        Assert.Equal(message, shown.Message == plain.Message);
        Assert.Equal(hint == "the finding's own" ? plain.Hint : hint, shown.Hint);
        Assert.NotNull(plain.Hint);
        Assert.Equal((plain.Line, plain.Column), (shown.Line, shown.Column));
    }

    [Fact]
    public void HintLevelNudge_NamesTheCheckWithoutTheNearMatch()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "backend: feast", "backend: feest");
        var plain = submission.Grade(Mlops).SingleError("ML-103");

        var shown = RubricGrading.Grade(submission.Root, RubricGrading.Read("hints: nudge\n"), Mlops).SingleError("ML-103");

        Assert.Contains("feast", plain.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("feast", shown.Message, StringComparison.Ordinal);
        Assert.Equal(RuleRegistry.Find("ML-103")!.Title + ".", shown.Message);
    }

    [Fact]
    public void HintLevelNone_ShowsNoFindingAndScoresAsEver()
    {
        using var submission = TemporarySubmission.FromSample("mlops-one-mistake-per-step");
        var plain = submission.Grade(Mlops);

        var quiet = RubricGrading.Grade(submission.Root, RubricGrading.Read("hints: none\n"), Mlops);

        Assert.Empty(quiet.Findings);
        Assert.Equal(plain.Labs[0].Score, quiet.Labs[0].Score);
        Assert.Equal(plain.Labs[0].Steps, quiet.Labs[0].Steps);
    }

    [Fact]
    public void Report_CarriesTheRubricsStamp()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var rubric = RubricGrading.Read("name: Strict\n");

        Assert.Equal(rubric.Stamp, RubricGrading.Grade(submission.Root, rubric, Mlops).Rubric);
    }

    private static string Json(GradingReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            new JsonReportWriter().Write(report, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
