using System.Security.Cryptography;

namespace MeshGrader.Cli.Tests.Support;

/// <summary>Every entry below a folder with what it is (file hash, link target or folder), to show that nothing changed.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, info.FullName);
            entries[relative] = info.LinkTarget is { } target ? "link " + target
                : info is DirectoryInfo ? "folder"
                : "file " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(info.FullName)));
        }

        return entries;
    }

    /// <summary>The text of every file directly in a folder, links left out: where a run's reports go.</summary>
    public static IEnumerable<(string Name, string Text)> Texts(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Where(f => f.LinkTarget is null).Select(f => (f.Name, File.ReadAllText(f.FullName)));
}
