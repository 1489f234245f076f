using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// Folders and files the grader may not read. Permissions mean nothing to root, so when the tests
/// run as root the built meshgrade runs as the unprivileged user 'nobody' (util-linux setpriv).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableSubmissionTests
{
    [UnixFact]
    public void UnreadableFolder_ExitsTwoNamingIt()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        File.SetUnixFileMode(submission, UnixFileMode.None);

        var run = RunUnprivileged(workspace.Root, "check", "submission", "--lab", "16");

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

        var run = RunUnprivileged(workspace.Root, "check", "submission", "--lab", "16");

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

        var run = RunUnprivileged(workspace.Root, "check", "submission", "--lab", "16");

        // The link is the learner's doing, not a fault of the set-up.
        Assert.True(run.ExitCode == 1, run.Both);
        Assert.Contains("contract.yaml is a link that does not lead to a file inside the submission folder", run.Out, StringComparison.Ordinal);
    }

    private static ProcessRun RunUnprivileged(string workingDirectory, params string[] arguments)
    {
        var meshgrade = Path.Combine(AppContext.BaseDirectory, "meshgrade");
        if (Environment.UserName != "root")
        {
            return ProcessRun.Of(meshgrade, arguments, workingDirectory);
        }

        // The folders above the workspace must let 'nobody' through, as /tmp does.
        File.SetUnixFileMode(Path.GetDirectoryName(workingDirectory)!, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(workingDirectory, (UnixFileMode)0b111_101_101);
        return ProcessRun.Of("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", meshgrade, .. arguments], workingDirectory);
    }
}
