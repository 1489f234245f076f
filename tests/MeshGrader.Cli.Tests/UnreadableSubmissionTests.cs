using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// Folders and files the grader may not read. Permissions mean nothing to root, so when the tests
/// run as root the built meshgrade runs as the unprivileged user 'nobody' (util-linux setpriv).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableSubmissionTests(UnprivilegedMeshgrade meshgrade) : IClassFixture<UnprivilegedMeshgrade>
{
    [UnixFact]
    public void UnreadableFolder_ExitsTwoNamingIt()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        File.SetUnixFileMode(submission, UnixFileMode.None);

        var run = meshgrade.Run(workspace.Root, "check", "submission", "--lab", "16");

        Assert.True(run.ExitCode == 2, run.Both);
        Assert.Contains("meshgrade: cannot grade the folder 'submission': it cannot be read (permission denied).", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(workspace.Root, run.Both, StringComparison.Ordinal);
        File.SetUnixFileMode(submission, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [UnixFact]
    public void UnreadableLabFile_ExitsTwoNamingIt()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        File.SetUnixFileMode(Path.Combine(submission, "contract.yaml"), UnixFileMode.None);

        var run = meshgrade.Run(workspace.Root, "check", "submission", "--lab", "16");

        // The set-up is at fault, not the learner: no grade rather than a wrong one.
        Assert.True(run.ExitCode == 2, run.Both);
        Assert.Contains("meshgrade: cannot grade the folder 'submission': contract.yaml cannot be read (permission denied).", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [UnixFact]
    public void LinkToAPlaceTheGraderMayNotEnter_IsAFindingOnThatFile()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        Directory.CreateDirectory(workspace["private"]);
        File.WriteAllText(workspace["private/contract.yaml"], "contract: {}\n");
        File.SetUnixFileMode(workspace["private"], UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.Delete(Path.Combine(submission, "contract.yaml"));
        File.CreateSymbolicLink(Path.Combine(submission, "contract.yaml"), workspace["private/contract.yaml"]);

        var run = meshgrade.Run(workspace.Root, "check", "submission", "--lab", "16");

        // The link is the learner's doing, not a fault of the set-up.
        Assert.True(run.ExitCode == 1, run.Both);
        Assert.Contains("contract.yaml is a link that does not lead to a file inside the submission folder", run.Out, StringComparison.Ordinal);
    }
}

/// <summary>
/// The built meshgrade, run as the unprivileged user 'nobody' when the tests run as root. The
/// build folder may sit where 'nobody' cannot go (a clone in a private temporary folder), so the
/// executable and its assemblies are copied once to a folder anyone may read.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnprivilegedMeshgrade : IDisposable
{
    private const UnixFileMode Traversable = (UnixFileMode)0b111_101_101;

    private readonly TemporaryFolder? copy;

    public UnprivilegedMeshgrade()
    {
        if (!IsRoot)
        {
            Executable = Path.Combine(AppContext.BaseDirectory, "meshgrade");
            return;
        }

        copy = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(copy.Root, Path.GetFileName(file)));
        }

        File.SetUnixFileMode(Path.GetDirectoryName(copy.Root)!, Traversable);
        File.SetUnixFileMode(copy.Root, Traversable);
        Executable = copy["meshgrade"];
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string Executable { get; }

    internal ProcessRun Run(string workingDirectory, params string[] arguments)
    {
        if (!IsRoot)
        {
            return ProcessRun.Of(Executable, arguments, workingDirectory);
        }

        // The folders above the workspace must let 'nobody' through, as /tmp does.
        File.SetUnixFileMode(Path.GetDirectoryName(workingDirectory)!, Traversable);
        File.SetUnixFileMode(workingDirectory, Traversable);
        return ProcessRun.Of("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", Executable, .. arguments], workingDirectory);
    }

    public void Dispose() => copy?.Dispose();
}
