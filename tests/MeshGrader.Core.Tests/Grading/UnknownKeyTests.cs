using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

public sealed class UnknownKeyTests
{
    private const string Typo = "  data_ownr: Someone\n";

    [Fact]
    public void TypoAmongAFewUnknownKeys_GetsADidYouMean()
    {
        var finding = TypoFinding(unknownKeysBefore: 3);

        Assert.StartsWith("Did you mean 'data_owner'?", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void TypoAfterHundredsOfUnknownKeys_IsReportedWithTheKnownKeysInstead()
    {
        var finding = TypoFinding(unknownKeysBefore: SchemaFindingTranslator.SuggestionsPerMapping);

        Assert.StartsWith("Known keys here: data_owner,", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void HundredsOfUnknownKeys_LeaveTheScoreAsItWas()
    {
        using var submission = WithUnknownKeys(500);

        Assert.Equal(100m, submission.Grade(18).Labs.Single().Score);
    }

    private static Finding TypoFinding(int unknownKeysBefore)
    {
        using var submission = WithUnknownKeys(unknownKeysBefore, Typo);
        var everything = new Grader(GradingOptions.Default with { FindingLimits = new FindingLimits(10_000, 10_000) });

        var report = everything.Grade(submission.Root, [LabCatalog.Find("18")!]);

        return Assert.Single(report.Findings, f => f.Rule == CoreRules.UnknownKey.Id && f.Message.Contains("'data_ownr'", StringComparison.Ordinal));
    }

    private static TemporarySubmission WithUnknownKeys(int count, string last = "")
    {
        var keys = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            keys.Append($"  extra_setting_{i:D4}: value\n");
        }

        return TemporarySubmission.FromSample("complete")
            .Replace("governance.yaml", "  meeting_frequency: bi-weekly\n", "  meeting_frequency: bi-weekly\n" + keys + last);
    }
}
