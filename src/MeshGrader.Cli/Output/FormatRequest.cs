namespace MeshGrader.Cli.Output;

/// <summary>One <c>--format NAME[=PATH]</c>: a format, and the file it goes to (stdout when none).</summary>
internal sealed record FormatRequest(string Name, string? Path)
{
    public static FormatRequest Parse(string text)
    {
        var cut = text.IndexOf('=', StringComparison.Ordinal);
        return cut < 0
            ? new FormatRequest(text.Trim().ToLowerInvariant(), null)
            : new FormatRequest(text[..cut].Trim().ToLowerInvariant(), text[(cut + 1)..].Trim());
    }
}
