namespace MeshGrader.Cli.Tests.Support;

/// <summary>
/// Tests that hold the watch to its promise of a new report within a second of a save. They run
/// alone, after the tests that run in parallel, so other tests' builds and gradings on the same
/// cores are not counted as the watch's time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LatencyCollection
{
    public const string Name = "Latency";
}
