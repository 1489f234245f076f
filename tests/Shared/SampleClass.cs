namespace MeshGrader.Tests.Shared;

/// <summary>
/// The sample submissions as a class folder, the way `gh classroom clone` lays one out: a copy of
/// every sample submission (not the rubric examples beside them) in <c>ROOT/samples/NAME</c>, made
/// once per test run, so paths in class outputs read <c>samples/NAME</c> as from the repository.
/// </summary>
internal static class SampleClass
{
    private static readonly Lazy<string> LazyRoot = new(Copy);

    /// <summary>The folder that holds <see cref="Folder"/>: the working folder class paths are shown from.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The class folder: one folder per sample submission.</summary>
    public static string Folder => Path.Combine(Root, "samples");

    /// <summary>The names of the sample submissions, in order.</summary>
    public static IReadOnlyList<string> Names => RepositoryPaths.SampleSubmissions.Select(Path.GetFileName).OfType<string>().ToArray();

    private static string Copy()
    {
        var root = Path.Combine(Path.GetTempPath(), "meshgrade-sample-class", Guid.NewGuid().ToString("N"));
        foreach (var sample in RepositoryPaths.SampleSubmissions)
        {
            var target = Path.Combine(root, "samples", Path.GetFileName(sample));
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(sample))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return root;
    }
}
