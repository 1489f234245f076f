using CsCheck;

namespace MeshGrader.Core.Tests.Properties;

/// <summary>
/// Text a learner can put in a lab file to attack whoever reads the report: a terminal (escape
/// sequences), a reviewer (bidirectional controls), the CI runner (workflow commands), or a page
/// that renders Markdown (links, images, HTML).
/// </summary>
internal static class HostileText
{
    /// <summary>The bidirectional controls a report must never pass on raw: embeddings, overrides, isolates and marks.</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public static IReadOnlyList<char> BidiControls { get; } =
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(IsBidiControl).ToArray();

    private static readonly string[] Payloads =
    [
        // Terminal: colour, bell, erase, NUL, carriage return over what was printed.
        "\u001b[31mred\u001b[0m",
        "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
        "\u001b[2J\u001b[H",
        "ding\u0007",
        "nul\u0000byte",
        "grade: 0\b\b\b\b\b\b\b\bgrade: 100",
        "overwritten\rPASS",
        "\u009b31mcsi",
        "\u0085next",
        "\u0090dcs\u009c",

        // Reviewer: text that reads differently from what it is.
        "abc\u202Etxt.exe",
        "\u2066isolated\u2069",
        "\u200Fright\u200E",
        "\u061Carabic mark",
        "\u202A\u202B\u202C\u202D",
        "\u2067\u2068",

        // Runner: workflow commands, alone and after a line break a quoted scalar can hold.
        "::add-mask::secret",
        "::stop-commands::tok",
        "::error file=x::forged",
        "::warning::forged",
        "##[set-output name=x]y",
        "##[command]rm -rf /",
        "##vso[task.setvariable variable=x]y",
        "##VSO[task.complete result=Succeeded]",
        "\n::add-mask::x",
        "value\n::error file=x::forged",
        "\r\n##[command]rm",
        "\n  ::stop-commands::tok",
        "%0A::add-mask::x",

        // The parser: escapes beyond Unicode (in double quotes), numbers far past any range.
        "\\U80000000",
        "\\UFFFFFFFF",
        "0x" + new string('f', 4000),
        "0o" + new string('7', 4000),

        // A page: links, images, HTML, table breaks and bare addresses.
        "[click](https://evil.example)",
        "![img](https://evil.example/x.png)",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<https://evil.example>",
        "a | b | c",
        "| --- |",
        "https://evil.example",
        "http://evil.example/path?q=1",
        "www.evil.example",
        "WWW.EVIL.EXAMPLE",
        "[x]: https://evil.example",
        "&lt;script&gt;",
    ];

    /// <summary>One hostile piece: a known payload, or a single control character between letters.</summary>
    public static Gen<string> Payload { get; } = Gen.Frequency(
        (10, Gen.OneOf(Payloads)),
        (2, Gen.Char[(char)0x00, (char)0x1F].Select(c => $"a{c}b")),
        (2, Gen.Char[(char)0x80, (char)0x9F].Select(c => $"a{c}b")),
        (2, Gen.OneOf(BidiControls.ToArray()).Select(c => $"a{c}b")));

    /// <summary>Payloads alone, joined, repeated or behind a long run of text (long values are cut before they are echoed).</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (8, Payload),
        (3, Gen.Select(Payload, Payload, Gen.OneOf("", " ", "x", "\n"), (a, b, between) => a + between + b)),
        (1, Gen.Select(Payload, Gen.Int[2, 120], (p, n) => string.Concat(Enumerable.Repeat(p, n)))),
        (1, Gen.Select(Gen.Int[100, 2000], Payload, (n, p) => new string('x', n) + p)));
}
