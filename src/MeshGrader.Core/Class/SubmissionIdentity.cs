namespace MeshGrader.Core.Class;

/// <summary>
/// Who a submission belongs to, read from its folder's name. <c>gh classroom clone student-repos</c>
/// clones an assignment's repositories into <c>&lt;assignment&gt;-submissions/</c>, one folder per
/// repository, named as GitHub Classroom names it: <c>&lt;assignment&gt;-&lt;github-username&gt;</c>
/// (or <c>-&lt;team&gt;</c> for a group assignment).
/// </summary>
/// <remarks>
/// The rule: when the class folder's name ends in <c>-submissions</c>, what comes before is the
/// assignment's prefix, and a submission folder named <c>&lt;prefix&gt;-&lt;rest&gt;</c> belongs to
/// <c>&lt;rest&gt;</c>; any other folder is its own name. A username may hold '-' and so may an
/// assignment, so the name is never split on a guess: only the prefix the class folder states is
/// taken off. The identity is the learner's text, made safe by each output that shows it.
/// </remarks>
internal static class SubmissionIdentity
{
    public const string ClassroomFolderSuffix = "-submissions";

    public static string Of(string classFolderName, string submissionFolderName)
    {
        if (classFolderName.Length > ClassroomFolderSuffix.Length && classFolderName.EndsWith(ClassroomFolderSuffix, StringComparison.Ordinal))
        {
            var prefix = classFolderName[..^ClassroomFolderSuffix.Length] + "-";
            if (submissionFolderName.Length > prefix.Length && submissionFolderName.StartsWith(prefix, StringComparison.Ordinal))
            {
                return submissionFolderName[prefix.Length..];
            }
        }

        return submissionFolderName;
    }
}
