using System.Globalization;
using System.Text;

namespace MeshGrader.Core.Findings;

/// <summary>
/// The one sanitiser for text that quotes the learner's files, applied before any report is written,
/// so every format, human or machine, gets the same inert text:
/// control characters (C0 but tab, DEL, C1), line and paragraph separators and bidirectional
/// controls (Trojan Source) become visible escapes such as <c>\u202E</c>; a line break becomes
/// <c>\n</c>, so a message is one line; nothing can be read by a CI runner as a command
/// (<c>::</c> at the start of a line becomes <c>:\:</c>, <c>##[</c> anywhere <c>##\[</c>, and
/// Azure's <c>##vso[</c> <c>##vso\[</c>); and very long text is cut.
/// </summary>
internal static class LearnerText
{
    public const int MaxLength = 400;

    /// <summary>One line of at most <paramref name="maxLength"/> characters (then '…').</summary>
    public static string Printable(string text, int maxLength = MaxLength) => Sanitise(text, maxLength, keepLineBreaks: false, keepTabs: false);

    /// <summary>A line of the learner's file shown under a finding: tabs kept, so a caret can be aligned under it.</summary>
    public static string SourceLine(string line, int maxLength = 4 * MaxLength) => Sanitise(line, maxLength, keepLineBreaks: false, keepTabs: true);

    /// <summary>Several lines (a diagnostic for --verbose): line breaks kept, each line made inert.</summary>
    public static string Lines(string text) => Sanitise(text, int.MaxValue, keepLineBreaks: true, keepTabs: true);

    /// <summary>True for the characters this class never lets through.</summary>
    public static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not '\t' and not '\n')
        || c is '\u2028' or '\u2029' or '\u0085' or '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static string Sanitise(string text, int maxLength, bool keepLineBreaks, bool keepTabs)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        var lineStart = 0;
        foreach (var c in text)
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            switch (c)
            {
                case '\n' when keepLineBreaks:
                    builder.Append('\n');
                    lineStart = builder.Length;
                    break;
                case '\t' when keepTabs:
                    builder.Append('\t');
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case ':' when IsSecondColonAtLineStart(builder, lineStart):
                    builder.Append("\\:");
                    break;
                case '[' when EndsWithCommandPrefix(builder):
                    builder.Append("\\[");
                    break;
                case var unsafeChar when IsUnsafe(unsafeChar):
                    builder.Append("\\u").Append(((int)unsafeChar).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The runner reads <c>::command::</c> at the start of a line, after any leading white space (TrimStart).</summary>
    private static bool IsSecondColonAtLineStart(StringBuilder builder, int lineStart)
    {
        var i = lineStart;
        while (i < builder.Length && char.IsWhiteSpace(builder[i]))
        {
            i++;
        }

        return builder.Length == i + 1 && builder[i] == ':';
    }

    /// <summary>GitHub reads <c>##[command]</c> and Azure <c>##vso[command]</c> anywhere in a line.</summary>
    private static bool EndsWithCommandPrefix(StringBuilder builder) =>
        EndsWith(builder, "##") || (EndsWith(builder, "vso") && builder.Length >= 5 && EndsWithAt(builder, "##", builder.Length - 3));

    private static bool EndsWith(StringBuilder builder, string suffix) => EndsWithAt(builder, suffix, builder.Length);

    private static bool EndsWithAt(StringBuilder builder, string suffix, int end)
    {
        if (end < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (char.ToLowerInvariant(builder[end - suffix.Length + i]) != suffix[i])
            {
                return false;
            }
        }

        return true;
    }
}
