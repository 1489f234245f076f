using System.Globalization;
using MeshGrader.Core.Findings;
using YamlDotNet.Core;

namespace MeshGrader.Core.Loading;

/// <summary>
/// The parser's failures in the learner's words: which line, what YAML expected there, and the fix,
/// located where the learner must edit rather than where the parser gave up.
/// </summary>
internal static class YamlSyntaxWords
{
    public const string Prefix = "YAML syntax error: ";

    public static (SourceSpan Span, string Message, string? Hint) Explain(YamlException ex, IReadOnlyList<string> lines)
    {
        // When the error spans lines, its start is where the parser began the construct and its end
        // is where it failed (a tab on the next line, say): the end is what the learner must fix.
        var span = ex.Start.Line == ex.End.Line ? ParserMarks.Span(ex.Start, ex.End) : ParserMarks.Span(ex.End, ex.End);
        var parser = CleanMessage(ex.Message);
        var said = parser.ToLowerInvariant();
        var line = span.Start.Line;
        var text = line <= lines.Count ? lines[line - 1] : string.Empty;
        var body = text.TrimStart(' ', '\t');
        var indent = text.Length - body.Length;
        var atText = new SourceSpan(new SourcePosition(line, indent + 1), new SourcePosition(line, indent + 1));
        var number = line.ToString(CultureInfo.InvariantCulture);

        if (said.Contains("tab", StringComparison.Ordinal))
        {
            return (span, $"{Prefix}line {number} has a tab where YAML expects spaces.",
                "YAML does not allow tabs for indentation: indent with spaces (most editors can turn tabs into spaces).");
        }

        if (said.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var opened = ParserMarks.Position(ex.Start);
            return (new SourceSpan(opened, opened), $"{Prefix}the quote opened on line {opened.Line.ToString(CultureInfo.InvariantCulture)} is not closed.",
                "Close the quote at the end of the value, on the same line.");
        }

        if (said.Contains("could not find expected ':'", StringComparison.Ordinal))
        {
            var from = ParserMarks.Position(ex.Start);
            var written = from.Line <= lines.Count ? lines[from.Line - 1].Trim() : string.Empty;
            return (new SourceSpan(from, from), $"{Prefix}line {from.Line.ToString(CultureInfo.InvariantCulture)} has no ':' after its key, so YAML cannot read it as a key and its value.",
                MissingColonHint(written));
        }

        if (body.StartsWith('-') && (said.Contains("expected key", StringComparison.Ordinal) || said.Contains("sequence entries are not allowed", StringComparison.Ordinal)))
        {
            return (atText, $"{Prefix}line {number} starts a list item ('-') where YAML expects a key: the value above it is not a list.",
                "Remove the stray '-' if this line is a key; for a list, leave nothing after its key's colon and write each item on its own line as '- item', indented under the key.");
        }

        if (said.Contains("expected key", StringComparison.Ordinal) && body.Length > 0 && !body.Contains(':', StringComparison.Ordinal) && body[0] is not '#' and not '"' and not '\'')
        {
            return (atText, $"{Prefix}line {number} has no ':' after its key, so YAML cannot read it as a key and its value.", MissingColonHint(body));
        }

        if (said.Contains("expected key", StringComparison.Ordinal))
        {
            return (atText, $"{Prefix}line {number} is not indented like the keys around it, so YAML cannot tell what it belongs to.",
                "Indent it by exactly as many spaces as the other keys of its section (or start it at the left margin if it is a section).");
        }

        if (said.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return (atText, $"{Prefix}line {number} holds a key where YAML does not expect one: it is indented deeper than the key above it, which already has a value (or the line holds a second ': ').",
                "Indent it like the key above it; if the value itself contains ': ', put the value in quotes.");
        }

        if (said.Contains("expected '-' indicator", StringComparison.Ordinal))
        {
            return (atText, $"{Prefix}line {number} is inside a list but is not one of its items.",
                "Start every item of the list with '- ' at the same indentation, or indent this line like the key the list belongs to.");
        }

        return (span, Prefix + parser, null);
    }

    private static string MissingColonHint(string written)
    {
        var words = written.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && !written.Contains(':', StringComparison.Ordinal)
            ? $"Write a colon and a space after the key: '{words[0]}: {words[1].Trim()}'."
            : "Write it as 'key: value' (a colon and a space after the key), or remove the line.";
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the finding carries the position itself.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var clean = cut >= 0 ? message[(cut + 3)..] : message;
        return clean.TrimEnd('.') + ".";
    }
}
