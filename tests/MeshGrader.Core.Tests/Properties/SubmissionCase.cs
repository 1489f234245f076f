using System.Text;
using CsCheck;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Tests.Properties;

/// <summary>One lab file of a generated submission: the complete sample's file after edits and shapes; no text when absent.</summary>
internal sealed record SubmittedFile(string Name, IReadOnlyList<Edit> Edits, IReadOnlyList<FileShape> Shapes, string? Text)
{
    public bool IsChanged => Edits.Count > 0 || Shapes.Count > 0;
}

/// <summary>A submission for some labs, built from the complete sample by edits of its files.</summary>
internal sealed record SubmissionCase(IReadOnlyList<int> Labs, IReadOnlyList<SubmittedFile> Files)
{
    public IReadOnlyList<LabDefinition> LabDefinitions =>
        Labs.Select(id => LabCatalog.All.Single(lab => lab.Id == id)).ToArray();

    /// <summary>The files that differ from the sample, each with its edits and its text, ready to paste into a test.</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"labs {string.Join(", ", Labs)}");
        foreach (var file in Files.Where(f => f.IsChanged))
        {
            text.Append('\n').Append(file.Name).Append(": ").AppendJoin(", ", file.Edits.Select(e => e.ToString()).Concat(file.Shapes.Select(s => s.ToString())));
            text.Append("\n  text: ").Append(file.Text is null ? "(absent)" : Literal.Of(file.Text));
        }

        return text.ToString();
    }
}

/// <summary>Generators of hostile submissions: structural damage and hostile text in the complete sample's files.</summary>
internal static class SubmissionCases
{
    // Each lab alone, and every lab together.
    private static readonly int[][] LabSets =
        [.. LabCatalog.All.Select(lab => new[] { lab.Id }), LabCatalog.All.Select(lab => lab.Id).ToArray()];

