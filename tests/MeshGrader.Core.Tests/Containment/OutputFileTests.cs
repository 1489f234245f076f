using MeshGrader.Core.Containment;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Containment;

public sealed class OutputFileTests
{
    [UnixFact]
    public void TargetThatIsALink_IsReplacedAndItsTargetUntouched()
    {
        using var outside = new TemporarySubmission().With("victim.txt", "precious");
        using var workspace = new TemporarySubmission();
        var report = Path.Combine(workspace.Root, "results.sarif");
        File.CreateSymbolicLink(report, Path.Combine(outside.Root, "victim.txt"));

        OutputFile.Write(report, new GuardedFolders([workspace.Root]), writer => writer.Write("report"));

        Assert.Equal("precious", File.ReadAllText(Path.Combine(outside.Root, "victim.txt")));
        Assert.Null(new FileInfo(report).LinkTarget);
        Assert.Equal("report", File.ReadAllText(report));
    }

    [UnixFact]
    public void TargetThatIsALinkToAFolder_IsReplacedByTheReport()
    {
        using var outside = new TemporarySubmission();
        using var workspace = new TemporarySubmission();
        var report = Path.Combine(workspace.Root, "report.xml");
        Directory.CreateSymbolicLink(report, outside.Root);

        OutputFile.Write(report, new GuardedFolders([workspace.Root]), writer => writer.Write("<testsuites/>"));

        Assert.Equal("<testsuites/>", File.ReadAllText(report));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Root));
    }

    [UnixFact]
    public void FolderLinkLeadingOutOfAGuardedFolder_IsRefused()
    {
        using var outside = new TemporarySubmission();
        using var workspace = new TemporarySubmission();
        Directory.CreateSymbolicLink(Path.Combine(workspace.Root, "reports"), outside.Root);

        var refusal = Assert.Throws<OutputFileException>(() =>
            OutputFile.Write(Path.Combine(workspace.Root, "reports", "report.xml"), new GuardedFolders([workspace.Root]), writer => writer.Write("x")));

        Assert.Contains("link that leads out", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Root));
    }

    [Fact]
    public void FolderOutsideEveryGuardedFolder_IsWrittenAsNamed()
    {
        using var elsewhere = new TemporarySubmission();
        using var workspace = new TemporarySubmission();

        OutputFile.Write(Path.Combine(elsewhere.Root, "report.json"), new GuardedFolders([workspace.Root]), writer => writer.Write("{}"));

        Assert.Equal(["report.json"], Directory.EnumerateFileSystemEntries(elsewhere.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void FailedWrite_LeavesNoTemporaryFileAndKeepsTheOldReport()
    {
        using var workspace = new TemporarySubmission().With("report.json", "old");

        Assert.Throws<InvalidOperationException>(() =>
            OutputFile.Write(Path.Combine(workspace.Root, "report.json"), new GuardedFolders([workspace.Root]), _ => throw new InvalidOperationException("writer failed")));

        Assert.Equal(["report.json"], Directory.EnumerateFileSystemEntries(workspace.Root).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(Path.Combine(workspace.Root, "report.json")));
    }

    [Fact]
    public void MissingFolder_IsRefusedWithoutAMachinePath()
    {
        using var workspace = new TemporarySubmission();

        var refusal = Assert.Throws<OutputFileException>(() =>
            OutputFile.Write(Path.Combine(workspace.Root, "no-such-folder", "r.json"), new GuardedFolders([workspace.Root]), writer => writer.Write("{}")));

        Assert.DoesNotContain(workspace.Root, refusal.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void AppendToARunnerFileThatIsALink_IsRefusedAndItsTargetUntouched()
    {
        using var outside = new TemporarySubmission().With("victim.txt", "precious");
        using var workspace = new TemporarySubmission().With("output", "score=1\n");
        var link = Path.Combine(workspace.Root, "summary.md");
        File.CreateSymbolicLink(link, Path.Combine(outside.Root, "victim.txt"));

        Assert.Throws<OutputFileException>(() => OutputFile.Append(link, "## report\n"));
        OutputFile.Append(Path.Combine(workspace.Root, "output"), "result=passed\n");

        Assert.Equal("precious", File.ReadAllText(Path.Combine(outside.Root, "victim.txt")));
        Assert.Equal("score=1\nresult=passed\n", File.ReadAllText(Path.Combine(workspace.Root, "output")));
    }
}
