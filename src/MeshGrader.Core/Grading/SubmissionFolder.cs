using MeshGrader.Core.Containment;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Grading;

/// <summary>Finds lab files in the root of a submission folder.</summary>
internal sealed class SubmissionFolder(SubmissionFiles files)
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    public SubmissionFiles Files { get; } = files;

    /// <summary>The names present for a file's base name: none, one, or both spellings.</summary>
    public IReadOnlyList<string> Candidates(string baseName) =>
        Extensions.Select(ext => baseName + ext).Where(name => Files.Names.Contains(name, StringComparer.Ordinal)).ToArray();

    public bool HasAny(string baseName) => Candidates(baseName).Count > 0;

    /// <summary>True when none of the labs' files is present: nothing was submitted for them.</summary>
    public bool HasNoneOf(IEnumerable<LabDefinition> labs) => !labs.SelectMany(l => l.Files).Any(HasAny);

    /// <summary>How many entries are compared for a near miss: a folder of thousands of files is no lab submission, and comparing costs time.</summary>
    private const int MaxNearMissCandidates = 1000;

    /// <summary>A present entry the learner probably meant for a missing file (Domain.YAML, domian.yaml).</summary>
    public string? NearMiss(string baseName) =>
        NearMatch.Best(baseName + ".yaml", Files.Names.Where(e => e.Length <= 2 * (baseName.Length + 5) && !Extensions.Any(x => e == baseName + x)).Take(MaxNearMissCandidates));
}
