using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Core.Class;

/// <summary>
/// Grades the members of a class (or of one shard of it) with <see cref="ClassGrader"/>: in
/// parallel, each row in class order whatever the parallelism, and a member that cannot be graded
/// (a link, an unreadable folder) gets its row and its reason.
/// </summary>
/// <param name="rubric">The rubric the grader grades under, for a class where no submission could be graded.</param>
internal sealed class ClassRun(ClassGrader grader, IReadOnlyList<LabDefinition> labs, decimal? minScore, RubricStamp? rubric = null)
{
    public ClassRun(Grader grader, IReadOnlyList<LabDefinition> labs, decimal? minScore)
        : this(new ClassGrader(grader, labs), labs, minScore)
    {
    }

    /// <param name="graded">Called with the number of rows done after each one, in order (a progress bar).</param>
    public ClassReport Grade(IReadOnlyList<ClassMember> members, int? parallelism = null, Action<int>? graded = null)
    {
        var rows = new List<SubmissionRow>(members.Count);
        var rubrics = new HashSet<RubricStamp>();
        using var results = grader.GradeAll(members.Where(m => m.Problem is null).Select(m => m.Folder), parallelism).GetEnumerator();
        foreach (var member in members)
        {
            if (member.Problem is not null)
            {
                rows.Add(new SubmissionRow(member.Path, member.Identity, null, member.Problem));
            }
            else
            {
                // Results come in the order given, which is the members' order without the ones not graded.
                results.MoveNext();
                var result = results.Current;
                if (result.Report is not null)
                {
                    rubrics.Add(result.Report.Rubric);
                }

                rows.Add(result.Report is { } report
                    ? new SubmissionRow(member.Path, member.Identity, ClassProjection.Of(report, result.NothingSubmitted, minScore), null)
                    : new SubmissionRow(member.Path, member.Identity, null, result.Problem));
            }

            graded?.Invoke(rows.Count);
        }

        return new ClassReport(RubricOf(rubrics, rubric), labs.Select(ClassProjection.Of).ToArray(), minScore, rows);
    }

    /// <summary>
    /// The rubric every report was graded under; when no submission could be graded, the stamp a
    /// report carries by default. One grader grades under one rubric, so two stamps are a fault.
    /// </summary>
    private static RubricStamp RubricOf(HashSet<RubricStamp> stamps, RubricStamp? rubric) => stamps.Count switch
    {
        0 => rubric ?? new GradingReport(0, [], []).Rubric,
        1 => stamps.Single(),
        _ => throw new InvalidOperationException("The submissions of one class were graded under different rubrics."),
    };
}
