using System.Text;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Containment;

/// <summary>
/// <c>git:REF:path</c>: a reference or path that git could read as an option, or a path out of the
/// repository, is refused before git runs; what git gives is bounded; a committed link is not followed.
/// </summary>
public sealed class GitBlobReaderTests
{
    [Theory]
    [InlineData("--output=x:contract.yaml")]
    [InlineData("-p:contract.yaml")]
    [InlineData("main:-contract.yaml")]
    [InlineData("main:../outside.yaml")]
    [InlineData("main:lab16/../../outside.yaml")]
    [InlineData("main:/etc/passwd")]
    [InlineData("main..other:contract.yaml")]
    [InlineData("HEAD@{1}:contract.yaml")]
    [InlineData("main~1 --help:contract.yaml")]
    [InlineData("main")]
    [InlineData(":contract.yaml")]
    [InlineData("main:")]
    public void HostileReferenceOrPath_IsRefusedBeforeGitRuns(string referenceAndPath) =>
        Assert.Throws<GitBlobException>(() => GitBlobReader.Parse(referenceAndPath));

    [Fact]
    public void ReferenceAndPath_AreSplitAtTheFirstColon()
    {
        Assert.Equal(("0123abc", "lab16/contract.yaml"), GitBlobReader.Parse("0123abc:lab16/contract.yaml"));
        Assert.Equal(("origin/main", "contract.yaml"), GitBlobReader.Parse("origin/main:contract.yaml"));
    }

    [UnixFact]
    public void CommittedFile_IsReadAsTheCommitHoldsIt()
    {
        using var repository = Repository(("contract.yaml", "contract:\n  sla_uptime: 99.9\n"));
        File.WriteAllText(Path.Combine(repository.Root, "contract.yaml"), "changed on disk\n");

        var bytes = GitBlobReader.Read(repository.Root, "HEAD", "contract.yaml");

        Assert.Equal("contract:\n  sla_uptime: 99.9\n", Encoding.UTF8.GetString(bytes));
    }

    [UnixFact]
    public void FileLargerThanTheCap_IsRefused()
    {
        using var repository = Repository(("contract.yaml", new string('#', 5000)));

        var refusal = Assert.Throws<GitBlobException>(() => GitBlobReader.Read(repository.Root, "HEAD", "contract.yaml", maxBytes: 4096));

        Assert.Contains("larger than", refusal.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void CommittedLink_IsReadAsItsTextNotFollowed()
    {
        using var outside = new TemporarySubmission().With("secret.yaml", "secret: value\n");
        using var repository = Repository();
        File.CreateSymbolicLink(Path.Combine(repository.Root, "contract.yaml"), Path.Combine(outside.Root, "secret.yaml"));
        TestGit.Run(repository.Root, "add", "contract.yaml");
        TestGit.Run(repository.Root, "commit", "-q", "-m", "link");

        var text = Encoding.UTF8.GetString(GitBlobReader.Read(repository.Root, "HEAD", "contract.yaml"));

        Assert.DoesNotContain("secret: value", text, StringComparison.Ordinal);
    }

    [UnixFact]
    public void MissingPathOrReference_IsExplained()
    {
        using var repository = Repository(("contract.yaml", "contract: {}\n"));

        Assert.Contains("has no file", Assert.Throws<GitBlobException>(() => GitBlobReader.Read(repository.Root, "HEAD", "other.yaml")).Message, StringComparison.Ordinal);
        Assert.Contains("has no file", Assert.Throws<GitBlobException>(() => GitBlobReader.Read(repository.Root, "no-such-branch", "contract.yaml")).Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void FolderOutsideAnyRepository_IsExplained()
    {
        using var folder = new TemporarySubmission();
        // Keep git from finding a repository above the temporary folder.
        File.WriteAllText(Path.Combine(folder.Root, ".git"), "gitdir: /nonexistent\n");

        var refusal = Assert.Throws<GitBlobException>(() => GitBlobReader.Read(folder.Root, "HEAD", "contract.yaml"));

        Assert.Contains("not inside a git repository", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Root, refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>A temporary repository with the files committed.</summary>
    internal static TemporarySubmission Repository(params (string Name, string Text)[] files)
    {
        var repository = new TemporarySubmission();
        TestGit.Run(repository.Root, "init", "-q");
        foreach (var (name, text) in files)
        {
            repository.With(name, text);
        }

        TestGit.Run(repository.Root, "add", "-A");
        TestGit.Run(repository.Root, "commit", "-q", "--allow-empty", "-m", "contract");
        return repository;
    }
}
