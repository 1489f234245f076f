using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>What the repository pins.</summary>
public sealed class SupplyChainTests
{
    [Fact]
    public void LockFiles_EveryProjectHasOneUnderVersionControl()
    {
        var files = RepositoryFiles.Tracked();
        var projects = files.Where(f => f.EndsWith(".csproj", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            var lockFile = Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json").Replace('\\', '/');
            Assert.True(files.Contains(lockFile), $"{lockFile} is missing: run dotnet restore MeshGrader.sln and commit it.");
        }
    }
}
