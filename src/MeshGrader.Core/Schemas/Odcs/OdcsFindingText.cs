using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>How an ODCS finding names the place it is about.</summary>
internal static class OdcsFindingText
{
    public static string Where(string pointer) => pointer.Length == 0 ? "the contract's top level" : NamedPath.Of(pointer);

    /// <summary>The key a value is written under, or the list it is an item of.</summary>
    public static string KeyOf(string pointer)
    {
        var segments = JsonPointerText.Segments(pointer);
        var last = segments.Count == 0 ? string.Empty : segments[^1];
        return int.TryParse(last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) && segments.Count > 1 ? $"- (an item of {segments[^2]})" : last;
    }

    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];
}
