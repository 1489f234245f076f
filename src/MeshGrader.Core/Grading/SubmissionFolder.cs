using MeshGrader.Core.Containment;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Grading;

/// <summary>Finds lab files in the root of a submission folder, and those written in the wrong place.</summary>
internal sealed class SubmissionFolder(SubmissionFiles files)
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    public SubmissionFiles Files { get; } = files;

    /// <summary>The names present for a file's base name: none, one, or both spellings.</summary>
    public IReadOnlyList<string> Candidates(string baseName) =>
        Extensions.Select(ext => baseName + ext).Where(name => Files.Names.Contains(name, StringComparer.Ordinal)).ToArray();

    public bool HasAny(string baseName) => Candidates(baseName).Count > 0;

    /// <summary>True when a lab file is in the root, or misplaced where <see cref="Misplaced"/> finds it.</summary>
    public bool HasAnywhere(string baseName) => HasAny(baseName) || Misplaced(baseName) is not null;

    /// <summary>True when none of the labs' files is present: nothing was submitted for them.</summary>
    public bool HasNoneOf(IEnumerable<LabDefinition> labs) => !labs.SelectMany(l => l.Files).Any(HasAny);

    /// <summary>
    /// A lab file that is not where the grader reads it, as its relative path: in the root with
    /// other capitals (Domain.yaml), or in a subfolder (lab16/domain.yaml), the root first, then
    /// the shallowest. Null when there is none. Asked only for a file missing from the root.
    /// </summary>
    public string? Misplaced(string baseName)
    {
        var wanted = Extensions.Select(ext => baseName + ext).ToArray();
        bool IsLabFile(string name) => wanted.Any(w => string.Equals(name, w, StringComparison.OrdinalIgnoreCase));
        return Files.Names.FirstOrDefault(n => IsLabFile(n) && !wanted.Contains(n, StringComparer.Ordinal))
            ?? Files.FilesBelow.Where(p => IsLabFile(p[(p.LastIndexOf('/') + 1)..])).OrderBy(p => p.Count(c => c == '/')).FirstOrDefault();
    }

    /// <summary>How many entries are compared for a near miss: a folder of thousands of files is no lab submission, and comparing costs time.</summary>
    private const int MaxNearMissCandidates = 1000;

    /// <summary>A present entry the learner probably meant for a missing file (Domain.YAML, domian.yaml).</summary>
    public string? NearMiss(string baseName) =>
        NearMatch.Best(baseName + ".yaml", Files.Names.Where(e => e.Length <= 2 * (baseName.Length + 5) && !Extensions.Any(x => e == baseName + x)).Take(MaxNearMissCandidates));
}
