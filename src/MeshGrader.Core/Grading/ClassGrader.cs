using MeshGrader.Core.Containment;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Grading;

/// <summary>One submission of a class: its report, or why it could not be graded.</summary>
/// <param name="Index">The submission's place in the sequence given, from 0.</param>
/// <param name="Folder">The folder as it was given.</param>
internal sealed record SubmissionResult(int Index, string Folder, GradingReport? Report, string? Problem)
{
    /// <summary>None of the graded labs' files is in the folder: such a submission never passes.</summary>
    public bool NothingSubmitted { get; init; }
}

/// <summary>
/// Grades a sequence of submissions in one process: the schemas and rules are loaded once and
/// shared, submissions are graded in parallel on every core, and results stream out in the order
/// given, so memory does not grow with the size of the class. A submission that cannot be graded
/// (an unreadable folder, a file the grader may not read, even a fault of the grader on it) gets
/// its result with the reason and never stops the others.
/// </summary>
internal sealed class ClassGrader
{
    private readonly Func<SubmissionFiles, IReadOnlyList<LabDefinition>, GradingReport> grade;
    private readonly IReadOnlyList<LabDefinition> labs;

    public ClassGrader(Grader grader, IReadOnlyList<LabDefinition> labs)
        : this(grader.Grade, labs)
    {
    }

    /// <param name="grade">The grading step; tests substitute a faulty one.</param>
    internal ClassGrader(Func<SubmissionFiles, IReadOnlyList<LabDefinition>, GradingReport> grade, IReadOnlyList<LabDefinition> labs)
    {
        this.grade = grade;
        this.labs = labs;
    }

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
            var files = SubmissionFiles.Open(folder);
            return new SubmissionResult(index, folder, grade(files, labs), null) { NothingSubmitted = new SubmissionFolder(files).HasNoneOf(labs) };
        }
        catch (SubmissionFolderException ex)
        {
            return new SubmissionResult(index, folder, null, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The exception's message can carry machine paths and learner text: only its type is kept.
            return new SubmissionResult(index, folder, null, $"the grader failed on it ({ex.GetType().Name}); please report it");
        }
    }
}
