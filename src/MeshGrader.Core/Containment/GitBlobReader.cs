using System.Diagnostics;

namespace MeshGrader.Core.Containment;

/// <summary>
/// Reads one file as a commit holds it (<c>git show REF:path</c>), for <c>meshgrade diff</c>'s
/// <c>git:REF:path</c> sides. The reference and path come from a command line a pull request can
/// shape, so neither can become an option of git: both are checked, git runs from an argument
/// vector (no shell), with <c>--end-of-options</c> before them and <c>--</c> after, with no pager,
/// no text conversion and no prompt, and its output is bounded in size and time.
/// </summary>
/// <remarks>
/// A link committed to the repository is read as git stores it (the text of its target), never
/// followed; that text is then no contract, and says so as a YAML or schema finding.
/// </remarks>
internal static class GitBlobReader
{
    /// <summary>What the reader needs to read a contract: well below a mebibyte, like a lab file.</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Splits <c>REF:path</c> (the part after <c>git:</c>) and checks both halves.</summary>
    /// <exception cref="GitBlobException">The reference or path is refused; the message says why.</exception>
    public static (string Reference, string Path) Parse(string referenceAndPath)
    {
        // A git reference never holds ':' (git check-ref-format), so the first one ends it.
        var cut = referenceAndPath.IndexOf(':', StringComparison.Ordinal);
        if (cut <= 0 || cut == referenceAndPath.Length - 1)
        {
            throw new GitBlobException("write it as git:REF:path, e.g. git:main:contract.yaml");
        }

        var reference = referenceAndPath[..cut];
        var path = referenceAndPath[(cut + 1)..];
        CheckReference(reference);
        CheckPath(path);
        return (reference, path);
    }

    /// <summary>The file's bytes at the reference, read by git run in <paramref name="workingFolder"/>.</summary>
    /// <exception cref="GitBlobException">Git cannot give the file: not a repository, no such reference or path, too large.</exception>
    public static byte[] Read(string workingFolder, string reference, string path, int maxBytes = DefaultMaxBytes)
    {
        CheckReference(reference);
        CheckPath(path);
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--no-pager", "-c", "core.fsmonitor=false", "show", "--no-textconv", "--end-of-options", $"{reference}:{path}", "--"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitBlobException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitBlobException("git is not installed or not on the PATH");
        }

        using (process)
        {
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            var (bytes, tooLarge) = ReadBounded(process.StandardOutput.BaseStream, maxBytes);
            if (tooLarge || !process.WaitForExit(TimeLimit))
            {
                Stop(process);
                throw new GitBlobException(tooLarge
                    ? $"the file is larger than {maxBytes / 1024} KiB; a contract is a few hundred lines"
                    : "git did not answer in time");
            }

            if (process.ExitCode != 0)
            {
                throw new GitBlobException(Explain(errors.Result, reference, path));
            }

            return bytes;
        }
    }

    private static void CheckReference(string reference)
    {
        if (reference.Length == 0 || reference.StartsWith('-'))
        {
            throw new GitBlobException("the reference must not be empty or start with '-'");
        }

        // git check-ref-format's characters, and '@{' kept out so no reflog or upstream lookup runs.
        if (reference.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '~' or '^' or '?' or '*' or '[' or '\\' or ':')
            || reference.Contains("..", StringComparison.Ordinal) || reference.Contains("@{", StringComparison.Ordinal))
        {
            throw new GitBlobException("the reference must be a branch, tag or commit name (letters, digits, '/', '.', '_', '-')");
        }
    }

    private static void CheckPath(string path)
    {
        var segments = path.Split('/');
        if (path.StartsWith('-') || path.StartsWith('/') || path.Contains('\\')
            || path.Any(char.IsControl) || segments.Any(s => s is "" or "." or ".."))
        {
            throw new GitBlobException("the path must be a file's path from the repository's root, e.g. contract.yaml or lab16/contract.yaml, with no '..', '.' or leading '-' or '/'");
        }
    }

    private static (byte[] Bytes, bool TooLarge) ReadBounded(Stream output, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = output.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return ([], true);
            }
        }

        return (buffer.ToArray(), false);
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It ended on its own in between.
        }
    }

    /// <summary>Git's reason in the user's terms; git's own text is not repeated (it can quote the repository's paths).</summary>
    private static string Explain(string errors, string reference, string path)
    {
        if (errors.Contains("not a git repository", StringComparison.OrdinalIgnoreCase))
        {
            return "the current folder is not inside a git repository; run meshgrade diff from the repository's folder, or give the file itself";
        }

        return $"git has no file {path} at {reference}: check that the reference exists in this clone (a shallow clone lacks older commits: check out with fetch-depth 0) and that the path is from the repository's root";
    }
}

/// <summary>A <c>git:REF:path</c> that cannot be read; the message says why, without a machine path.</summary>
internal sealed class GitBlobException(string reason) : Exception(reason);
