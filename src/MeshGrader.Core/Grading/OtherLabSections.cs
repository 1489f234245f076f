using MeshGrader.Core.Findings;
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

    /// <summary>The one finding for a file that holds this other file's sections and none of its own.</summary>
    public Finding WholeFileFinding(SubmissionFolder folder, string name, string path)
    {
        var other = this;
        var sections = string.Join(", ", other.Sections.Select(e => e.Key.Text));
        var target = other.File + ".yaml";
        var message = $"{path} holds the sections of {target} (Lab {other.Lab.Id}, {other.Lab.Title}): {sections}. None of {name}.yaml's own sections is here, so it is not graded.";
        var hint = folder.HasAny(other.File)
            ? $"Move these sections into {target}, and write {name}.yaml's own sections here."
            : $"If this is your {target}, rename it: `git mv {path} {target}`; then write {name}.yaml's own sections in {name}.yaml.";
        return FindingFactory.At(CoreRules.OtherLabFileContent, path, other.Sections[0].Key.Span, JsonPointerText.Root, message, hint, Finding.WholeStep);
    }

    /// <summary>An unknown top-level key that is a section of another lab file says so, and where it belongs.</summary>
    public static Finding AsOtherFileSection(Finding finding, string name, string path, IReadOnlyList<OtherLabSections> others, SubmissionFolder folder, ISet<string> explained)
    {
        if (finding.Rule != CoreRules.UnknownKey.Id || finding.Path is not { } pointer || JsonPointerText.Segments(pointer) is not [var key]
            || others.FirstOrDefault(o => o.Sections.Any(e => e.Key.Text == key)) is not { } other)
        {
            return finding;
        }

        var target = other.File + ".yaml";

        // Only a file of the same lab is scored beside this one: a section of another lab's missing file stays a warning here.
        var present = folder.HasAny(other.File) || !other.Lab.Files.Contains(name, StringComparer.Ordinal);
        if (!present)
        {
            explained.Add(target);
        }

        var missing = !folder.HasAny(other.File);
        var message = $"The section '{key}' belongs in {target} (Lab {other.Lab.Id}), not in {name}.yaml; it is not graded here"
            + (missing ? $", and {target} is missing from the submission folder." : ".");
        var hint = missing ? $"Move the section '{key}' into a new file {target} in the submission folder." : $"Move the section '{key}' into {target}.";

        // A section whose own file is missing fails where that file's steps are; otherwise it costs nothing, as an unknown key.
        return FindingFactory.At(CoreRules.OtherLabFileContent, path, new SourceSpan(new SourcePosition(finding.Line ?? 1, finding.Column ?? 1), new SourcePosition(finding.EndLine ?? 1, finding.EndColumn ?? 1)),
            pointer, message, hint, severity: present ? Severity.Warning : Severity.Error, check: present ? null : Finding.WholeStep) with
        {
            Step = present ? null : other.Lab.Schema(other.File).Sections.Select(s => s.Schema.Step).FirstOrDefault(step => step is not null),
            Lab = other.Lab.Id,
        };
    }
}
