using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Class;

/// <summary>One submission found in a class folder, before grading.</summary>
/// <param name="Folder">Its absolute path, for grading.</param>
/// <param name="Path">Its path as every output shows it and sorts it: relative to the working folder, with '/'.</param>
/// <param name="Problem">Why it is not graded (a link), or null.</param>
internal sealed record ClassMember(string Folder, string Path, string Identity, string? Problem);

/// <summary>
/// The submissions of one or more class folders, in class order: by shown path, ordinal, so the
/// order of the folders on the command line and the order the file system lists them in change
/// nothing, and every shard of a CI matrix sees the same list.
/// </summary>
internal static class ClassRoster
{
    public const string LinkProblem = "it is a link, not a folder: a class is graded from its own folders, since a link could name another learner's work";

    /// <exception cref="SubmissionFolderException">A class folder cannot be listed.</exception>
    public static IReadOnlyList<ClassMember> Of(IEnumerable<string> classFolders, string workingFolder)
    {
        var members = new List<ClassMember>();
        foreach (var classFolder in classFolders.Select(f => System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(f, workingFolder))).Distinct(StringComparer.Ordinal))
        {
            var className = System.IO.Path.GetFileName(classFolder);
            foreach (var entry in ClassFolder.Entries(classFolder))
            {
                members.Add(new ClassMember(
                    entry.FullPath,
                    Shown(entry.FullPath, workingFolder, className, entry.Name),
                    SubmissionIdentity.Of(className, entry.Name),
                    entry.IsLink ? LinkProblem : null));
            }
        }

        // The absolute path only breaks a tie between two shown paths (two class folders of one name
        // outside the working folder); it is never shown.
        return members.DistinctBy(m => m.Folder, StringComparer.Ordinal)
            .OrderBy(m => m.Path, StringComparer.Ordinal).ThenBy(m => m.Folder, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Relative to the working folder when inside it; otherwise <c>…/class/submission</c>, so no output
    /// carries an absolute path of the machine.
    /// </summary>
    private static string Shown(string folder, string workingFolder, string className, string name)
    {
        var relative = System.IO.Path.GetRelativePath(workingFolder, folder);
        var inside = !System.IO.Path.IsPathRooted(relative) && relative.Split(System.IO.Path.DirectorySeparatorChar)[0] != "..";
        return inside ? relative.Replace(System.IO.Path.DirectorySeparatorChar, '/') : $"…/{className}/{name}";
    }
}
