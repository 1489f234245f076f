using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Tests.Reports;

public sealed class ArtifactPathsTests
{
    private static readonly string Repository = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void SubmissionInSubfolder_PrefixesFilesWithForwardSlashes()
    {
        var paths = ArtifactPaths.Between(Repository, Path.Combine(Repository, "labs", "submission"));

        Assert.Equal("labs/submission/contract.yaml", paths!.Of("contract.yaml"));
    }

    [Fact]
    public void SubmissionIsTheRepositoryRoot_KeepsFileNames()
    {
        var paths = ArtifactPaths.Between(Repository, Repository + Path.DirectorySeparatorChar);

        Assert.Equal("contract.yaml", paths!.Of("contract.yaml"));
    }

    [Fact]
    public void SubmissionOutsideTheBase_HasNoRepositoryPaths()
    {
        Assert.Null(ArtifactPaths.Between(Path.Combine(Repository, "labs"), Path.Combine(Repository, "other")));
    }

    [Fact]
    public void FolderNameStartingWithDots_IsStillInside()
    {
        var paths = ArtifactPaths.Between(Repository, Path.Combine(Repository, "..hidden"));

        Assert.Equal("..hidden/domain.yaml", paths!.Of("domain.yaml"));
    }
}
