using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;

namespace MeshGrader.Core.Tests.Docs;

/// <summary>docs/learners.md shows a starter file as init writes it; regenerate with MESHGRADE_UPDATE_GOLDEN=1.</summary>
public sealed class LearnersPageTests
{
    [Fact]
    public void LearnersPage_ShowsTheStartOfAStarterAsInitWritesIt()
    {
        // The header and the first step: enough to show a comment on every kind of line.
        var blocks = StarterText.For(LabCatalog.Get(17), "mlops").Split("\n\n");
        var excerpt = $"```yaml\n{blocks[0]}\n\n{blocks[1]}\n```\n";

        GeneratedRegion.AssertUpToDate(Path.Combine(RepositoryPaths.Root, "docs", "learners.md"), ("starter", excerpt));
    }

    [Fact]
    public void LearnersPage_ShowsTheOdcsStarterAsInitWritesIt()
    {
        var starter = OdcsStarter.Text(LabCatalog.Get(16));

        GeneratedRegion.AssertUpToDate(Path.Combine(RepositoryPaths.Root, "docs", "learners.md"), ("odcs-starter", $"```yaml\n{starter}```\n"));
    }
}
