using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

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
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText("base: &tags [a, b]\nother:\n  tags: *tags\n", "domain.yaml");

        var (instance, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.Null(problem);
        Assert.Equal("[\"a\",\"b\"]", instance!.Value!["other"]!["tags"]!.ToJsonString());
        Assert.Equal(new SourcePosition(3, 9), instance.SpanOf("/other/tags").Start);
    }

    [Fact]
    public void MissingPointer_WalksUpToHoldingMapping()
    {
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText("# c\ncontract:\n  a: 1\n", "contract.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("contract.yaml", document.Root!);

        Assert.Equal(new SourcePosition(3, 3), instance!.SpanOf("/contract/missing").Start);
        Assert.Equal(new SourcePosition(2, 1), instance.SpanOf("/nothing/here").Start);
    }

    [Fact]
    public void PointerThroughAnAlias_FindsTheItemInsideItsTarget()
    {
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText("base: &tags\n  - a\n  - b\nother:\n  tags: *tags\n", "domain.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.IsType<SourceAlias>(instance!.WrittenAt("/other/tags"));
        Assert.Equal(new SourcePosition(3, 5), instance.SpanOf("/other/tags/1").Start);
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
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(text.ToString(), "domain.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        Assert.Equal(new SourcePosition(52, 3), instance!.KeySpanOf("/wide/key_50").Start);
        Assert.Equal(new SourcePosition(52, 11), instance.SpanOf("/wide/key_50").Start);
        Assert.Equal(new SourcePosition(102, 3), instance.KeySpanOf("/wide/a~1b~0c").Start);
    }
}
