namespace MeshGrader.Core.Containment;

/// <summary>
/// Folders a learner's committed links must not lead out of: the working folder, the repository
/// root (--base-dir) and the submission. A path written inside one of them must still be inside it
/// once every link is resolved; a path outside all of them was named by whoever runs the grader and
/// is taken as it is.
/// </summary>
internal sealed class GuardedFolders(IEnumerable<string> folders)
{
    private readonly string[] folders = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>True when <paramref name="folder"/> (an absolute path) leaves a guarded folder it is written in.</summary>
    public bool Escapes(string folder)
    {
        var lexical = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var real = RealPath(lexical);
        foreach (var guarded in folders.Where(g => IsWithin(lexical, g)))
        {
            if (real is null || RealPath(guarded) is not { } guardedReal || !IsWithin(real, guardedReal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a link stands anywhere in <paramref name="folder"/> below a guarded folder it is
    /// written in: the submission folder itself must be what the path names, since a learner could
    /// otherwise point it at another learner's folder in the same repository.
    /// </summary>
    public bool PassesThroughALink(string folder)
    {
        var lexical = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var real = RealPath(lexical);
        foreach (var guarded in folders.Where(g => IsWithin(lexical, g)))
        {
            var expected = RealPath(guarded) is { } guardedReal ? Path.GetFullPath(Path.Join(guardedReal, Path.GetRelativePath(guarded, lexical))) : null;
            if (real is null || expected is null || !string.Equals(Path.TrimEndingDirectorySeparator(expected), real, PathComparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path with every link resolved; null when it does not exist.</summary>
    public static string? RealPath(string path) => RealPath(path, out _);

    /// <summary>The path with every link resolved; null when it does not resolve, saying whether a permission was missing.</summary>
    public static string? RealPath(string path, out bool permissionDenied)
    {
        permissionDenied = false;
        if (UnixFileCalls.Supported)
        {
            var real = UnixFileCalls.RealPath(path, out var errno);
            permissionDenied = real is null && UnixFileCalls.IsPermissionDenied(errno);
            return real;
        }

        if (!Directory.Exists(path) && !File.Exists(path))
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        return Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it.</summary>
    public static bool IsWithin(string path, string folder) =>
        string.Equals(path, Path.TrimEndingDirectorySeparator(folder), PathComparison) || IsBelow(path, folder);

    /// <summary>True when <paramref name="path"/> is strictly below <paramref name="folder"/>.</summary>
    public static bool IsBelow(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(folder);
        return path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, PathComparison);
    }

    private static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
