using System.Text.Json.Nodes;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Tests.Slips;

public sealed class ListItemNamingTests
{
    [Theory]
    [InlineData(0, "1st")]
    [InlineData(1, "2nd")]
    [InlineData(2, "3rd")]
    [InlineData(3, "4th")]
    [InlineData(10, "11th")]
    [InlineData(11, "12th")]
    [InlineData(12, "13th")]
    [InlineData(20, "21st")]
    [InlineData(21, "22nd")]
    [InlineData(110, "111th")]
    public void Index_IsNamedAsALearnerCounts(int index, string ordinal) =>
        Assert.Equal(ordinal, ListItem.Ordinal(index));

    [Theory]
    [InlineData(new[] { "accuracy", "completeness" }, "[accuracy, completeness]")]
    [InlineData(new[] { "Alice Chen", "42" }, "[Alice Chen, \"42\"]")]
    [InlineData(new[] { "yes", "a, b", "say \"hi\"" }, "[\"yes\", \"a, b\", \"say \\\"hi\\\"\"]")]
    public void Items_AreWrittenAsAFlowListThatReadsBackAsTheSameText(string[] items, string flow)
    {
        Assert.Equal(flow, ListItem.Flow(items));

        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText($"list: {flow}\n", "list.yaml");
        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("list.yaml", loaded.Root!);
        var read = Assert.IsType<JsonArray>(instance!.Value!["list"]);
        Assert.Equal(items, read.Select(item => item!.GetValue<string>()));
    }
}
