namespace MeshGrader.Core.Findings;

/// <summary>One located piece of feedback for the learner.</summary>
/// <param name="Rule">Stable rule id, e.g. <c>DM-301</c>.</param>
/// <param name="File">Path relative to the submission folder, with '/'.</param>
/// <param name="Line">1-based; null only when there is no file to point into.</param>
/// <param name="Path">JSON Pointer into the file's document.</param>
/// <param name="Check">
/// The scored check this finding fails: usually the rule itself; a duplicate key fails the check of
/// the key it repeats; <see cref="WholeStep"/> fails every check of the step.
/// </param>
internal sealed record Finding(
    string Rule,
    Severity Severity,
    string Message,
    string? Hint,
    string? File,
    int? Line,
    int? Column,
    int? EndLine,
    int? EndColumn,
    string? Path,
    int? Lab,
    int? Step,
    string? Check)
{
    public const string WholeStep = "*";

    /// <summary>
    /// The learner's line the finding points into, shown under it with a caret. Absent when there
    /// is no line to show, and for a missing key, whose position is the mapping that should hold it.
    /// </summary>
    public string? Excerpt { get; init; }

    /// <summary>For a key written in another lab file than its own: where it belongs.</summary>
    public KeyHome? BelongsIn { get; init; }

    /// <summary>The value the hint names, when it names one; never written to a report.</summary>
    public FindingAnswer? Answer { get; init; }
}
