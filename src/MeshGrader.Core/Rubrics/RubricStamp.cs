namespace MeshGrader.Core.Rubrics;

/// <summary>
/// The rubric a report was graded under: its name and the SHA-256 of its text (lowercase hex).
/// Every report carries it, so a grade can always be traced to the rubric that produced it.
/// </summary>
internal sealed record RubricStamp(string Name, string Sha256);
