using System.Text.Json.Nodes;
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

    [Fact]
    public void InstallScript_PackageHashDiffersFromTheLockFile_Fails()
    {
        using var copy = new TemporaryFolder();
        RepositoryFiles.CopyTo(copy.Root);
        var lockPath = copy["src/MeshGrader.Core/packages.lock.json"];
        var lockFile = JsonNode.Parse(File.ReadAllText(lockPath))!;
        lockFile["dependencies"]!["net10.0"]!["YamlDotNet"]!["contentHash"] = Convert.ToBase64String(new byte[64]);
        File.WriteAllText(lockPath, lockFile.ToJsonString());

        var install = ProcessRun.Of("bash", [copy["action/install.sh"], copy["tools"]], copy.Root);

        Assert.NotEqual(0, install.ExitCode);
        Assert.Contains("NU1403", install.Out, StringComparison.Ordinal); // package content hash validation failed
        Assert.False(File.Exists(copy["tools/meshgrade"]));
    }
}
