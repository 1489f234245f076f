using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Grading;

/// <summary>Sections of a lab file that belong in another lab file, found by the sections each file's schema names.</summary>
internal sealed record OtherLabSections(LabDefinition Lab, string File, IReadOnlyList<SourceEntry> Sections)
{
    /// <summary>How many keys under these sections that file's schema knows.</summary>
    public int KnownKeys { get; init; }

    /// <summary>
    /// The top-level entries of <paramref name="root"/> that are sections of another lab file and
    /// not of this one, grouped by that file, the file with most of them first.
    /// </summary>
    public static IReadOnlyList<OtherLabSections> In(SourceMapping root, LabFileSchema own, IEnumerable<LabDefinition> labs)
    {
        var ownSections = own.Sections.Select(s => s.Section).ToHashSet(StringComparer.Ordinal);
        var found = new List<OtherLabSections>();
        foreach (var lab in labs)
        {
            foreach (var file in lab.Files.Where(f => !string.Equals(f, own.FileName, StringComparison.Ordinal)))
            {
                var theirs = lab.Schema(file).Sections.ToDictionary(s => s.Section, s => s.Schema, StringComparer.Ordinal);
                var entries = root.Entries.Where(e => theirs.ContainsKey(e.Key.Text) && !ownSections.Contains(e.Key.Text)).ToArray();
                if (entries.Length > 0)
                {
                    // Two files may name a section alike (governance, in Labs 16 and 17): the keys written under it tell which.
                    var knownKeys = entries.Sum(e => e.Value is SourceMapping fields ? fields.Entries.Count(f => theirs[e.Key.Text].Property(f.Key.Text) is not null) : 0);
                    found.Add(new OtherLabSections(lab, file, entries) { KnownKeys = knownKeys });
                }
            }
        }

        return found.OrderByDescending(f => f.Sections.Count).ThenByDescending(f => f.KnownKeys).ToArray();
    }

    /// <summary>True when the file holds none of its own sections: it is the other file under a wrong name.</summary>
    public static bool HoldsNoneOf(SourceMapping root, LabFileSchema own) =>
        !root.Entries.Any(e => own.Sections.Any(s => string.Equals(s.Section, e.Key.Text, StringComparison.Ordinal)));
}
