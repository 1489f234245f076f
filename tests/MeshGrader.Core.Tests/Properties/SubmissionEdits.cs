using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MeshGrader.Core.Tests.Properties;

internal enum EditKind
{
    DeleteLine,
    DeleteKey,
    DuplicateLine,
    DuplicateKey,
    SwapLines,
    MoveKey,
    Reindent,
    Retype,
    AnchorAndAlias,
    AnchorAndMerge,
    Truncate,
    LongComment,
    LongValue,
    LongKey,
    HostileValue,
    HostileMisspeltChoice,
    HostileKey,
    HostileSection,
    HostileComment,
    HostileListItem,
}

/// <summary>How a hostile text is written as a YAML scalar.</summary>
internal enum Quoting
{
    /// <summary>As it is: may not even be valid YAML, which is a hostile input too.</summary>
    Plain,

    /// <summary>Single-quoted, quotes doubled; control characters raw.</summary>
    Single,

    /// <summary>Double-quoted with only backslash and quote escaped; control characters raw.</summary>
    DoubleRaw,

    /// <summary>Double-quoted with YAML escapes (\e, \a, \x9b, \u202e, \n): valid YAML that parses back to the text.</summary>
    DoubleEscaped,
}

/// <summary>What happens to the whole file after its edits.</summary>
internal enum FileShape
{
    AsEdited,
    Empty,
    WhitespaceOnly,
    CommentedOut,
    Bom,
    Crlf,
    LoneCr,
    NoFinalNewline,
    Absent,
}

/// <summary>
/// One change to a lab file. Positions are any non-negative numbers, taken modulo the lines (or
/// keys) the file has when the edit applies, so every edit applies to every file and shrinks well.
/// </summary>
/// <param name="At">The line, key or character the edit is about.</param>
/// <param name="Other">A second position, a mode or a length, depending on the kind.</param>
/// <param name="Text">The text the edit brings: a literal, whitespace, an anchor name or a hostile payload.</param>
internal sealed partial record Edit(EditKind Kind, int At, int Other, string Text, Quoting Quoting)
{
    public string Apply(string text)
    {
        if (Kind == EditKind.Truncate)
        {
            return text[..(At % (text.Length + 1))];
        }

        var lines = text.Split('\n').ToList();
        var keys = KeyLines(lines);
        switch (Kind)
        {
            case EditKind.DeleteLine:
                lines.RemoveAt(At % lines.Count);
                break;
            case EditKind.DuplicateLine:
                lines.Insert(At % lines.Count, lines[At % lines.Count]);
                break;
            case EditKind.SwapLines:
                (lines[At % lines.Count], lines[Other % lines.Count]) = (lines[Other % lines.Count], lines[At % lines.Count]);
                break;
            case EditKind.Reindent:
                Reindent(lines, At % lines.Count);
                break;
            case EditKind.LongComment:
                lines.Insert(At % lines.Count, "# " + new string('c', Other));
                break;
            case EditKind.HostileComment when Other % 2 == 0:
                lines.Insert(At % lines.Count, "# " + Text);
                break;
            case EditKind.HostileComment:
                lines[At % lines.Count] += "  # " + Text;
                break;
            case EditKind.HostileSection:
                var tops = keys.Where(k => Indent(lines[k]).Length == 0).Append(lines.Count).ToArray();
                lines.Insert(tops[At % tops.Length], Scalar(Text) + (Other % 2 == 0 ? ": 1" : ":\n  name: x"));
                break;
            default:
                // The other edits change a key; a file with none (emptied by earlier edits) stays as it is.
                if (keys.Count > 0)
                {
                    ApplyToKey(lines, keys);
                }

                break;
        }

        return string.Join('\n', lines);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}(at {At}, other {Other}{(Text.Length > 0 ? $", {Quoting} {Literal.Of(Text)}" : string.Empty)})");

