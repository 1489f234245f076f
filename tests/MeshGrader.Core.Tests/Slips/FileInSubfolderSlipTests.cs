using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>Lab files written where the grader does not read them: in a subfolder, or named with capitals.</summary>
public sealed class FileInSubfolderSlipTests
{
    [Theory]
    [InlineData(16, "domain.yaml", "lab16")]
    [InlineData(16, "contract.yaml", "submission")]
    [InlineData(17, "mlops.yaml", "src")]
    [InlineData(18, "governance.yaml", "lab18/files")]
    public void LabFileInASubfolder_IsOneFindingNamingTheMove(int lab, string file, string folder)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var moved = Move(submission, file, folder + "/" + file);

        var report = submission.Grade(lab);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((CoreRules.MisplacedFile.Id, moved), (finding.Rule, finding.File));
        Assert.Equal(submission.PositionOf(moved, FirstLine(submission, moved)).Line, finding.Line);
        Assert.Contains($"`git mv {moved} {file}`", finding.Hint, StringComparison.Ordinal);
        Assert.Contains("score 0 until it is moved", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisplacedFile_ScoresNothingWhileTheFileInTheRootIsGraded()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Move(submission, "domain.yaml", "lab16/domain.yaml");

        var report = submission.Grade(16);

        var steps = report.Labs.Single().Steps;
        Assert.All(steps.Where(s => s.File == "lab16/domain.yaml"), s => Assert.Equal(0m, s.Score));
        Assert.True(report.Step(16, 3).Completed, "contract.yaml, in the root, is graded as usual");
    }

    [Fact]
    public void MisplacedFileWithAMistake_ShowsTheMistakeBesideTheMove()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "traffic_split: 10", "traffic_split: 150");
        var moved = Move(submission, "mlops.yaml", "lab17/mlops.yaml");

        var report = submission.Grade(17);

        Assert.Equal(2, report.Errors().Count);
        Assert.Contains(report.Errors(), f => f.Rule == CoreRules.MisplacedFile.Id);
        var mistake = Assert.Single(report.Errors(), f => f.Rule != CoreRules.MisplacedFile.Id);
        Assert.Equal(moved, mistake.File);
        Assert.Equal(submission.PositionOf(moved, "150").Line, mistake.Line);
    }

    [Fact]
    public void YmlFileInASubfolder_KeepsItsExtensionInTheMove()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Move(submission, "mlops.yaml", "src/mlops.yml");

        var finding = submission.Grade(17).SingleError(CoreRules.MisplacedFile.Id);

        Assert.Contains("`git mv src/mlops.yml mlops.yml`", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "domain.yaml", "Domain.yaml")]
    [InlineData(17, "mlops.yaml", "MLOps.yaml")]
    [InlineData(18, "governance.yaml", "Governance.YAML")]
    public void LabFileNamedWithCapitals_IsOneFindingNamingTheRename(int lab, string file, string written)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Move(submission, file, written);

        var finding = Assert.Single(submission.Grade(lab).Findings);

        Assert.Equal((CoreRules.MisplacedFile.Id, written), (finding.Rule, finding.File));
        Assert.Equal(submission.PositionOf(written, FirstLine(submission, written)).Line, finding.Line);
        Assert.Contains($"`git mv {written} {file}`", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16, "domain")]
    [InlineData(17, "mlops")]
    [InlineData(18, "governance")]
    public void YmlInTheRoot_IsGradedWithNoFinding(int lab, string file)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Move(submission, file + ".yaml", file + ".yml");

        var report = submission.Grade(lab);

        // Lab 18's notices give sources for correct answers; nothing asks for a change.
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
        Assert.Equal(100m, report.Score);
    }

    [Fact]
    public void OnlyMisplacedFiles_TheirLabsAreStillDetected()
    {
        using var submission = new TemporarySubmission();
        Directory.CreateDirectory(Path.Combine(submission.Root, "work"));
        File.Copy(Path.Combine(RepositoryPaths.Samples, "complete", "governance.yaml"), Path.Combine(submission.Root, "work", "governance.yaml"));

        var labs = Grader.DetectLabs(submission.Root);

        Assert.Equal([18], labs.Select(l => l.Id));
    }

    [Fact]
    public void FileDeeperThanTheSearch_IsReportedMissing()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Move(submission, "mlops.yaml", "a/b/c/d/mlops.yaml");

        var finding = Assert.Single(submission.Grade(17).Findings);

        Assert.Equal(CoreRules.MissingFile.Id, finding.Rule);
    }

    private static string Move(TemporarySubmission submission, string file, string to)
    {
        var target = Path.Combine([submission.Root, .. to.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(submission.Root, file), target);
        return to;
    }

    private static string FirstLine(TemporarySubmission submission, string relative) =>
        File.ReadAllLines(Path.Combine([submission.Root, .. relative.Split('/')]))[0];
}
