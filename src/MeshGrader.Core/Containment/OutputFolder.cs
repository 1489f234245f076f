namespace MeshGrader.Core.Containment;

/// <summary>
/// The one way the tool makes a folder to write into (init's <c>.meshgrade/schemas</c>, say). Each
/// missing folder is made one level at a time below a folder already checked, so a link a learner
/// committed at <c>.meshgrade</c> that leads out of a guarded folder is refused before anything
/// is made through it.
/// </summary>
internal static class OutputFolder
{
    /// <exception cref="OutputFileException">The folder cannot be made; the message says why, without a machine path.</exception>
    public static void Create(string path, GuardedFolders guarded)
    {
        var missing = new Stack<string>();
        var existing = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        while (!Directory.Exists(existing))
        {
            if (OutputFile.IsTaken(existing))
            {
                throw new OutputFileException($"'{Path.GetFileName(existing)}' is in the way: it is a file or a broken link, not a folder");
            }

            missing.Push(existing);
            existing = Path.GetDirectoryName(existing) ?? throw new OutputFileException("it has no folder to be made in");
        }

        Refuse(existing, guarded);
        while (missing.TryPop(out var folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OutputFileException(ex is UnauthorizedAccessException ? "permission denied" : "the file system refused it");
            }

            // Made just now, but a link could have been swapped in since its parent was checked.
            Refuse(folder, guarded);
        }
    }

    private static void Refuse(string folder, GuardedFolders guarded)
    {
        if (guarded.Escapes(folder))
        {
            throw new OutputFileException($"'{Path.GetFileName(folder)}' is a link that leads out of the folder");
        }
    }
}
