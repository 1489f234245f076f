using System.Text.RegularExpressions;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>The kinds of one-mistake variants made of an ODCS example.</summary>
public enum OdcsMistake
{
    /// <summary>A scalar replaced by a value of another type (text for a number or boolean, a list for text).</summary>
    WrongType,

    /// <summary>A key with two letters swapped (or one doubled, for a short key).</summary>
    KeyTypo,

    /// <summary>A text value with a letter added: a bad choice where the key takes one of a list.</summary>
    BadChoice,

    /// <summary>A key removed with everything under it.</summary>
    KeyDropped,
}

/// <summary>
/// One mistake written into an example's text. <paramref name="Marker"/> is text that occurs once in
/// the mutant and starts where the finding must point (null for a dropped key, whose finding points
/// at the mapping that lacks it: <paramref name="MappingLine"/>, 1-based, found from the text).
/// </summary>
public sealed record OdcsMutant(string Example, OdcsMistake Mistake, int Line, string Key, string Original, string Text, string? Marker, int MarkerOffset, int MappingLine)
{
    public override string ToString() => $"{Example}:{Line} {Mistake} {Key}: {Original}";
}

/// <summary>
/// Makes the one-mistake variants of an example from its text, line by line: every key line gets
/// each mistake that applies to it. Where the mistake lands is read from the mutant's text, so the
/// expectations move with the examples.
/// </summary>
internal static partial class OdcsMutants
{
    public static IEnumerable<OdcsMutant> Of(string example, OdcsMistake mistake)
    {
        var text = OdcsContracts.Text(example);
        var lines = text.Split('\n');
        var keys = KeyLines(lines);
        foreach (var entry in keys)
        {
            if (Make(example, mistake, text, lines, entry) is { } mutant)
            {
                yield return mutant;
            }
        }
    }

    private static OdcsMutant? Make(string example, OdcsMistake mistake, string text, string[] lines, KeyLine entry)
    {
        var line = lines[entry.Index];
        var value = entry.Value;
        switch (mistake)
        {
            case OdcsMistake.KeyTypo:
            {
                var typo = entry.Key.Length >= 4 ? entry.Key[0] + entry.Key[2].ToString() + entry.Key[1] + entry.Key[3..] : entry.Key + entry.Key[^1];
                if (typo == entry.Key)
                {
                    return null;
                }

                var changed = line[..entry.KeyColumn] + typo + line[(entry.KeyColumn + entry.Key.Length)..];
                var mutant = Replace(lines, entry.Index, changed);
                var marker = Unique(mutant, changed.TrimStart(' ', '-'));
                return marker is null ? null : new OdcsMutant(example, mistake, entry.Index + 1, entry.Key, typo, mutant, marker, 0, 0);
            }

            case OdcsMistake.WrongType when value.Length > 0 && !value.StartsWith('[') && !value.StartsWith('{'):
            {
                var number = Number().IsMatch(value) || value is "true" or "false";
                var wrong = number ? $"\"wrong{entry.Index}\"" : $"[{entry.Index + 100_000}]";
                var changed = line[..entry.ValueColumn] + wrong + line[(entry.ValueColumn + entry.RawValue.Length)..];
                var mutant = Replace(lines, entry.Index, changed);
                var marker = Unique(mutant, wrong);
                return marker is null ? null : new OdcsMutant(example, mistake, entry.Index + 1, entry.Key, value, mutant, marker, 0, 0);
            }

            case OdcsMistake.BadChoice when Word().IsMatch(value) && value is not ("true" or "false" or "null"):
            {
                var bad = value + "x";
                var changed = line[..entry.ValueColumn] + bad + line[(entry.ValueColumn + entry.RawValue.Length)..];
                var mutant = Replace(lines, entry.Index, changed);
                var marker = Unique(mutant, $"{entry.Key}: {bad}");
                return marker is null ? null : new OdcsMutant(example, mistake, entry.Index + 1, entry.Key, value, mutant, marker, entry.Key.Length + 2, 0);
            }

            case OdcsMistake.KeyDropped:
                return Dropped(example, lines, entry);
            default:
                return null;
        }
    }

