namespace MeshGrader.Core.Loading;

/// <summary>Builds JSON Pointer strings (RFC 6901) segment by segment.</summary>
internal static class JsonPointerText
{
    public const string Root = "";

    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    public static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? Root : pointer[..cut];
    }

    public static string LastSegment(string pointer)
    {
        var segments = Segments(pointer);
        return segments.Count == 0 ? string.Empty : segments[^1];
    }
}
