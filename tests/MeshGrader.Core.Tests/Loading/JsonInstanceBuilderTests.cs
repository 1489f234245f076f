using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Loading;

public sealed class JsonInstanceBuilderTests
{
    [Fact]
    public void BillionLaughs_StopsAtExpansionBudget()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append($"a{i}: &a{i} [");
            text.Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)));
            text.Append("]\n");
        }

        var limits = LoadLimits.Default;
        var document = new YamlDocumentLoader(limits).LoadText(text.ToString(), "domain.yaml");
        Assert.True(document.IsUsable);

        var (instance, problem) = new JsonInstanceBuilder(limits).Build("domain.yaml", document.Root!);

        Assert.Null(instance);
        Assert.Equal(CoreRules.LimitExceeded.Id, problem!.Rule);
        Assert.Contains("expand to more than", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallAlias_ExpandsAndPointsAtTheAlias()
    {
        const string Text = "base: &tags [a, b]\nother:\n  tags: *tags\n";
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(Text, "domain.yaml");

        var (instance, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.Null(problem);
        Assert.Equal("[\"a\",\"b\"]", instance!.Value!["other"]!["tags"]!.ToJsonString());
        Assert.Equal(TextPosition.Of(Text, "*tags"), instance.SpanOf("/other/tags").Start);
    }

    [Fact]
    public void MissingPointer_WalksUpToHoldingMapping()
    {
        const string Text = "# c\ncontract:\n  a: 1\n";
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(Text, "contract.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("contract.yaml", document.Root!);

        // A mapping starts at its first key: contract's at a, the file's at contract (not at the comment).
        Assert.Equal(TextPosition.Of(Text, "a: 1"), instance!.SpanOf("/contract/missing").Start);
        Assert.Equal(TextPosition.Of(Text, "contract:"), instance.SpanOf("/nothing/here").Start);
    }

    [Fact]
    public void PointerThroughAnAlias_FindsTheItemInsideItsTarget()
    {
        const string Text = "base: &tags\n  - a\n  - b\nother:\n  tags: *tags\n";
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(Text, "domain.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.IsType<SourceAlias>(instance!.WrittenAt("/other/tags"));
        Assert.Equal(TextPosition.Of(Text, "b", after: "- a"), instance.SpanOf("/other/tags/1").Start);
        Assert.Equal("b", instance.ScalarAt("/other/tags/1")!.Text);
    }

    [Theory]
    [InlineData("/list/01")]
    [InlineData("/list/+1")]
    [InlineData("/list/2")]
    [InlineData("/list/-1")]
    public void IndexThatNoItemHas_FindsNothing(string pointer)
    {
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText("list: [a, b]\n", "domain.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.Null(instance!.WrittenAt(pointer));
    }

    [Fact]
    public void KeyInAWideMapping_IsFoundWithItsOwnPosition()
    {
        var text = new StringBuilder("wide:\n");
        for (var i = 0; i < 100; i++)
        {
            text.Append($"  key_{i}: {i}\n");
        }

        text.Append("  a/b~c: last\n");
        var written = text.ToString();
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(written, "domain.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.Equal(TextPosition.Of(written, "key_50:"), instance!.KeySpanOf("/wide/key_50").Start);
        Assert.Equal(TextPosition.Of(written, "50", after: "key_50: "), instance.SpanOf("/wide/key_50").Start);
        Assert.Equal(TextPosition.Of(written, "a/b~c"), instance.KeySpanOf("/wide/a~1b~0c").Start);
    }
}
