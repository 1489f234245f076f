using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

public sealed class FindingCapTests
{
    [Fact]
    public void FileWithThousandsOfMistakes_ShowsTheLimitAndOneNoticeButScoresEveryCheck()
    {
        var domain = new StringBuilder(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", "domain.yaml")));
        for (var i = 0; i < 60_000; i++)
        {
            domain.Append("k").Append(i).Append(": 1\n");
        }

        using var submission = TemporarySubmission.FromSample("complete")
            .With("domain.yaml", domain.ToString())
            .Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: 5");
        var labs = new[] { LabCatalog.Find("16")! };

        var capped = new Grader().Grade(submission.Root, labs);
        var uncapped = new Grader(GradingOptions.Default with { FindingLimits = new FindingLimits(int.MaxValue, int.MaxValue) }).Grade(submission.Root, labs);

        Assert.True(uncapped.Findings.Count > 60_000);
        Assert.Equal(uncapped.Score, capped.Score);
        Assert.Equal(FindingLimits.Default.PerFile, capped.Findings.Count(f => f.File == "domain.yaml" && f.Rule != CoreRules.FindingsNotShown.Id));
        var notice = capped.Single(CoreRules.FindingsNotShown.Id);
        Assert.Equal("domain.yaml", notice.File);
        Assert.StartsWith($"{60_000 - FindingLimits.Default.PerFile} more findings in domain.yaml not shown", notice.Message, StringComparison.Ordinal);

        // The contract's error is not crowded out by the other file's warnings.
        Assert.Contains(capped.Findings, f => f.File == "contract.yaml" && f.Severity == Severity.Error);
    }

    [Fact]
    public void TotalLimit_KeepsErrorsBeforeWarnings()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "domain:                          # Step 1", "a1: 1\na2: 2\na3: 3\ndomain:")
            .Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: 5");

        var report = new Grader(GradingOptions.Default with { FindingLimits = new FindingLimits(PerFile: 100, Total: 1) }).Grade(submission.Root, [LabCatalog.Find("16")!]);

        Assert.Equal(CoreRules.FindingsNotShown.Id, report.Findings[^1].Rule);
        var shown = Assert.Single(report.Findings, f => f.Rule != CoreRules.FindingsNotShown.Id);
        Assert.Equal(Severity.Error, shown.Severity);
    }
}
