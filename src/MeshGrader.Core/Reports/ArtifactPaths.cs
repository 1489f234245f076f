namespace MeshGrader.Core.Reports;

/// <summary>
/// Turns a finding's file (relative to the submission folder) into a path relative to the
/// repository root, because CI platforms resolve SARIF URIs, annotations and JUnit files against the
/// checkout, and the submission is often a subfolder of it.
/// </summary>
/// <param name="SubmissionPrefix">The submission folder relative to the repository root, with '/'; empty at the root.</param>
internal sealed record ArtifactPaths(string SubmissionPrefix)
{
    /// <summary>The submission folder is the repository root: files keep their own paths.</summary>
    public static ArtifactPaths SubmissionRoot { get; } = new(string.Empty);

    /// <summary>The paths for a submission inside <paramref name="baseDirectory"/>; null when it lies outside.</summary>
    public static ArtifactPaths? Between(string baseDirectory, string submissionDirectory)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(baseDirectory), Path.GetFullPath(submissionDirectory));
        if (relative == ".")
        {
            return SubmissionRoot;
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.IsPathRooted(relative) || segments[0] == ".."
            ? null
            : new ArtifactPaths(string.Join('/', segments.Where(s => s.Length > 0)));
    }

    public string Of(string file) => SubmissionPrefix.Length == 0 ? file : SubmissionPrefix + "/" + file;
}
