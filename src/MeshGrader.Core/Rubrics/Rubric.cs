namespace MeshGrader.Core.Rubrics;

/// <summary>How much of each finding a learner is shown.</summary>
internal enum HintLevel
{
    /// <summary>What is wrong, and the value or change to write.</summary>
    Answer,

    /// <summary>What is wrong and its rule, without the fix.</summary>
    Hint,

    /// <summary>Only where, and which check (its step and field): for an exam.</summary>
    Nudge,

    /// <summary>No findings: the steps completed and the score only.</summary>
    None,
}

/// <summary>
/// An instructor's rubric: how submissions are scored and what learners are shown. Every setting
/// has a default, and the default rubric (<see cref="DefaultRubric"/>) is the lab text's own scoring.
/// </summary>
/// <param name="PassMark">The overall score a submission needs to pass; null: every graded lab completed.</param>
/// <param name="RequiredLabs">The labs graded even when their files are missing (slugs); empty: the labs named on the command line, or those present.</param>
internal sealed record Rubric(
    RubricStamp Stamp, decimal? PassMark, IReadOnlyList<string> RequiredLabs, HintLevel Hints, IReadOnlyList<LabRubric> Labs);

/// <summary>One lab's part of a rubric: its steps' points and its checks' settings, by check id.</summary>
internal sealed record LabRubric(string Slug, IReadOnlyDictionary<int, decimal> StepPoints, IReadOnlyDictionary<string, CheckSettings> Checks);

/// <summary>What a rubric changes about one check.</summary>
/// <param name="Points">The check's weight inside its step; on a recommendation, points make it a required check.</param>
/// <param name="Off">Neither scored nor reported.</param>
/// <param name="Minimum">A number field's new lower bound (e.g. a quality threshold of at least 96).</param>
/// <param name="Maximum">A number field's new upper bound.</param>
/// <param name="Allowed">The choices still accepted: a subset of the lab's.</param>
/// <param name="MustInclude">Choices a list must hold, beyond what the lab requires.</param>
internal sealed record CheckSettings(
    decimal? Points = null, bool Off = false, decimal? Minimum = null, decimal? Maximum = null,
    IReadOnlyList<string>? Allowed = null, IReadOnlyList<string>? MustInclude = null);
