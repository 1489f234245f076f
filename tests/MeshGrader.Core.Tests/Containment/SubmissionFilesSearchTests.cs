using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Containment;

/// <summary>
/// The search of subfolders for misplaced lab files: bounded, and it never enters a link or a
/// hidden folder, so it reads nothing a link could reach and nothing of the tools around the submission.
/// </summary>
public sealed class SubmissionFilesSearchTests
{
    private const string Secret = "secret-marker-outside-the-submission";

    [UnixFact]
    public void FolderLinkLeadingOutside_IsNotSearchedAndNothingOfItIsRead()
    {
        using var outside = new TemporarySubmission().With("domain.yaml", $"domain:\n  name: {Secret}\n");
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        Directory.CreateSymbolicLink(Path.Combine(submission.Root, "lab16"), outside.Root);

        var report = submission.Grade(16);

        Assert.Empty(SubmissionFiles.Open(submission.Root).FilesBelow);
        Assert.Equal("domain.yaml", report.SingleError(CoreRules.MissingFile.Id).File);
        Assert.DoesNotContain(report.Findings, f => (f.Message + f.Hint + f.Excerpt).Contains(Secret, StringComparison.Ordinal));
    }

    [UnixFact]
    public void FileLinkInASubfolder_IsNotFound()
    {
        using var outside = new TemporarySubmission().With("domain.yaml", $"domain:\n  name: {Secret}\n");
        using var submission = TemporarySubmission.FromSample("complete").Without("domain.yaml");
        Directory.CreateDirectory(Path.Combine(submission.Root, "lab16"));
        File.CreateSymbolicLink(Path.Combine(submission.Root, "lab16", "domain.yaml"), Path.Combine(outside.Root, "domain.yaml"));

        var report = submission.Grade(16);

        Assert.DoesNotContain("lab16/domain.yaml", SubmissionFiles.Open(submission.Root).FilesBelow);
        Assert.Equal(CoreRules.MissingFile.Id, Assert.Single(report.Findings).Rule);
    }

    [UnixFact]
    public void ReadingANestedPathThroughAFolderLink_IsRefused()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        Directory.CreateDirectory(Path.Combine(submission.Root, "real"));
        File.Copy(Path.Combine(submission.Root, "domain.yaml"), Path.Combine(submission.Root, "real", "domain.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(submission.Root, "linked"), Path.Combine(submission.Root, "real"));

        var files = SubmissionFiles.Open(submission.Root);

        Assert.Equal(FileRefusal.None, files.Read("real/domain.yaml", 1 << 20).Refusal);
        Assert.Equal(FileRefusal.LinkNotInside, files.Read("linked/domain.yaml", 1 << 20).Refusal);
        Assert.DoesNotContain("linked/domain.yaml", files.FilesBelow);
    }

    [Theory]
    [InlineData(".git")]
    [InlineData(".github/labs")]
    public void LabFileInAHiddenFolder_IsNotSearched(string folder)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var hidden = Path.Combine([submission.Root, .. folder.Split('/')]);
        Directory.CreateDirectory(hidden);
        File.Move(Path.Combine(submission.Root, "mlops.yaml"), Path.Combine(hidden, "mlops.yaml"));

        var report = submission.Grade(17);

        Assert.Equal(CoreRules.MissingFile.Id, Assert.Single(report.Findings).Rule);
        Assert.Throws<ArgumentException>(() => SubmissionFiles.Open(submission.Root).Read(folder + "/mlops.yaml", 1024));
    }

    [Fact]
    public void SubfolderWithMoreEntriesThanTheSearchLooksAt_IsSearchedNoFurther()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var crowded = Path.Combine(submission.Root, "a-crowded");
        Directory.CreateDirectory(crowded);
        for (var i = 0; i < SubmissionFiles.MaxSearchEntries; i++)
        {
            File.WriteAllText(Path.Combine(crowded, $"note{i:D5}.txt"), string.Empty);
        }

        Directory.CreateDirectory(Path.Combine(submission.Root, "b-lab17"));
        File.Move(Path.Combine(submission.Root, "mlops.yaml"), Path.Combine(submission.Root, "b-lab17", "mlops.yaml"));

        var files = SubmissionFiles.Open(submission.Root);

        Assert.True(files.FilesBelow.Count <= SubmissionFiles.MaxSearchEntries);
        Assert.DoesNotContain("b-lab17/mlops.yaml", files.FilesBelow);
        Assert.Equal(CoreRules.MissingFile.Id, Assert.Single(submission.Grade(17).Findings).Rule);
    }
}
