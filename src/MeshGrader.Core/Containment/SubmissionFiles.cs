using System.Text;
using Microsoft.Win32.SafeHandles;

namespace MeshGrader.Core.Containment;

/// <summary>
/// The one place where the grader reads a submission. The folder is resolved once to its real path;
/// a file is read only when it resolves (links followed) to a regular file inside that folder, and
/// its kind, size and place are taken from the opened handle, so nothing outside the submission is
/// read, and nothing blocks or grows without bound.
/// </summary>
internal sealed class SubmissionFiles
{
    /// <summary>A folder with more entries than this is not a lab submission; the rest are not listed.</summary>
    public const int MaxEntries = 100_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How deep below the root the search for misplaced files goes: a lab file put in a folder, or a folder in a folder.</summary>
    public const int MaxSearchDepth = 3;

    /// <summary>How many entries the search below the root looks at in all: a submission is a handful of files.</summary>
    public const int MaxSearchEntries = 2_000;

    private readonly Lazy<IReadOnlyList<string>> filesBelow;

    private SubmissionFiles(string root, IReadOnlyList<string> names)
    {
        Root = root;
        Names = names;
        filesBelow = new Lazy<IReadOnlyList<string>>(SearchBelow);
    }

    /// <summary>The real path of the submission folder.</summary>
    public string Root { get; }

    /// <summary>The names in the folder's root, in ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The regular files in the root's subfolders, as relative paths with '/', shallowest first and
    /// in ordinal order within a folder: a bounded search (<see cref="MaxSearchDepth"/> folders deep,
    /// <see cref="MaxSearchEntries"/> entries in all) that never enters a link or a hidden folder
    /// (such as .git), so it sees only the learner's own folders. Made on first use.
    /// </summary>
    public IReadOnlyList<string> FilesBelow => filesBelow.Value;

