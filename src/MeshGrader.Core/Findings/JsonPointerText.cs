using System.Text.Json.Nodes;

namespace MeshGrader.Core.Findings;

/// <summary>Builds JSON Pointer strings (RFC 6901) segment by segment.</summary>
internal static class JsonPointerText
{
    public const string Root = "";

    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Segments(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        var body = pointer.AsSpan(1);
        var segments = new string[body.Count('/') + 1];
        var i = 0;
        foreach (var range in body.Split('/'))
        {
            segments[i++] = Unescape(body[range]);
        }

        return segments;
    }

    public static string Parent(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        return cut <= 0 ? Root : pointer[..cut];
    }

    public static string LastSegment(string pointer) =>
        pointer.Length == 0 ? string.Empty : Unescape(pointer.AsSpan(pointer.LastIndexOf('/') + 1));

    /// <summary>The node a pointer designates in a JSON value, or null when nothing is there.</summary>
    public static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var current = root;
        if (pointer.Length == 0)
        {
            return current;
        }

        var body = pointer.AsSpan(1);
        foreach (var range in body.Split('/'))
        {
            if (current is null)
            {
                return null;
            }

            var segment = Unescape(body[range]);
            current = current switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
        }

        return current;
    }

    private static string Unescape(ReadOnlySpan<char> segment) =>
        segment.Contains('~')
            ? segment.ToString().Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
            : segment.ToString();
}
