using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rules;

/// <summary>Every accept and reject case of the spec's SemVer 2.0.0 list, through the whole grader.</summary>
public sealed class SemVerRuleTests
{
    [Theory]
    [InlineData("0.1.0")]
    [InlineData("1.0.0")]
    [InlineData("1.10.0")]
    [InlineData("2.1.3")]
    [InlineData("1.0.0-alpha")]
    [InlineData("1.0.0-alpha.1")]
    [InlineData("1.0.0-0.3.7")]
    [InlineData("1.0.0-x.7.z.92")]
    [InlineData("1.0.0-rc.1")]
    [InlineData("1.0.0-alpha-1")]
    [InlineData("1.0.0-0alpha")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-beta+exp.sha.5114f85")]
    [InlineData("1.0.0+001")]
    public void ValidVersion_IsAccepted(string version)
    {
        using var submission = WithVersion(Quote(version));

        var report = submission.Grade(16);

        Assert.True(report.Errors().Count == 0, ReportAssertions.Describe(report.Errors()));
    }

    [Theory]
    [InlineData("1", "1.0.0")]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1.0.0.0", "1.0.0")]
    [InlineData("v1.0.0", "1.0.0")]
    [InlineData("01.0.0", "1.0.0")]
    [InlineData("1.01.0", "1.1.0")]
    [InlineData("1.0.0-01", null)]
    [InlineData("1.0.0-", "1.0.0")]
    [InlineData("1.0.0+", "1.0.0")]
    [InlineData("1.0.0-alpha..1", null)]
    [InlineData("1.0.0+a..b", null)]
    [InlineData(" 1.0.0", "1.0.0")]
    [InlineData("1.0.0 ", "1.0.0")]
    [InlineData("١.0.0", null)]
    [InlineData("1.0.0\\n", null)]
    [InlineData("2147483648.0.0", null)]
    public void InvalidVersion_IsOneErrorOnTheValue(string version, string? suggested)
    {
        using var submission = WithVersion(Quote(version));

        var report = submission.Grade(16);

        var error = report.SingleError("DM-303");
        var value = submission.PositionOf("contract.yaml", Quote(version), after: "schema_version:");
        Assert.Equal((value.Line, value.Column), (error.Line, error.Column));
        Assert.Contains("is not a semantic version", error.Message, StringComparison.Ordinal);
        if (suggested is not null)
        {
            Assert.Contains($"\"{suggested}\"", error.Hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TagName_IsExplainedAsTagName()
    {
        var (problem, fix) = SemVerRule.Explain("v1.0.0");

        Assert.Contains("tag name", problem, StringComparison.Ordinal);
        Assert.Equal("1.0.0", fix);
    }

    [Theory]
    [InlineData("1.10", "\"1.10.0\"")]
    [InlineData("1.0", "\"1.0.0\"")]
    [InlineData("2", "\"2.0.0\"")]
    public void UnquotedNumber_GetsQuoteHint(string written, string hint)
    {
        using var submission = WithVersion(written);

        var error = submission.Grade(16).SingleError("DM-303");

        Assert.Contains("must be text", error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnquotedFullVersion_IsTextAndAccepted()
    {
        using var submission = WithVersion("1.0.0");

        Assert.Empty(submission.Grade(16).Errors());
    }

    private static string Quote(string version) => "\"" + version + "\"";

    private static TemporarySubmission WithVersion(string yamlValue) =>
        TemporarySubmission.FromSample("complete").Replace("contract.yaml", "schema_version: \"1.0.0\"", "schema_version: " + yamlValue);
}
