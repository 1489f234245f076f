namespace MeshGrader.Core.Findings;

/// <summary>A 1-based position in the learner's file.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition FileStart { get; } = new(1, 1);
}

/// <summary>Where a finding points: from the start of what is wrong to its end.</summary>
internal readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public static SourceSpan FileStart { get; } = new(SourcePosition.FileStart, SourcePosition.FileStart);
}
