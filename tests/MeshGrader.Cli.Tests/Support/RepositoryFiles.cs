namespace MeshGrader.Cli.Tests.Support;

/// <summary>
/// The repository's files as a fresh clone of this working tree would have them: tracked files and
/// new ones git does not ignore, so never bin/, obj/ or other build output.
/// </summary>
internal static class RepositoryFiles
{
    public static IReadOnlyList<string> List() => GitFiles("--cached", "--others", "--exclude-standard");

    /// <summary>Only the files git tracks: committed or staged.</summary>
    public static IReadOnlyList<string> Tracked() => GitFiles("--cached");

    private static List<string> GitFiles(params string[] options)
    {
        var git = ProcessRun.Of("git", ["ls-files", "-z", .. options], RepositoryPaths.Root);
        Assert.True(git.ExitCode == 0, $"git ls-files failed; these tests copy the repository as git sees it.\n{git.Both}");
        return git.Out.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .Where(relative => File.Exists(Path.Combine(RepositoryPaths.Root, relative))) // deleted but not yet committed
            .ToList();
    }

    /// <summary>Copies the repository into <paramref name="destination"/>, so builds happen there and not in the working tree.</summary>
    public static void CopyTo(string destination)
    {
        foreach (var relative in List())
        {
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepositoryPaths.Root, relative), target);
        }
    }
}
