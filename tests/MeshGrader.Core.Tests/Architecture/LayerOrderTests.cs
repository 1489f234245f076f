using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Tests.Architecture;

public sealed class LayerOrderTests
{
    [Fact]
    public void CoreFolders_DependOnlyOnFoldersBeforeThem()
    {
        var edges = LayerOrder.BackEdges(typeof(Grader).Assembly, "MeshGrader.Core");

        Assert.True(edges.Count == 0, "Dependencies against the layer order:\n" + string.Join("\n", edges));
    }

    [Fact]
    public void EveryCoreFolder_HasItsPlaceInTheOrder()
    {
        var folders = typeof(Grader).Assembly.GetTypes()
            .Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("MeshGrader.Core.", StringComparison.Ordinal))
            .Select(n => n["MeshGrader.Core.".Length..].Split('.')[0])
            .Distinct();

        Assert.All(folders, folder => Assert.Contains(folder, LayerOrder.Folders));
    }

    [Fact]
    public void BackEdge_IsCaught()
    {
        // ArchitectureFixture below holds a Loading type that uses a Reports type on purpose.
        var edges = LayerOrder.BackEdges(typeof(LayerOrderTests).Assembly, "MeshGrader.Core.Tests.Architecture.Fixture");

        Assert.Equal(["MeshGrader.Core.Tests.Architecture.Fixture.Loading.ReaderThatRenders -> Reports"], edges);
    }
}
