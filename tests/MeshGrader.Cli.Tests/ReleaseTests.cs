using System.Formats.Tar;
using System.IO.Compression;
using System.Xml.Linq;
using MeshGrader.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The release workflow, as far as this machine allows: its build script runs here for linux-x64,
/// in a copy of the repository, and what it makes installs and runs; the workflow itself is checked
/// for its platforms, checksums, provenance and permissions.
/// </summary>
public sealed class ReleaseTests
{
    private static readonly string[] Platforms = ["linux-x64", "linux-arm64", "linux-musl-x64", "osx-arm64", "win-x64"];

    [Fact]
    public void Workflow_BuildsEveryToolPlatformWithChecksumsAndProvenance()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "release.yml"));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["jobs"];
        var matrix = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)jobs["native"])["strategy"])["matrix"])["include"];
        var tools = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "MeshGrader.Cli", "MeshGrader.Cli.csproj"))
            .Descendants("ToolPackageRuntimeIdentifiers").Single().Value.Split(';');

        Assert.Equal(Platforms, matrix.Select(m => ((YamlScalarNode)((YamlMappingNode)m)["rid"]).Value));
        Assert.Equal([.. Platforms, "any"], tools);
        var release = (YamlMappingNode)jobs["release"];
        var permissions = (YamlMappingNode)release["permissions"];
        Assert.Equal(["write", "write", "write"], new[] { "contents", "id-token", "attestations" }.Select(p => ((YamlScalarNode)permissions[p]).Value));
        Assert.Contains("sha256sum meshgrade-* *.nupkg > SHA256SUMS", text, StringComparison.Ordinal);
        Assert.Contains("uses: actions/attest-build-provenance@", text, StringComparison.Ordinal);
        Assert.Equal("read", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["permissions"])["contents"]).Value);
    }

    [Fact]
    public void BuildScript_MakesALinuxArchiveAndToolPackageThatRunTheNativeBinary()
    {
        using var copy = new TemporaryFolder();
        RepositoryFiles.CopyTo(copy.Root);

        var build = ProcessRun.Of("sh", [".github/release/build-native.sh", "linux-x64", "v0.0.0-test"], copy.Root, new Dictionary<string, string> { ["CI"] = "true" });

        Assert.True(build.ExitCode == 0, build.Both);
        var dist = copy["dist"];
        Assert.Equal(["MeshGrader.linux-x64.1.0.0.nupkg", "meshgrade-v0.0.0-test-linux-x64.tar.gz"], Directory.GetFiles(dist).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The archive holds the one executable, which grades on its own.
        var unpacked = copy["unpacked"];
        Directory.CreateDirectory(unpacked);
        using (var archive = new GZipStream(File.OpenRead(Path.Combine(dist, "meshgrade-v0.0.0-test-linux-x64.tar.gz")), CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(archive, unpacked, overwriteFiles: false);
        }

        Assert.Equal(["meshgrade"], Directory.GetFileSystemEntries(unpacked).Select(Path.GetFileName));
        var run = ProcessRun.Of(Path.Combine(unpacked, "meshgrade"), ["check", Path.Combine(RepositoryPaths.Samples, "complete")], copy.Root);
        Assert.True(run.ExitCode == 0, run.Both);

        // The tool package carries the same native executable under the platform's folder.
        using var package = ZipFile.OpenRead(Path.Combine(dist, "MeshGrader.linux-x64.1.0.0.nupkg"));
        Assert.Contains(package.Entries, e => e.FullName == "tools/any/linux-x64/meshgrade");
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith("meshgrade.dll", StringComparison.Ordinal));
    }
}