    private void ApplyToKey(List<string> lines, List<int> keys)
    {
        var key = keys[At % keys.Count];
        var match = KeyLine().Match(lines[key]);
        var indent = match.Groups["indent"].Value;
        switch (Kind)
        {
            case EditKind.DeleteKey:
                lines.RemoveRange(key, BlockLength(lines, key));
                break;
            case EditKind.DuplicateKey:
                var block = lines.GetRange(key, BlockLength(lines, key));
                lines.InsertRange(key + block.Count, block);
                break;
            case EditKind.MoveKey:
                var moved = lines.GetRange(key, BlockLength(lines, key));
                lines.RemoveRange(key, moved.Count);
                lines.InsertRange(Other % (lines.Count + 1), moved);
                break;
            case EditKind.Retype:
                // A multi-line literal's own lines are indented relative to the key, so they nest under it.
                lines[key] = Head(match) + " " + Text.Replace("\n", "\n" + indent, StringComparison.Ordinal);
                break;
            case EditKind.AnchorAndAlias:
                lines[key] = Head(match) + " &" + Text + match.Groups["rest"].Value;
                var alias = keys[Other % keys.Count];
                var aliasMatch = KeyLine().Match(lines[alias]);
                lines[alias] = Head(aliasMatch) + " *" + Text;
                break;
            case EditKind.AnchorAndMerge:
                lines[key] = Head(match) + " &" + Text + match.Groups["rest"].Value;
                var into = keys[Other % keys.Count];
                lines.Insert(into + 1, Indent(lines[into]) + "  <<: *" + Text);
                break;
            case EditKind.LongValue:
                lines[key] = Head(match) + " " + new string('v', Other);
                break;
            case EditKind.LongKey:
                lines.Insert(key + 1, indent + new string('k', Other) + ": 1");
                break;
            case EditKind.HostileValue:
                lines[key] = Head(match) + " " + Scalar(Text);
                break;
            case EditKind.HostileMisspeltChoice:
                // Joined to the value it spoils, so the finding reads as a misspelt choice and echoes the text.
                var value = ScalarValue(match.Groups["rest"].Value);
                lines[key] = Head(match) + " " + Scalar(Other % 2 == 0 ? value + Text : Text + value);
                break;
            case EditKind.HostileKey:
                var childIndent = ScalarValue(match.Groups["rest"].Value).Length == 0 ? indent + "  " : indent;
                lines.Insert(key + 1, childIndent + Scalar(Text) + ": 1");
                break;
            case EditKind.HostileListItem:
                var lists = keys.Where(k => KeyLine().Match(lines[k]).Groups["rest"].Value.Contains('[')).ToList();
                var list = lists.Count > 0 ? lists[Other % lists.Count] : key;
                var listMatch = KeyLine().Match(lines[list]);
                var rest = listMatch.Groups["rest"].Value;
                var open = rest.IndexOf('[', StringComparison.Ordinal);
                lines[list] = Head(listMatch) + (open >= 0 ? rest[..(open + 1)] + Scalar(Text) + ", " + rest[(open + 1)..] : " [" + Scalar(Text) + "]");
                break;
        }
    }

    private void Reindent(List<string> lines, int line)
    {
        var indent = Indent(lines[line]);
        var body = lines[line][indent.Length..];
        lines[line] = (Other % 3) switch
        {
            0 => Text + body,
            1 => Text + lines[line],
            _ => (indent.Length > 0 ? indent[1..] : indent) + body,
        };
    }

    /// <summary>The hostile text as a scalar in this edit's quoting.</summary>
    private string Scalar(string text) => Quoting switch
    {
        Quoting.Plain => text,
        Quoting.Single => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        Quoting.DoubleRaw => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        _ => "\"" + YamlEscaped(text) + "\"",
    };

    private static string YamlEscaped(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\u001b' => "\\e",
                '\u0007' => "\\a",
                '\0' => "\\0",
                '\b' => "\\b",
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                '\u0085' => "\\N",
                _ when c < 0x20 || (c >= 0x7F && c <= 0x9F) => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ when HostileText.IsBidiControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static List<int> KeyLines(List<string> lines) =>
        Enumerable.Range(0, lines.Count).Where(i => KeyLine().IsMatch(lines[i])).ToList();

    /// <summary>The key line and the lines nested under it.</summary>
    private static int BlockLength(List<string> lines, int key)
    {
        var indent = Indent(lines[key]).Length;
        var length = 1;
        for (var i = key + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0 && Indent(lines[i]).Length <= indent)
            {
                break;
            }

            length = i - key + 1;
        }

        return length;
    }

    private static string Head(Match key) => key.Groups["indent"].Value + key.Groups["key"].Value + ":";

    private static string ScalarValue(string rest)
    {
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? rest[..comment] : rest).Trim();
    }

    private static string Indent(string line) => line[..(line.Length - line.TrimStart(' ', '\t').Length)];

    /// <summary>An indented (or not) block-mapping key, up to its colon, then the rest of the line.</summary>
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<key>[^\s#:\-\[\]{}][^:#]*?):(?<rest>(\s.*)?)$")]
    private static partial Regex KeyLine();
}

/// <summary>Text as a C# string literal, so a failing case can be pasted into a test.</summary>
internal static class Literal
{
    public static string Of(string text, int max = 4000)
    {
        var shown = text.Length > max ? text[..max] : text;
        var literal = new StringBuilder("\"");
        foreach (var c in shown)
        {
            literal.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < 0x20 || c > 0x7E => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        literal.Append('"');
        return text.Length > max ? literal + string.Create(CultureInfo.InvariantCulture, $" (first {max} of {text.Length} characters)") : literal.ToString();
    }
}
