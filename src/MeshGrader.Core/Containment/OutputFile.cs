using System.Security.Cryptography;
using System.Text;

namespace MeshGrader.Core.Containment;

/// <summary>
/// The one way the grader writes a report file. The text goes to a new temporary file beside the
/// target, which is then renamed over it: a link standing at the target (one a learner committed,
/// say) is replaced, never written through. A target folder that a link leads out of a guarded
/// folder is refused.
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Whether anything stands at the path: a file, a folder, or a link, even a broken one, so a
    /// link a learner committed counts as there.
    /// </summary>
    public static bool IsTaken(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <exception cref="OutputFileException">The file cannot be written; the message says why, without a machine path.</exception>
    public static void Write(string path, GuardedFolders guarded, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        var folder = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(name) || folder is null)
        {
            throw new OutputFileException("it names a folder, not a file");
        }

        if (!Directory.Exists(folder))
        {
            throw new OutputFileException("its folder does not exist");
        }

        if (guarded.Escapes(folder))
        {
            throw new OutputFileException("its folder is a link that leads out of the repository or the submission");
        }

        // Write into the resolved folder, so a link swapped in after the check changes nothing.
        var realFolder = GuardedFolders.RealPath(folder) ?? folder;
        var target = Path.Combine(realFolder, name);
        // A link at the target, even to a folder, is replaced by the rename; only a real folder is in the way.
        if (Directory.Exists(target) && new DirectoryInfo(target).LinkTarget is null)
        {
            throw new OutputFileException("a folder of that name is in the way");
        }

        var temporary = Path.Combine(realFolder, $".{name}.{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            // CreateNew fails on anything already there, a link included.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8))
            {
                write(writer);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(ex is UnauthorizedAccessException ? "permission denied" : "the file system refused it");
        }
        finally
        {
            // Gone after a successful rename; otherwise nothing half-written is left behind.
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Appends to a file the CI runner names in its environment ($GITHUB_OUTPUT,
    /// $GITHUB_STEP_SUMMARY): the runner's own file, outside the workspace, appended to as it
    /// expects; a link standing there is refused rather than followed.
    /// </summary>
    /// <exception cref="OutputFileException">The file cannot be appended to; the message says why, without a machine path.</exception>
    public static void Append(string path, string text)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                throw new OutputFileException("it is a link, which the grader does not write through");
            }

            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream, Utf8);
            writer.Write(text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(ex is UnauthorizedAccessException ? "permission denied" : "the file system refused it");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the message names the failure.
        }
    }
}

/// <summary>A report file that cannot be written, and why.</summary>
internal sealed class OutputFileException(string reason) : Exception(reason);
