using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Tests.Support;

/// <summary>
/// Where a piece of text sits in a YAML file, as the grader reports positions: 1-based line and
/// column, columns counted in characters. Tests name what a finding should point at and find it
/// here, so rewording a sample moves the expectation with the text instead of breaking the test.
/// </summary>
/// <remarks>
/// Lines end at "\n" (so also at "\r\n"). A lone "\r" or a Unicode line separator does not end a
/// line here: a test about such line breaks states positions as if the text used "\n".
/// </remarks>
internal static class TextPosition
{
    // Enough of the text to see what was searched without flooding the output with a large file.
    private const int ShownText = 2000;

    /// <summary>
    /// The position of the first character of <paramref name="what"/> in <paramref name="text"/>.
    /// Without an anchor <paramref name="what"/> must occur exactly once. With one, the anchor must
    /// occur exactly once and the first <paramref name="what"/> that starts after it counts, e.g.
    /// <c>Of(text, "95", after: "quality_threshold:")</c>.
    /// </summary>
    public static SourcePosition Of(string text, string what, string? after = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(what);
        var from = 0;
        if (after is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(after);
            from = SingleIndexOf(text, after, "anchor") + after.Length;
        }

        var index = text.IndexOf(what, from, StringComparison.Ordinal);
        if (index < 0)
        {
            Assert.Fail(after is null
                ? $"'{what}' is not in the text:\n{Shown(text)}"
                : $"'{what}' is not in the text after '{after}':\n{Shown(text)}");
        }

        if (after is null && text.IndexOf(what, index + 1, StringComparison.Ordinal) >= 0)
        {
            Assert.Fail($"'{what}' occurs more than once in the text; name an anchor that comes before the one meant:\n{Shown(text)}");
        }

        return AtIndex(text, index);
    }

    /// <summary>As <see cref="Of"/>, in the text of the file at <paramref name="path"/>.</summary>
    public static SourcePosition InFile(string path, string what, string? after = null) =>
        Of(File.ReadAllText(path), what, after);

    /// <summary>The position just past the last character: where a parser that runs out of text stops.</summary>
    public static SourcePosition End(string text) => AtIndex(text, text.Length);

    private static SourcePosition AtIndex(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0 && i < index; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        return new SourcePosition(line, index - lineStart + 1);
    }

    private static int SingleIndexOf(string text, string what, string role)
    {
        var index = text.IndexOf(what, StringComparison.Ordinal);
        if (index < 0)
        {
            Assert.Fail($"The {role} '{what}' is not in the text:\n{Shown(text)}");
        }

        if (text.IndexOf(what, index + 1, StringComparison.Ordinal) >= 0)
        {
            Assert.Fail($"The {role} '{what}' occurs more than once in the text; name one that occurs once:\n{Shown(text)}");
        }

        return index;
    }

    private static string Shown(string text) => text.Length <= ShownText ? text : text[..ShownText] + "…";
}