    // The largest set, every lab together, has this many files; each gets a change drawn.
    private static readonly int MostFiles = LabCatalog.All.Sum(lab => lab.Files.Count);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Complete = new(() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "complete"), "*.yaml")
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal));

    private static readonly string[] TypedLiterals =
    [
        "42", "-1", "0", "3.5", "1e3", "0x1F", "0o17", ".inf", ".nan", "99999999999999999999999",
        "true", "false", "yes", "no", "on", "True", "null", "~", "", "\"\"", "''", "\"text\"", "'1.0.0'", "1.0.0",
        "[a, b]", "[]", "[[1, 2], {a: 1}]", "{a: 1}", "{}", "{a: [b, {c: d}]}",
        "!!str 5", "!!int \"x\"", "!!float abc", "!!bool maybe", "!!binary aGVsbG8=", "!!timestamp 2024-01-01", "!custom x",
        "|\n  block text", ">-\n  folded\n  text", "\n  - a\n  - b", "\n  a: 1\n  b: [2]", "\n  - [nested, list]",
        "2024-01-01", "1_000", "+12", "0.0.0.0", "'", "\"", "[", "{", "}", "]", "- item", "? key", "@x", "`x", "%YAML 1.2",
    ];

    private static readonly string[] Indents = ["", " ", "  ", "    ", "\t", " \t", "\t  ", "        "];

    private static readonly string[] AnchorNames = ["a", "base", "x1", "a\u202Eb", "x::add-mask::y", "##[command]x", "a\u001b[31m", "[click](https://evil.example)"];

    private static readonly EditKind[] PositionalKinds =
    [
        EditKind.DeleteLine, EditKind.DeleteKey, EditKind.DuplicateLine, EditKind.DuplicateKey,
        EditKind.SwapLines, EditKind.MoveKey, EditKind.Truncate,
    ];

    private static readonly EditKind[] HostileKinds =
    [
        EditKind.HostileValue, EditKind.HostileMisspeltChoice, EditKind.HostileKey,
        EditKind.HostileSection, EditKind.HostileComment, EditKind.HostileListItem,
    ];

    private static readonly Gen<int> Position = Gen.Int[0, 999];

    private static readonly Gen<Edit> Structural = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(PositionalKinds), Position, Position, (kind, at, other) => new Edit(kind, at, other, string.Empty, Quoting.Plain))),
        (2, Gen.Select(Position, Gen.Int[0, 2], Gen.OneOf(Indents), (at, mode, indent) => new Edit(EditKind.Reindent, at, mode, indent, Quoting.Plain))),
        (3, Gen.Select(Position, Gen.OneOf(TypedLiterals), (at, literal) => new Edit(EditKind.Retype, at, 0, literal, Quoting.Plain))),
        (2, Gen.Select(Gen.OneOf(EditKind.AnchorAndAlias, EditKind.AnchorAndMerge), Position, Position, Gen.OneOf(AnchorNames),
            (kind, at, other, name) => new Edit(kind, at, other, name, Quoting.Plain))),
        (1, Gen.Select(Gen.OneOf(EditKind.LongComment, EditKind.LongValue, EditKind.LongKey), Position, Gen.Int[200, 20_000],
            (kind, at, length) => new Edit(kind, at, length, string.Empty, Quoting.Plain))));

    // Escaped double quotes are the one quoting that always parses back to the text, so the text reaches a finding most often.
    private static readonly Gen<Quoting> Quotings = Gen.Frequency((2, Quoting.Plain), (2, Quoting.Single), (2, Quoting.DoubleRaw), (4, Quoting.DoubleEscaped));

    private static readonly Gen<Edit> Hostile =
        Gen.Select(Gen.OneOf(HostileKinds), Position, Position, HostileText.Any, Quotings,
            (kind, at, other, text, quoting) => new Edit(kind, at, other, text, quoting));

    private static readonly Gen<Edit[]> Edits = Gen.Frequency(
        (1, Gen.Const(Array.Empty<Edit>())),
        (4, Gen.Frequency((1, Structural), (1, Hostile)).Array[1, 4]));

    private static readonly Gen<FileShape[]> Shapes = Gen.Frequency(
        (6, Gen.Const(Array.Empty<FileShape>())),
        (2, Gen.Enum<FileShape>().Array[1, 2]));

    private static readonly Gen<(Edit[] Edits, FileShape[] Shapes)> FileChange = Gen.Select(Edits, Shapes);

    /// <summary>Any lab set, each of its files changed or not; one change is drawn per file of the largest set.</summary>
    public static Gen<SubmissionCase> Any { get; } =
        Gen.Select(Gen.Int[0, LabSets.Length - 1], FileChange.Array[MostFiles], (set, changes) => Build(LabSets[set], changes));

    /// <summary>Only hostile text, no structural damage: the payload has the best chance to reach a finding.</summary>
    public static Gen<SubmissionCase> HostileOnly { get; } =
        Gen.Select(Gen.Int[0, LabSets.Length - 1], Gen.Select(Hostile.Array[1, 3], Gen.Const(Array.Empty<FileShape>())).Array[MostFiles],
            (set, changes) => Build(LabSets[set], changes));

    private static SubmissionCase Build(int[] labs, (Edit[] Edits, FileShape[] Shapes)[] changes)
    {
        var names = labs.SelectMany(id => LabCatalog.All.Single(lab => lab.Id == id).Files).Select(f => f + ".yaml").ToArray();
        var files = names.Select((name, i) =>
        {
            var (edits, shapes) = changes[i];
            var text = edits.Aggregate(Complete.Value[name], (current, edit) => edit.Apply(current));
            return new SubmittedFile(name, edits, shapes, shapes.Aggregate((string?)text, Shape));
        });
        return new SubmissionCase(labs, files.ToArray());
    }

    private static string? Shape(string? text, FileShape shape) => text is null ? null : shape switch
    {
        FileShape.Empty => string.Empty,
        FileShape.WhitespaceOnly => "\n   \n\n",
        FileShape.CommentedOut => string.Join('\n', text.Split('\n').Select(line => "# " + line)),
        FileShape.Bom => "\uFEFF" + text,
        FileShape.Crlf => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        FileShape.LoneCr => text.Replace("\n", "\r", StringComparison.Ordinal),
        FileShape.NoFinalNewline => text.TrimEnd('\n'),
        FileShape.Absent => null,
        _ => text,
    };
}
