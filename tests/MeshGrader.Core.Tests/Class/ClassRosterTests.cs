using MeshGrader.Core.Class;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Class;

public sealed class ClassRosterTests
{
    [UnixFact]
    public void ClassFolder_ListsItsFoldersInOrderWithoutHiddenOnesOrFilesAndMarksLinks()
    {
        using var work = new TemporarySubmission();
        var classFolder = Path.Combine(work.Root, "lab-16-submissions");
        foreach (var name in new[] { "lab-16-zoe", "lab-16-Bob", "lab-16-alice", ".git", ".github" })
        {
            Directory.CreateDirectory(Path.Combine(classFolder, name));
        }

        File.WriteAllText(Path.Combine(classFolder, "roster.csv"), "alice\n");
        File.CreateSymbolicLink(Path.Combine(classFolder, "lab-16-mallory"), Path.Combine(classFolder, "lab-16-alice"));

        var roster = ClassRoster.Of([classFolder], work.Root);

        Assert.Equal(["lab-16-submissions/lab-16-Bob", "lab-16-submissions/lab-16-alice", "lab-16-submissions/lab-16-mallory", "lab-16-submissions/lab-16-zoe"], roster.Select(m => m.Path));
        Assert.Equal(["Bob", "alice", "mallory", "zoe"], roster.Select(m => m.Identity));
        Assert.Equal([null, null, ClassRoster.LinkProblem, null], roster.Select(m => m.Problem));
    }

    [Fact]
    public void SeveralClassFolders_GiveOneClassInPathOrderWhateverTheOrderGivenAndEachFolderOnce()
    {
        using var work = new TemporarySubmission();
        foreach (var path in new[] { "b/x", "a/y", "a/z" })
        {
            Directory.CreateDirectory(Path.Combine(work.Root, path));
        }

        var forwards = ClassRoster.Of([Path.Combine(work.Root, "a"), Path.Combine(work.Root, "b")], work.Root);
        var backwards = ClassRoster.Of(["b", "a", "a/"], work.Root);

        Assert.Equal(["a/y", "a/z", "b/x"], forwards.Select(m => m.Path));
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public void ClassFolderOutsideTheWorkingFolder_IsShownWithoutTheMachinesPath()
    {
        using var work = new TemporarySubmission();
        Directory.CreateDirectory(Path.Combine(work.Root, "class", "alice"));
        using var elsewhere = new TemporarySubmission();

        var roster = ClassRoster.Of([Path.Combine(work.Root, "class")], elsewhere.Root);

        Assert.Equal("…/class/alice", Assert.Single(roster).Path);
    }

    [Fact]
    public void MissingClassFolder_IsRefusedWithItsReason()
    {
        var missing = Assert.Throws<SubmissionFolderException>(() => ClassRoster.Of([Path.Combine(RepositoryPaths.Samples, "no-such-class")], RepositoryPaths.Root));

        Assert.Equal("it does not exist", missing.Message);
    }
}
