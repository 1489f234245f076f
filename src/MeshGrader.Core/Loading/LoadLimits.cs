namespace MeshGrader.Core.Loading;

/// <summary>Hard limits that keep any learner input bounded in time and memory.</summary>
internal sealed record LoadLimits(int MaxFileBytes, int MaxDepth, int MaxEvents, int MaxExpandedNodes)
{
    // A lab file is a few dozen lines; these leave ample room and still stop hostile input early.
    // MaxDepth also protects the recursive JSON Schema evaluation that runs on the loaded value.
    public static LoadLimits Default { get; } = new(MaxFileBytes: 1024 * 1024, MaxDepth: 32, MaxEvents: 200_000, MaxExpandedNodes: 100_000);
}
