namespace MeshGrader.Core.Findings;

internal enum Severity
{
    /// <summary>A notice that costs nothing (a spelling normalised, a current-practice tip).</summary>
    Info,

    /// <summary>A recommendation that costs nothing by default.</summary>
    Warning,

    /// <summary>A required check failed.</summary>
    Error,
}