    /// <summary>Resolves and lists the folder; a folder that cannot be listed is a <see cref="SubmissionFolderException"/>.</summary>
    public static SubmissionFiles Open(string folder)
    {
        var root = Resolve(folder);
        try
        {
            var names = Directory.EnumerateFileSystemEntries(root).Take(MaxEntries)
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
            return new SubmissionFiles(root, names);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SubmissionFolderException(ex is UnauthorizedAccessException
                ? "it cannot be read (permission denied)"
                : "it cannot be read");
        }
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> + 1 bytes of a file in the folder's root (one byte
    /// more than allowed tells the caller it is too large), or says why the file is not read. A file
    /// in a subfolder is named by its relative path with '/' (as <see cref="FilesBelow"/> gives it):
    /// it is read only when no link stands anywhere on its path and no folder on it is hidden.
    /// </summary>
    /// <exception cref="SubmissionFolderException">
    /// The grader may not read the file: a fault of the set-up, not of the learner, so the
    /// submission is not graded rather than graded as if the file were wrong.
    /// </exception>
    public FileContent Read(string name, int maxBytes)
    {
        var segments = name.Split('/');
        if (segments.Any(s => s.Length == 0 || s.Contains(Path.DirectorySeparatorChar) || s.Contains('\\') || s is "." or "..")
            || (segments.Length > 1 && segments.Any(s => s.StartsWith('.'))))
        {
            throw new ArgumentException("A lab file is named by its file name, or its relative path below the root.", nameof(name));
        }

        var path = Path.Combine([Root, .. segments]);
        if (segments.Length > 1 && !IsPlainPathBelow(path))
        {
            // A file in a subfolder is found by a search that enters no link; reading it holds to the same.
            return FileContent.Refused(FileRefusal.LinkNotInside);
        }

        return UnixFileCalls.Supported ? ReadOnUnix(path, name, maxBytes) : ReadElsewhere(path, name, maxBytes);
    }

    /// <summary>True when the path is its own real path: no link stands on it, at its end or in a folder above.</summary>
    private static bool IsPlainPathBelow(string path) =>
        GuardedFolders.RealPath(path) is { } real && string.Equals(real, path, StringComparison.Ordinal);

    private IReadOnlyList<string> SearchBelow()
    {
        var found = new List<string>();
        var seen = 0;
        var folders = new Queue<(string Relative, int Depth)>();
        foreach (var name in Names)
        {
            folders.Enqueue((name, 1));
        }

        // Breadth first, so a file near the root is found before the limit on entries is reached.
        while (folders.Count > 0 && seen < MaxSearchEntries)
        {
            var (relative, depth) = folders.Dequeue();
            if (relative.Split('/')[^1].StartsWith('.'))
            {
                continue;
            }

            FileSystemInfo[] entries;
            try
            {
                var info = new DirectoryInfo(Path.Combine([Root, .. relative.Split('/')]));
                if (!info.Exists || info.LinkTarget is not null || (info.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                entries = info.EnumerateFileSystemInfos().Take(MaxSearchEntries - seen).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                continue;
            }

            seen += entries.Length;
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.') || entry.LinkTarget is not null || (entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    continue;
                }

                var path = relative + "/" + entry.Name;
                if (entry is DirectoryInfo)
                {
                    if (depth < MaxSearchDepth)
                    {
                        folders.Enqueue((path, depth + 1));
                    }
                }
                else
                {
                    found.Add(path);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A whole file of the folder as UTF-8 text, for files the grader itself needs (a lab catalogue
    /// and its schemas) rather than ones it grades: whatever stops it being read is an
    /// <see cref="InvalidDataException"/> that names the file and says why.
    /// </summary>
    public string ReadText(string name, int maxBytes)
    {
        var content = Read(name, maxBytes);
        if (content.Refusal != FileRefusal.None)
        {
            throw new InvalidDataException($"{name} cannot be read ({content.Refusal}).");
        }

        if (content.Bytes.Length > maxBytes)
        {
            throw new InvalidDataException($"{name} is larger than {maxBytes / 1024} KiB.");
        }

        try
        {
            return StrictUtf8.GetString(content.Bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{name} is not UTF-8 text.");
        }
    }

    private FileContent ReadOnUnix(string path, string name, int maxBytes)
    {
        // The common case, a plain file, in a few system calls: an open that refuses a link at the end
        // of the path proves the name is no link, and the folder itself is its resolved real path. The
        // handle's own path then confirms that no folder above it was swapped for a link since. Any
        // failure takes the full path below, which tells the learner why.
        using (var direct = UnixFileCalls.OpenResolved(path, out _))
        {
            if (direct is not null)
            {
                return UnixFileCalls.PathOf(direct) is { } where && !string.Equals(where, path, StringComparison.Ordinal)
                    ? FileContent.Refused(FileRefusal.LinkNotInside)
                    : ReadHandle(direct, maxBytes);
            }
        }

        var isLink = IsLink(path);
        var real = UnixFileCalls.RealPath(path, out var errno);
        if (real is null)
        {
            // Every failure of a link reads the same, so links cannot probe which paths exist outside.
            return isLink ? FileContent.Refused(FileRefusal.LinkNotInside)
                : UnixFileCalls.IsNotFound(errno) ? FileContent.Refused(FileRefusal.Missing)
                : UnixFileCalls.IsPermissionDenied(errno) ? throw PermissionDenied(name)
                : FileContent.Refused(FileRefusal.Unreadable);
        }

        if (!IsInside(real))
        {
            return FileContent.Refused(FileRefusal.LinkNotInside);
        }

        if (isLink && IsHidden(real))
        {
            return FileContent.Refused(FileRefusal.LinkToHidden);
        }

        using var handle = UnixFileCalls.OpenResolved(real, out errno);
        if (handle is null)
        {
            // ENXIO: a socket; ELOOP: a link put in place after the path was resolved.
            return UnixFileCalls.IsPermissionDenied(errno) ? throw PermissionDenied(name)
                : FileContent.Refused(UnixFileCalls.IsLoop(errno) ? FileRefusal.LinkNotInside : errno == 6 ? FileRefusal.NotRegularFile : FileRefusal.Unreadable);
        }

        // The handle is what will be read: confirm it is where the resolved path said.
        if (UnixFileCalls.PathOf(handle) is { } opened && !string.Equals(opened, real, StringComparison.Ordinal))
        {
            return FileContent.Refused(FileRefusal.LinkNotInside);
        }

        return ReadHandle(handle, maxBytes);
    }

    private FileContent ReadElsewhere(string path, string name, int maxBytes)
    {
        // No way to open without following links here: resolve first, then open the resolved path.
        var info = new FileInfo(path);
        var isLink = info.LinkTarget is not null;
        var target = path;
        if (isLink)
        {
            try
            {
                target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            }
            catch (IOException)
            {
                return FileContent.Refused(FileRefusal.LinkNotInside);
            }
        }

        var full = Path.GetFullPath(target);
        if (!IsInside(full))
        {
            return FileContent.Refused(FileRefusal.LinkNotInside);
        }

        if (isLink && IsHidden(full))
        {
            return FileContent.Refused(FileRefusal.LinkToHidden);
        }

        try
        {
            using var handle = File.OpenHandle(target, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ReadHandle(handle, maxBytes);
        }
        catch (FileNotFoundException)
        {
            return FileContent.Refused(isLink ? FileRefusal.LinkNotInside : FileRefusal.Missing);
        }
        catch (UnauthorizedAccessException)
        {
            return Directory.Exists(target) ? FileContent.Refused(FileRefusal.Folder) : throw PermissionDenied(name);
        }
        catch (IOException)
        {
            return FileContent.Refused(FileRefusal.Unreadable);
        }
    }

    /// <summary>
    /// A file in a hidden folder, or itself hidden (.git/config, say), belongs to the tools around
    /// the submission (a checkout keeps its token there), not to the learner: no link may lead to it.
    /// </summary>
    private bool IsHidden(string realPath) =>
        Path.GetRelativePath(Root, realPath).Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'));

    private static FileContent ReadHandle(SafeFileHandle handle, int maxBytes)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(handle);
        }

        using (stream)
        {
            try
            {
                // Pipes, sockets and terminals cannot seek; regular files can. A folder fails when read.
                if (!stream.CanSeek)
                {
                    return FileContent.Refused(FileRefusal.NotRegularFile);
                }

                // Sized to the file, and never more than one byte over the limit, which is enough to tell it is too large.
                var buffer = new byte[(int)Math.Min(stream.Length, maxBytes) + 1];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
                {
                    total += read;
                }

                return FileContent.Of(total == buffer.Length ? buffer : buffer[..total]);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Failed(handle);
            }
        }
    }

    /// <summary>Why a handle could not be read: only now is it worth asking what it is.</summary>
    private static FileContent Failed(SafeFileHandle handle) =>
        FileContent.Refused(IsFolder(handle) ? FileRefusal.Folder : FileRefusal.Unreadable);

    private static bool IsFolder(SafeFileHandle handle)
    {
        try
        {
            return (File.GetAttributes(handle) & FileAttributes.Directory) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static SubmissionFolderException PermissionDenied(string name) => new($"{name} cannot be read (permission denied)");

    private bool IsInside(string realPath) => GuardedFolders.IsBelow(realPath, Root);

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Resolve(string folder) =>
        GuardedFolders.RealPath(Path.GetFullPath(folder), out var permissionDenied)
            ?? throw new SubmissionFolderException(permissionDenied ? "it cannot be read (permission denied)" : "it does not exist");
}

/// <summary>A submission folder that cannot be graded at all; the message says why, without a machine path.</summary>
internal sealed class SubmissionFolderException(string reason) : Exception(reason);

/// <summary>Why a file of the submission is not read.</summary>
internal enum FileRefusal
{
    None,
    Missing,
    Folder,
    LinkNotInside,
    LinkToHidden,
    NotRegularFile,
    Unreadable,
}

/// <summary>A file's bytes, or why it was not read.</summary>
internal sealed record FileContent(byte[] Bytes, FileRefusal Refusal)
{
    public static FileContent Of(byte[] bytes) => new(bytes, FileRefusal.None);

    public static FileContent Refused(FileRefusal refusal) => new([], refusal);
}
