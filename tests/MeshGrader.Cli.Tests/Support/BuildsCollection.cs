namespace MeshGrader.Cli.Tests.Support;

/// <summary>
/// The tests that build the tool (restore, pack, Native AOT publish) take both cores for a minute
/// each: they run one at a time, after the others, so the tests that bound a time never share the
/// machine with a build.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildsCollection
{
    public const string Name = "Builds of the tool";
}
