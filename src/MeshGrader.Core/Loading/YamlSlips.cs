using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Loading;

/// <summary>A typing slip a tolerant reading can undo: where it is in the learner's text, and what to do.</summary>
internal sealed record YamlSlip(SourcePosition At, string Message, string Hint)
{
    /// <summary>How undoing the slip moved the columns of its line, to take positions back to the learner's text.</summary>
    public IReadOnlyList<ColumnShift> Shifts { get; init; } = [];
}

/// <summary>On a line of the read text, columns from <see cref="FromColumn"/> on are <see cref="Delta"/> past the learner's.</summary>
internal sealed record ColumnShift(int Line, int FromColumn, int Delta)
{
    /// <summary>A position in the read text as a position in the learner's text, the later shifts of a line undone first.</summary>
    public static SourcePosition Undo(SourcePosition position, IEnumerable<ColumnShift> shifts)
    {
        var column = position.Column;
        foreach (var shift in shifts.Where(s => s.Line == position.Line).OrderByDescending(s => s.FromColumn))
        {
            if (column >= shift.FromColumn)
            {
                column = Math.Max(1, column - shift.Delta);
            }
        }

        return position with { Column = column };
    }
}

/// <summary>
/// The YAML slips that have one clear reading: a tab in a line's indentation (read as the file's
/// indentation unit of spaces), a key with no space after its colon (read with the space), and a
/// quoted value not closed on its line (read closed at the line's end). The repaired text keeps
/// every line where it was, so positions in it are the learner's lines; only columns after a
/// repair on the same line move, by the characters inserted.
/// </summary>
internal static partial class YamlSlips
{
    /// <summary>Tabs and missing spaces after a key's colon, outside block scalars; the text unchanged when there are none.</summary>
    public static (string Text, IReadOnlyList<YamlSlip> Slips) Repair(string text)
    {
        var slips = new List<YamlSlip>();
        var lines = SplitKeepingEnds(text);
        var unit = IndentationUnit(lines);
        var output = new StringBuilder(text.Length + 16);
        var blockIndent = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var (content, end) = lines[i];
            var number = i + 1;
            var indent = content.Length - content.TrimStart(' ', '\t').Length;
            var body = content[indent..];
            if (blockIndent >= 0 && (body.Length == 0 || indent > blockIndent))
            {
                // Inside a literal or folded block (|, >) the text is the learner's value, tabs and colons included.
                output.Append(content).Append(end);
                continue;
            }

            blockIndent = -1;
            if (body.Length == 0 || body[0] == '#')
            {
                output.Append(content).Append(end);
                continue;
            }

            var leading = content[..indent];
            if (leading.Contains('\t', StringComparison.Ordinal))
            {
                var tab = leading.IndexOf('\t', StringComparison.Ordinal);
                var spaces = new string(' ', unit);
                var spaced = leading.Replace("\t", spaces, StringComparison.Ordinal);
                slips.Add(new YamlSlip(new SourcePosition(number, tab + 1),
                    $"{YamlSyntaxWords.Prefix}line {Number(number)} starts with a tab; YAML indents with spaces only, so the parser cannot read the line.",
                    $"Replace the tab with {Number(unit)} spaces, as the other lines are indented (most editors can turn tabs into spaces).")
                {
                    Shifts = [new ColumnShift(number, spaced.Length + 1, spaced.Length - leading.Length)],
                });
                leading = spaced;
            }

            var missingSpace = KeyWithoutSpace().Match(body);
            if (missingSpace.Success)
            {
                var key = missingSpace.Groups["key"].Value;
                var colon = missingSpace.Groups["key"].Index + key.Length;
                var value = body[(colon + 1)..].TrimEnd();
                slips.Add(new YamlSlip(new SourcePosition(number, indent + colon + 1),
                    $"{YamlSyntaxWords.Prefix}line {Number(number)} has no space after the colon of '{key}': YAML reads '{key}:{value}' as one piece of text, not as the key '{key}' and its value.",
                    $"Write a space after the colon: '{key}: {value}'.")
                {
                    Shifts = [new ColumnShift(number, leading.Length + colon + 3, 1)],
                });
                body = body[..(colon + 1)] + " " + body[(colon + 1)..];
            }

            if (BlockScalarStart().IsMatch(body))
            {
                blockIndent = leading.Length;
            }

            output.Append(leading).Append(body).Append(end);
        }

