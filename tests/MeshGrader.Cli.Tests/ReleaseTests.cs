using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml.Linq;
using MeshGrader.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The release workflow, as far as this machine allows: its build script runs here for linux-x64,
/// in a copy of the repository, and what it makes installs and runs; the workflow itself is checked
/// for its platforms, checksums, provenance and permissions.
/// </summary>
[Collection(BuildsCollection.Name)]
public sealed class ReleaseTests(ReleaseBuildFixture build) : IClassFixture<ReleaseBuildFixture>
{
    private const string Archive = "meshgrade-v0.0.0-test-linux-x64.tar.gz";

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
        Assert.True(build.Run.ExitCode == 0, build.Run.Both);
        Assert.Equal(["MeshGrader.linux-x64.1.0.0.nupkg", Archive], Directory.GetFiles(build.Dist).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The archive holds the one executable, which grades on its own.
        using var unpacked = new TemporaryFolder();
        using (var archive = new GZipStream(File.OpenRead(Path.Combine(build.Dist, Archive)), CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(archive, unpacked.Root, overwriteFiles: false);
        }

        Assert.Equal(["meshgrade"], Directory.GetFileSystemEntries(unpacked.Root).Select(Path.GetFileName));
        var run = ProcessRun.Of(unpacked["meshgrade"], ["check", Path.Combine(RepositoryPaths.Samples, "complete")], unpacked.Root);
        Assert.True(run.ExitCode == 0, run.Both);

        // The tool package carries the same native executable under the platform's folder.
        using var package = ZipFile.OpenRead(Path.Combine(build.Dist, "MeshGrader.linux-x64.1.0.0.nupkg"));
        Assert.Contains(package.Entries, e => e.FullName == "tools/any/linux-x64/meshgrade");
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith("meshgrade.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void ActionInstall_FromALocalMirrorOfTheRelease_InstallsInSecondsAndGrades()
    {
        using var mirror = new TemporaryFolder();
        Mirror(mirror, File.ReadAllBytes(Path.Combine(build.Dist, Archive)));
        using var server = new LocalReleaseServer(mirror.Root);
        var sums = WriteSums(mirror, Path.Combine(build.Dist, Archive));

        var timer = Stopwatch.StartNew();
        var install = InstallRelease(mirror["tool"], server, sums);
        var elapsed = timer.Elapsed;

        Assert.True(install.ExitCode == 0, install.Both);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"The install took {elapsed}.");
        var run = ProcessRun.Of(mirror["tool/meshgrade"], ["check", Path.Combine(RepositoryPaths.Samples, "complete")], mirror.Root);
        Assert.True(run.ExitCode == 0, run.Both);
    }

    [Fact]
    public void ActionInstall_TamperedBinary_IsRefusedAndNothingIsInstalled()
    {
        using var mirror = new TemporaryFolder();
        var tampered = File.ReadAllBytes(Path.Combine(build.Dist, Archive));
        tampered[^1] ^= 0x01;
        Mirror(mirror, tampered);
        using var server = new LocalReleaseServer(mirror.Root);
        var sums = WriteSums(mirror, Path.Combine(build.Dist, Archive));

        var install = InstallRelease(mirror["tool"], server, sums);

        Assert.Equal(1, install.ExitCode);
        Assert.Contains("does not match the SHA-256 sum this action records", install.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(mirror["tool"]));
    }

    [Fact]
    public void ActionInstall_NoReleaseRecordedForThePlatform_ExitsThreeForTheSourceBuild()
    {
        using var mirror = new TemporaryFolder();
        using var server = new LocalReleaseServer(mirror.Root);

        var install = InstallRelease(mirror["tool"], server, Path.Combine(RepositoryPaths.Root, "action", "release.sha256"));

        Assert.Equal(3, install.ExitCode);
    }

    private static void Mirror(TemporaryFolder mirror, byte[] archive)
    {
        Directory.CreateDirectory(mirror["v0.0.0-test"]);
        File.WriteAllBytes(mirror[$"v0.0.0-test/{Archive}"], archive);
    }

    private static string WriteSums(TemporaryFolder mirror, string genuine)
    {
        var path = mirror["release.sha256"];
        File.WriteAllText(path, $"# a comment\n{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(genuine)))}  {Archive}\n");
        return path;
    }

    private static ProcessRun InstallRelease(string target, LocalReleaseServer server, string sums) =>
        ProcessRun.Of("bash", [Path.Combine(RepositoryPaths.Root, "action", "install-release.sh"), target], Path.GetDirectoryName(target)!,
            new Dictionary<string, string> { ["MESHGRADE_RELEASE_URL"] = server.BaseUrl, ["MESHGRADE_RELEASE_SUMS"] = sums });
}

/// <summary>One run of the release build script for linux-x64, in a copy of the repository, shared by the tests.</summary>
public sealed class ReleaseBuildFixture : IDisposable
{
    private readonly TemporaryFolder copy = new();

    public ReleaseBuildFixture()
    {
        RepositoryFiles.CopyTo(copy.Root);
        Run = ProcessRun.Of("sh", [".github/release/build-native.sh", "linux-x64", "v0.0.0-test"], copy.Root, new Dictionary<string, string> { ["CI"] = "true" });
    }

    internal ProcessRun Run { get; }

    internal string Dist => copy["dist"];

    public void Dispose() => copy.Dispose();
}
