using MeshGrader.Core.Containment;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Grading;

/// <summary>One submission of a class: its report, or why it could not be graded.</summary>
/// <param name="Index">The submission's place in the sequence given, from 0.</param>
/// <param name="Folder">The folder as it was given.</param>
internal sealed record SubmissionResult(int Index, string Folder, GradingReport? Report, string? Problem);

/// <summary>
/// Grades a sequence of submissions in one process: the schemas and rules are loaded once and
/// shared, submissions are graded in parallel on every core, and results stream out in the order
/// given, so memory does not grow with the size of the class. A submission that cannot be graded
/// (an unreadable folder, a file the grader may not read) gets its result with the reason and
/// never stops the others.
/// </summary>
internal sealed class ClassGrader(Grader grader, IReadOnlyList<LabDefinition> labs)
{
    public IEnumerable<SubmissionResult> GradeAll(IEnumerable<string> folders, int? parallelism = null) =>
        folders.Select((folder, index) => (folder, index))
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(parallelism ?? Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(submission => GradeOne(submission.index, submission.folder));

    private SubmissionResult GradeOne(int index, string folder)
    {
        try
        {
            return new SubmissionResult(index, folder, grader.Grade(SubmissionFiles.Open(folder), labs), null);
        }
        catch (SubmissionFolderException ex)
        {
            return new SubmissionResult(index, folder, null, ex.Message);
        }
    }
}