        return slips.Count == 0 ? (text, slips) : (output.ToString(), slips);
    }

    /// <summary>
    /// The text with a quote that opens a value on <paramref name="line"/> closed at the end of the
    /// value, and the slip; null when that line opens no unclosed quote.
    /// </summary>
    public static (string Text, YamlSlip Slip)? CloseQuote(string text, int line)
    {
        var lines = SplitKeepingEnds(text);
        if (line < 1 || line > lines.Count)
        {
            return null;
        }

        var (content, _) = lines[line - 1];
        var match = QuotedValueStart().Match(content);
        if (!match.Success)
        {
            return null;
        }

        var quote = match.Groups["quote"].Value[0];
        var open = match.Groups["quote"].Index;
        var rest = content[(open + 1)..];
        if (IsClosed(rest, quote))
        {
            return null;
        }

        // A comment the learner meant after the value stays a comment.
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        var value = (comment >= 0 ? rest[..comment] : rest).TrimEnd();
        var key = match.Groups["key"].Success ? match.Groups["key"].Value : null;
        var closed = content[..(open + 1)] + value + quote + (comment >= 0 ? rest[comment..] : string.Empty);
        var builder = new StringBuilder(text.Length + 1);
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(i == line - 1 ? closed : lines[i].Content).Append(lines[i].End);
        }

        var what = key is null ? "this list item" : $"'{key}'";
        return (builder.ToString(), new YamlSlip(new SourcePosition(line, open + 1),
            $"{YamlSyntaxWords.Prefix}the quote {quote} that starts the value of {what} on line {Number(line)} is not closed: YAML reads on, across the lines below, looking for the closing {quote}.",
            $"Close the quote at the end of the value: {(key is null ? "- " : key + ": ")}{quote}{value}{quote}.")
        {
            Shifts = [new ColumnShift(line, open + value.Length + 3, 1)],
        });
    }

    /// <summary>
    /// The text with a key on <paramref name="line"/> indented like the key just above it, and the
    /// slip; null when either line is not a 'key: value' line, or they are indented alike.
    /// </summary>
    public static (string Text, YamlSlip Slip)? Reindent(string text, int line)
    {
        var lines = SplitKeepingEnds(text);
        if (line < 2 || line > lines.Count)
        {
            return null;
        }

        var above = line - 2;
        while (above >= 0 && lines[above].Content.TrimStart(' ') is "" or ['#', ..])
        {
            above--;
        }

        if (above < 0)
        {
            return null;
        }

        var here = KeyWithValue().Match(lines[line - 1].Content);
        var previous = KeyWithValue().Match(lines[above].Content);
        if (!here.Success || !previous.Success || here.Groups["indent"].Length == previous.Groups["indent"].Length)
        {
            return null;
        }

        // When the key above is dedented between two keys indented alike, the parser stops at the line
        // after the slip: the key above is the one out of line.
        if (previous.Groups["indent"].Length < here.Groups["indent"].Length && Dedented(lines, above, here.Groups["indent"].Length) is { } dedented)
        {
            return dedented;
        }

        if (previous.Groups["indent"].Length == 0)
        {
            return null;
        }

        var indent = previous.Groups["indent"].Length;
        var key = here.Groups["key"].Value;
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(i == line - 1 ? new string(' ', indent) + lines[i].Content.TrimStart(' ') : lines[i].Content).Append(lines[i].End);
        }

        return (builder.ToString(), new YamlSlip(new SourcePosition(line, here.Groups["indent"].Length + 1),
            $"{YamlSyntaxWords.Prefix}line {Number(line)} is indented by {Spaces(here.Groups["indent"].Length)}, the key '{previous.Groups["key"].Value}' above it by {Number(indent)}: YAML cannot tell what '{key}' belongs to.",
            $"Indent '{key}' by {Number(indent)} spaces, like '{previous.Groups["key"].Value}' on line {Number(above + 1)}.")
        {
            Shifts = [new ColumnShift(line, indent + 1, indent - here.Groups["indent"].Length)],
        });
    }

    /// <summary>
    /// A key with a value, indented less than the key just above it and the key just below it, which
    /// are indented alike: YAML ends the section at it and cannot read the key below. Read indented as
    /// its neighbours; null when the lines around it do not agree.
    /// </summary>
    private static (string Text, YamlSlip Slip)? Dedented(List<(string Content, string End)> lines, int index, int indent)
    {
        var before = index - 1;
        while (before >= 0 && lines[before].Content.TrimStart(' ') is "" or ['#', ..])
        {
            before--;
        }

        var here = KeyWithValue().Match(lines[index].Content);
        var neighbour = before < 0 ? Match.Empty : KeyWithValue().Match(lines[before].Content);
        if (!here.Success || !neighbour.Success || neighbour.Groups["indent"].Length != indent)
        {
            return null;
        }

        var key = here.Groups["key"].Value;
        var written = here.Groups["indent"].Length;
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(i == index ? new string(' ', indent) + lines[i].Content.TrimStart(' ') : lines[i].Content).Append(lines[i].End);
        }

        var line = index + 1;
        return (builder.ToString(), new YamlSlip(new SourcePosition(line, written + 1),
            $"{YamlSyntaxWords.Prefix}line {Number(line)} is indented by {Spaces(written)}, the keys around it ('{neighbour.Groups["key"].Value}' above, and the key below) by {Number(indent)}: YAML ends their section at '{key}' and cannot read the line after it.",
            $"Indent '{key}' by {Number(indent)} spaces, like '{neighbour.Groups["key"].Value}' on line {Number(before + 1)}.")
        {
            Shifts = [new ColumnShift(line, indent + 1, indent - written)],
        });
    }

    private static bool IsClosed(string afterOpen, char quote)
    {
        for (var i = 0; i < afterOpen.Length; i++)
        {
            if (quote == '"' && afterOpen[i] == '\\')
            {
                i++;
            }
            else if (afterOpen[i] == quote)
            {
                // In single quotes, '' is an escaped quote.
                if (quote == '\'' && i + 1 < afterOpen.Length && afterOpen[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>The smallest indentation of a line indented with spaces only: the step of the file's nesting (2 when none).</summary>
    private static int IndentationUnit(IReadOnlyList<(string Content, string End)> lines)
    {
        var unit = int.MaxValue;
        foreach (var (content, _) in lines)
        {
            var spaces = content.Length - content.TrimStart(' ').Length;
            if (spaces > 0 && spaces < content.Length && content[spaces] is not '\t' and not '#')
            {
                unit = Math.Min(unit, spaces);
            }
        }

        return unit is int.MaxValue or > 8 ? 2 : unit;
    }

    private static List<(string Content, string End)> SplitKeepingEnds(string text)
    {
        var lines = new List<(string, string)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                var endLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lines.Add((text[start..i], text.Substring(i, endLength)));
                i += endLength - 1;
                start = i + 1;
            }
        }

        lines.Add((text[start..], string.Empty));
        return lines;
    }

    private static string Spaces(int count) => count switch { 0 => "no spaces", 1 => "1 space", _ => Number(count) + " spaces" };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A key of letters, digits, '_' and '-' (optionally as a list item's first key) followed at
    // once by text: no YAML key, and in a lab file always a key whose space was forgotten. A ':'
    // or '/' after the colon is left alone (a time, an address).
    [GeneratedRegex(@"^(?:-[ ]+)?(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?=[^\s:/#])")]
    private static partial Regex KeyWithoutSpace();

    // A key with a value on its line, indented with spaces.
    [GeneratedRegex(@"^(?<indent>[ ]*)(?<key>[A-Za-z_][A-Za-z0-9_-]*):[ ]+[^ #]")]
    private static partial Regex KeyWithValue();

    // A key (or a list item) whose value starts with a quote.
    [GeneratedRegex(@"^[ ]*(?:-[ ]+)?(?:(?<key>[A-Za-z_][A-Za-z0-9_ -]*):[ ]+)?(?<quote>[""'])")]
    private static partial Regex QuotedValueStart();

    // A value that starts a literal or folded block: '|' or '>' with optional indicators, then at most a comment.
    [GeneratedRegex(@":[ ]+[|>][0-9+-]*[ ]*(?:#.*)?$|^-[ ]+[|>][0-9+-]*[ ]*(?:#.*)?$")]
    private static partial Regex BlockScalarStart();
}
