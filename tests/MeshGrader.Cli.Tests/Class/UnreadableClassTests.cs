using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests.Class;

/// <summary>
/// Submissions the grader may not read, in a class: each gets its row and its reason, and the rest
/// of the class is graded. Run as 'nobody' when the tests run as root, since permissions mean
/// nothing to root.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableClassTests(UnprivilegedMeshgrade meshgrade) : IClassFixture<UnprivilegedMeshgrade>
{
    [UnixFact]
    public void UnreadableFolderAndFile_GetTheirRowsAndTheClassIsGraded()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        workspace.CopySample("complete", "class/bob");
        workspace.CopySample("complete", "class/carol");
        File.SetUnixFileMode(workspace["class/bob"], UnixFileMode.None);
        File.SetUnixFileMode(workspace["class/carol/domain.yaml"], UnixFileMode.None);

        var run = meshgrade.Run(workspace.Root, "check", "class", "--each", "--lab", "16");

        File.SetUnixFileMode(workspace["class/bob"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.True(run.ExitCode == 0, run.Both);
        Assert.Contains("  ✓ passed         100/100  alice  class/alice\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  ! not graded            bob  class/bob: it cannot be read (permission denied)\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  ! not graded            carol  class/carol: domain.yaml cannot be read (permission denied)\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(workspace.Root, run.Both, StringComparison.Ordinal);
    }
}
