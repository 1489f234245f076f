namespace MeshGrader.Tests.Shared;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The sample submissions, in name order: every folder of samples/ but the rubric examples in samples/rubrics.</summary>
    public static IReadOnlyList<string> SampleSubmissions =>
        Directory.GetDirectories(Samples).Where(d => Path.GetFileName(d) != "rubrics").Order(StringComparer.Ordinal).ToArray();

    public static string Labs => Path.Combine(Root, "labs");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MeshGrader.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MeshGrader.sln not found above the test assembly.");
    }
}
