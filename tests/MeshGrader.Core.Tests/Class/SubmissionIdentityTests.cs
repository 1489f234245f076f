using MeshGrader.Core.Class;

namespace MeshGrader.Core.Tests.Class;

public sealed class SubmissionIdentityTests
{
    [Theory]
    [InlineData("lab-16-submissions", "lab-16-octocat", "octocat")]
    [InlineData("lab-16-submissions", "lab-16-mona-lisa", "mona-lisa")]
    [InlineData("data-mesh-submissions", "data-mesh-team-blue", "team-blue")]
    public void GitHubClassroomLayout_IdentityIsTheUsernameAfterTheAssignmentPrefix(string classFolder, string submission, string expected) =>
        Assert.Equal(expected, SubmissionIdentity.Of(classFolder, submission));

    [Theory]
    [InlineData("class", "lab-16-octocat")]
    [InlineData("lab-16-submissions", "lab-17-octocat")]
    [InlineData("lab-16-submissions", "lab-16-")]
    [InlineData("lab-16-submissions", "LAB-16-octocat")]
    [InlineData("-submissions", "-submissions-x")]
    public void FolderOutsideTheClassroomLayout_IsItsOwnName(string classFolder, string submission) =>
        Assert.Equal(submission, SubmissionIdentity.Of(classFolder, submission));
}
