using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

public sealed class BrokenSubmissionTests
{
    [Fact]
    public void OneMistakePerStep_GivesOneErrorPerStepAndPartialScore()
    {
        using var submission = TemporarySubmission.FromSample("data-mesh-one-mistake-per-step");

        var report = submission.Grade(16);

        var errors = report.Errors();
        Assert.Equal([1, 2, 3, 4, 5, 6], errors.Select(e => e.Step ?? 0).Order().ToArray());
        Assert.Equal(["DM-101", "DM-203", "DM-302", "DM-401", "DM-502", "DM-604"], errors.Select(e => e.Rule).Order().ToArray());
        Assert.All(errors, e => Assert.NotNull(e.Line));
        var lab = Assert.Single(report.Labs);
        Assert.Equal(0, lab.TasksCompleted);
        Assert.InRange(lab.Score, 1m, 99m);
    }

    [Fact]
    public void WrongTypesEverywhere_GivesFindingsNotCrash()
    {
        using var submission = new TemporarySubmission()
            .With("domain.yaml", "domain: [1, 2]\ndata_product: 7\nplatform: \"x\"\ngovernance: true\ndiscovery:\n  catalog: [a]\n  tags: {a: 1}\n  lineage: 1\n  auto_profiling: null\n")
            .With("contract.yaml", "contract:\n  product: [x]\n  schema_version: {a: 1}\n  quality_threshold: [95]\n  sla_uptime: true\n  backward_compatible: \"\"\n");

        var report = submission.Grade(16);

        Assert.Equal(0m, report.Labs[0].Score);
        Assert.All(report.Errors(), e => Assert.NotNull(e.Line));
        Assert.Equal(13, report.Errors().Count);
    }

    [Theory]
    [InlineData("domain:\n  name: [")]
    [InlineData("\0\0\0")]
    [InlineData(":::")]
    [InlineData("- - - -")]
    [InlineData("domain: &a\n  name: *a\n")]
    [InlineData("domain: !!binary aGVsbG8=\n")]
    [InlineData("domain: !custom {name: x}\n")]
    [InlineData("<<: {domain: {}}\n")]
    [InlineData("domain:\n  <<: {name: x}\n")]
    [InlineData("domain:\n  name: .inf\n  owner_team: .nan\n")]
    [InlineData("domain:\n  name: 99999999999999999999999999999999999\n")]
    [InlineData("? |\n  multi\n: x\n")]
    [InlineData("domain: {name: x, name: y}\n")]
    public void AnyText_IsGradedWithoutThrowing(string text)
    {
        using var submission = TemporarySubmission.FromSample("complete").With("domain.yaml", text);

        var report = submission.Grade(16);

        Assert.NotEmpty(report.Errors());
        Assert.True(report.Labs[0].Score < 100m);
    }

    [Fact]
    public void EmptyFolder_DetectsNoLab()
    {
        using var submission = new TemporarySubmission();

        Assert.Empty(MeshGrader.Core.Grading.Grader.DetectLabs(submission.Root));
    }

    [Fact]
    public void SelectedLabWithNoFiles_ScoresZeroWithFindings()
    {
        using var submission = new TemporarySubmission();

        var report = submission.Grade(16);

        Assert.Equal(0m, report.Score);
        Assert.Equal(2, report.Errors().Count(e => e.Rule == "MG-004"));
    }

    [Fact]
    public void LabFileThatIsAFolder_IsFinding()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("contract.yaml");
        Directory.CreateDirectory(Path.Combine(submission.Root, "contract.yaml"));

        var report = submission.Grade(16);

        Assert.Contains("is a folder", report.SingleError("MG-003").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GradingTwice_GivesTheSameReport()
    {
        using var submission = TemporarySubmission.FromSample("data-mesh-one-mistake-per-step");

        var first = submission.Grade(16);
        var second = submission.Grade(16);

        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.Score, second.Score);
    }

    [Fact]
    public void Grading_ChangesNothingInTheSubmission()
    {
        using var submission = TemporarySubmission.FromSample("data-mesh-one-mistake-per-step");
        var before = Directory.GetFiles(submission.Root).ToDictionary(f => f, File.ReadAllBytes);

        submission.Grade(16);

        var after = Directory.GetFiles(submission.Root).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
    }
}
