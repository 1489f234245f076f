namespace MeshGrader.Core.Reports;

/// <summary>
/// Which submission a Classroom 50 result belongs to, as the Classroom 50 runner tells an autograder
/// in its environment (foundation50/classroom50, wiki Advanced-Autograding.md, "Contract"). A value
/// the environment does not give is null and left out of the result: meshgrade has no other source
/// for it, and a guessed identity would file the grade under the wrong student or assignment.
/// </summary>
/// <param name="Classroom">The classroom's short name (<c>CLASSROOM</c>).</param>
/// <param name="Assignment">The assignment slug (<c>ASSIGNMENT</c>).</param>
/// <param name="AssignmentType"><c>individual</c> or <c>group</c> (<c>ASSIGNMENT_TYPE</c>); the runner stamps it again.</param>
/// <param name="Owner">The repository owner's login (<c>OWNER</c>, or <c>USERNAME</c>); the runner stamps it again.</param>
/// <param name="Submission">The submit tag, <c>submit/...</c> (<c>SUBMISSION_TAG</c>).</param>
/// <param name="Commit">The graded commit's address (<c>COMMIT_URL</c>).</param>
/// <param name="Release">The submission release's address (<c>RELEASE_URL</c>).</param>
/// <param name="Review">The diff from the starter code (<c>REVIEW_URL</c>); the commit's address when there is nothing to compare.</param>
internal sealed record Classroom50Submission(
    string? Classroom,
    string? Assignment,
    string? AssignmentType,
    string? Owner,
    string? Submission,
    string? Commit,
    string? Release,
    string? Review)
{
    /// <summary>Outside the Classroom 50 runner: nothing is known, and the result holds only the grade.</summary>
    public static Classroom50Submission Unknown { get; } = new(null, null, null, null, null, null, null, null);

    public static Classroom50Submission FromEnvironment(Func<string, string?> variable)
    {
        string? Value(string name) => variable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var commit = Value("COMMIT_URL");
        return new(
            Value("CLASSROOM"),
            Value("ASSIGNMENT"),
            Value("ASSIGNMENT_TYPE"),
            Value("OWNER") ?? Value("USERNAME"),
            Value("SUBMISSION_TAG"),
            commit,
            Value("RELEASE_URL"),
            // The contract: review "equals commit when there is nothing to compare"; the wiki's own
            // autograder templates fall back the same way.
            Value("REVIEW_URL") ?? commit);
    }
}
