using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void CheckHelp_NamesEveryLabOfTheCatalogueByIdAndSlug()
    {
        var run = CliRun.Of("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(LabCatalog.All, lab => Assert.Contains($"{lab.Id} or {lab.Slug}", run.Out, StringComparison.Ordinal));
    }
}
