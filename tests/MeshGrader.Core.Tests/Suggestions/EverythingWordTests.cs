using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Tests.Suggestions;

public sealed class EverythingWordTests
{
    [Theory]
    [InlineData("ALL", "frameworks")]
    [InlineData("all", "metrics")]
    [InlineData("*", "compute")]
    [InlineData("Everything", "dimensions")]
    [InlineData("all of them", "dimensions")]
    [InlineData("gdpr-all", "frameworks")]
    [InlineData("all_metrics", "metrics")]
    [InlineData("pii", "pii_categories")]
    [InlineData("frameworks", "frameworks")]
    [InlineData("framework", "frameworks")]
    public void WordMeaningEveryChoice_IsRecognised(string written, string key) =>
        Assert.True(EverythingWord.Means(written, key));

    [Theory]
    [InlineData("gdpr", "frameworks")]
    [InlineData("completness", "dimensions")]
    [InlineData("allocation", "metrics")]
    [InlineData("install", "compute")]
    [InlineData("", "frameworks")]
    [InlineData("  ", "frameworks")]
    [InlineData("id", "id_list")]
    public void OrdinaryValue_IsNotAnEverythingWord(string written, string key) =>
        Assert.False(EverythingWord.Means(written, key));
}