    // The key's line and every line under it removed; a list item's next key takes over its "- ".
    private static OdcsMutant? Dropped(string example, string[] lines, KeyLine entry)
    {
        var kept = lines.ToList();
        var end = entry.Index + 1;
        while (end < kept.Count && (IsBlankOrComment(kept[end]) || Indent(kept[end]) > entry.KeyColumn
                   || (Indent(kept[end]) == entry.KeyColumn && kept[end].TrimStart().StartsWith("- ", StringComparison.Ordinal))))
        {
            end++;
        }

        // Trailing blank lines and comments belong to what follows.
        while (end > entry.Index + 1 && IsBlankOrComment(kept[end - 1]))
        {
            end--;
        }

        kept.RemoveRange(entry.Index, end - entry.Index);
        if (entry.IsItemStart)
        {
            var next = entry.Index;
            if (next >= kept.Count || IsBlankOrComment(kept[next]) || Indent(kept[next]) != entry.KeyColumn)
            {
                // The item's only key: dropping it leaves no mapping to report on.
                return null;
            }

            kept[next] = kept[next][..(entry.KeyColumn - 2)] + "- " + kept[next][entry.KeyColumn..];
        }

        var mappingLine = MappingStart(kept, entry.Index, entry.KeyColumn, entry.IsItemStart);
        if (mappingLine < 0)
        {
            return null;
        }

        return new OdcsMutant(example, OdcsMistake.KeyDropped, entry.Index + 1, entry.Key, entry.Value, string.Join('\n', kept), null, 0, mappingLine + 1);
    }

    // The first line of the mapping whose keys start at keyColumn and which held line `at`.
    private static int MappingStart(List<string> lines, int at, int keyColumn, bool itemStartDropped)
    {
        if (itemStartDropped)
        {
            return at;
        }

        // The line now at `at` is the mapping's next key, unless it starts the next item of a list.
        var start = at < lines.Count && !IsBlankOrComment(lines[at]) && !IsItem(lines[at]) && KeyColumnOf(lines[at]) == keyColumn ? at : -1;

        for (var j = at - 1; j >= 0; j--)
        {
            // Lines under a key of this mapping, including a list written at the key's own indent.
            if (IsBlankOrComment(lines[j]) || Indent(lines[j]) > keyColumn || (Indent(lines[j]) == keyColumn && IsItem(lines[j])))
            {
                continue;
            }

            if (KeyColumnOf(lines[j]) != keyColumn)
            {
                break;
            }

            start = j;
            if (IsItem(lines[j]))
            {
                break;
            }
        }

        return start;
    }

    private static string? Unique(string text, string what)
    {
        var first = text.IndexOf(what, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(what, first + 1, StringComparison.Ordinal) < 0 ? what : null;
    }

    private static string Replace(string[] lines, int index, string line)
    {
        var copy = (string[])lines.Clone();
        copy[index] = line;
        return string.Join('\n', copy);
    }

    private static List<KeyLine> KeyLines(string[] lines)
    {
        var found = new List<KeyLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = KeyPattern().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var raw = match.Groups["rest"].Value;
            var comment = raw.IndexOf(" #", StringComparison.Ordinal);
            var valueText = (comment >= 0 ? raw[..comment] : raw).Trim();
            var valueColumn = match.Groups["rest"].Index + (raw.Length - raw.TrimStart().Length);
            found.Add(new KeyLine(i, match.Groups["key"].Value, match.Groups["key"].Index, match.Groups["dash"].Success,
                valueText, valueColumn, valueText));
        }

        return found;
    }

    private static int KeyColumnOf(string line)
    {
        var match = KeyPattern().Match(line);
        return match.Success ? match.Groups["key"].Index : -1;
    }

    private static bool IsItem(string line) => line.TrimStart().StartsWith("- ", StringComparison.Ordinal);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    private sealed record KeyLine(int Index, string Key, int KeyColumn, bool IsItemStart, string Value, int ValueColumn, string RawValue);

    [GeneratedRegex(@"^ *(?<dash>- )?(?<key>[A-Za-z_][A-Za-z0-9_]*):(?<rest>( .*)?)$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex Word();
}
