using System.Net.Sockets;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Containment;

/// <summary>
/// Lab files made of links and special files: whatever a link points at outside the submission is
/// never read, and nothing blocks.
/// </summary>
public sealed class SubmissionFilesTests
{
    private const string Secret = "secret-marker-outside-the-submission";

    private const string NotInside = "is a link that does not lead to a file inside the submission folder";

    [UnixFact]
    public void LinkToAFileOutside_IsRefusedAndNotOneByteOfItIsRead()
    {
        using var outside = new TemporarySubmission().With("secrets.yaml", $"domain:\n  name: {Secret}\n");
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "domain.yaml"), Path.Combine(outside.Root, "secrets.yaml"));

        var report = submission.Grade(16);

        var finding = report.SingleError(CoreRules.UnreadableFile.Id);
        Assert.Contains(NotInside, finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => (f.Message + f.Hint + f.Excerpt).Contains(Secret, StringComparison.Ordinal));
    }

    [UnixFact]
    public void LinkToAnotherSubmissionsCompleteFile_EarnsNothingForItsSteps()
    {
        using var other = TemporarySubmission.FromSample("complete");
        using var submission = TemporarySubmission.FromSample("complete").Without("mlops.yaml");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "mlops.yaml"), Path.Combine(other.Root, "mlops.yaml"));

        var report = submission.Grade(17);

        Assert.Equal(0m, report.Score);
        report.SingleError(CoreRules.UnreadableFile.Id);
    }

    [UnixFact]
    public void LinkToStandardInput_IsRefusedWithoutWaiting()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("contract.yaml");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "contract.yaml"), "/dev/stdin");

        var grading = Task.Run(() => submission.Grade(16));

        // Standard input resolves to a device or terminal outside the submission, or to a pipe that is no path at all.
        Assert.True(grading.Wait(TimeSpan.FromSeconds(10)), "Grading is waiting on standard input.");
        grading.Result.SingleError(CoreRules.UnreadableFile.Id);
    }

    [UnixFact]
    public void LinkThroughAFolderLinkThatLeadsOutside_IsRefused()
    {
        using var outside = new TemporarySubmission().With("governance.yaml", $"operating_model:\n  type: {Secret}\n");
        using var submission = TemporarySubmission.FromSample("complete").Without("governance.yaml");
        Directory.CreateSymbolicLink(Path.Combine(submission.Root, "shared"), outside.Root);
        File.CreateSymbolicLink(Path.Combine(submission.Root, "governance.yaml"), "shared/governance.yaml");

        var report = submission.Grade(18);

        Assert.Contains(NotInside, report.SingleError(CoreRules.UnreadableFile.Id).Message, StringComparison.Ordinal);
    }

    [UnixTheory]
    [InlineData("loop.yaml")] // loop.yaml links back to domain.yaml
    [InlineData("nowhere.yaml")]
    public void LinkThatResolvesToNoFile_IsRefused(string target)
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "domain.yaml"), target);
        File.CreateSymbolicLink(Path.Combine(submission.Root, "loop.yaml"), "domain.yaml");

        var report = submission.Grade(16);

        Assert.Contains(NotInside, report.SingleError(CoreRules.UnreadableFile.Id).Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void LinkThatStaysInside_IsReadAsItsTarget()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Directory.CreateDirectory(Path.Combine(submission.Root, "work"));
        File.Move(Path.Combine(submission.Root, "domain.yaml"), Path.Combine(submission.Root, "work", "domain.yaml"));
        File.CreateSymbolicLink(Path.Combine(submission.Root, "domain.yaml"), "work/domain.yaml");

        var report = submission.Grade(16);

        Assert.Equal(100m, report.Score);
    }

    [UnixFact]
    public void SubmissionFolderThatIsALink_IsResolvedOnceAndGraded()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        using var holder = new TemporarySubmission();
        var link = Path.Combine(holder.Root, "submission");
        Directory.CreateSymbolicLink(link, submission.Root);

        var files = SubmissionFiles.Open(link);

        Assert.Equal(GuardedFolders.RealPath(submission.Root), files.Root);
        Assert.Equal(100m, new MeshGrader.Core.Grading.Grader().Grade(files, MeshGrader.Core.Labs.LabCatalog.All).Score);
    }

    [UnixFact]
    public void Socket_IsRefusedAsNotARegularFile()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(submission.Root, "domain.yaml")));

        var report = submission.Grade(16);

        Assert.Contains("not a regular file", report.SingleError(CoreRules.UnreadableFile.Id).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingANameWithAFolder_IsAProgrammingError()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        Assert.Throws<ArgumentException>(() => SubmissionFiles.Open(submission.Root).Read("../domain.yaml", 1024));
    }

    [UnixFact]
    public void LinksToAnExistingAndAMissingFileOutside_ReadTheSame()
    {
        using var outside = new TemporarySubmission().With("exists.yaml", "a: 1\n");
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml").Without("contract.yaml");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "domain.yaml"), Path.Combine(outside.Root, "exists.yaml"));
        File.CreateSymbolicLink(Path.Combine(submission.Root, "contract.yaml"), Path.Combine(outside.Root, "missing.yaml"));

        var messages = submission.Grade(16).Errors().Select(f => f.Message.Replace(f.File!, "FILE", StringComparison.Ordinal)).Distinct();

        // One message for both, so that links cannot probe which paths exist outside the submission.
        Assert.Equal($"FILE {NotInside}; the grader reads only the submission's own files.", Assert.Single(messages));
    }

    [UnixFact]
    public void LinkIntoTheGitFolder_IsRefused()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("contract.yaml");
        Directory.CreateDirectory(Path.Combine(submission.Root, ".git"));
        File.WriteAllText(Path.Combine(submission.Root, ".git", "config"), "[http]\n  extraheader = AUTHORIZATION: basic c2VjcmV0\n");
        File.CreateSymbolicLink(Path.Combine(submission.Root, "contract.yaml"), ".git/config");

        var report = submission.Grade(16);

        Assert.Contains("is a link into a hidden file or folder", report.SingleError(CoreRules.UnreadableFile.Id).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => (f.Message + f.Excerpt).Contains("AUTHORIZATION", StringComparison.Ordinal));
    }

    [UnixFact]
    public void SubmissionFolderSwappedForALinkAfterOpening_ReadsNothingFromWhereTheLinkLeads()
    {
        using var outside = new TemporarySubmission().With("domain.yaml", $"domain:\n  name: {Secret}\n");
        using var submission = TemporarySubmission.FromSample("complete");
        var files = SubmissionFiles.Open(submission.Root);
        var moved = submission.Root + "-moved";
        Directory.Move(submission.Root, moved);
        try
        {
            // The plain file's open succeeds through the link; the handle's own path gives it away.
            Directory.CreateSymbolicLink(submission.Root, outside.Root);

            var content = files.Read("domain.yaml", 1024);

            Assert.Equal(FileRefusal.LinkNotInside, content.Refusal);
            Assert.Empty(content.Bytes);
        }
        finally
        {
            File.Delete(submission.Root);
            Directory.Move(moved, submission.Root);
        }
    }

    [UnixFact]
    public void PlainFile_IsReadWhole()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        var content = SubmissionFiles.Open(submission.Root).Read("domain.yaml", 1 << 20);

        Assert.Equal(FileRefusal.None, content.Refusal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(submission.Root, "domain.yaml")), content.Bytes);
    }

    [Fact]
    public void LabFileThatIsAFolder_IsRefusedAsAFolder()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        Directory.CreateDirectory(Path.Combine(submission.Root, "domain.yaml"));

        var report = submission.Grade(16);

        Assert.Contains("domain.yaml is a folder, not a file.", report.SingleError(CoreRules.UnreadableFile.Id).Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void NamedPipe_IsRefusedAsNotARegularFileWithoutWaiting()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        var fifo = Path.Combine(submission.Root, "domain.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var content = SubmissionFiles.Open(submission.Root).Read("domain.yaml", 1024);

        Assert.Equal(FileRefusal.NotRegularFile, content.Refusal);
    }
}
