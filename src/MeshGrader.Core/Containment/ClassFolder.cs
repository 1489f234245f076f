namespace MeshGrader.Core.Containment;

/// <summary>An entry of a class folder that stands for a submission: a folder, or a link where one would be.</summary>
/// <param name="Name">The entry's name in the class folder.</param>
/// <param name="FullPath">The entry's absolute path, as listed (not resolved).</param>
/// <param name="IsLink">The entry is a link: not graded, since it could name another learner's folder or one outside the class.</param>
internal sealed record ClassEntry(string Name, string FullPath, bool IsLink);

/// <summary>
/// Lists the submissions of a class folder (what <c>gh classroom clone student-repos</c> makes: one
/// folder per student repository). Only the names and kinds of its entries are read, never their
/// contents: each submission is then read through <see cref="SubmissionFiles"/> like any other.
/// </summary>
internal static class ClassFolder
{
    /// <summary>
    /// The folders in the class folder's root, and the links standing there, in ordinal order of
    /// name. Hidden entries (<c>.git</c>, <c>.github</c>) belong to the tools around the class and
    /// are left out, as are plain files (a roster, a README).
    /// </summary>
    /// <exception cref="SubmissionFolderException">The class folder cannot be listed; the message says why, without a machine path.</exception>
    public static IReadOnlyList<ClassEntry> Entries(string classFolder)
    {
        var root = Path.GetFullPath(classFolder);
        try
        {
            // A link is told by the entry itself (lstat), never by following it.
            return new DirectoryInfo(root).EnumerateFileSystemInfos().Take(SubmissionFiles.MaxEntries)
                .Where(entry => !entry.Name.StartsWith('.'))
                .Select(entry => (entry.Attributes & FileAttributes.ReparsePoint) != 0
                    ? new ClassEntry(entry.Name, Path.Join(root, entry.Name), IsLink: true)
                    : (entry.Attributes & FileAttributes.Directory) != 0 ? new ClassEntry(entry.Name, Path.Join(root, entry.Name), IsLink: false) : null)
                .OfType<ClassEntry>()
                .OrderBy(entry => entry.Name, StringComparer.Ordinal)
                .ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new SubmissionFolderException(ex is UnauthorizedAccessException ? "it cannot be read (permission denied)" : ex is DirectoryNotFoundException ? "it does not exist" : "it cannot be read");
        }
    }
}
