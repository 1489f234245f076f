using System.Globalization;
using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// An item of a list field, named as a learner counts it ("the 2nd item 'completness'"), never by
/// its index as if it were a key; and lists written back as the YAML flow list a hint shows.
/// </summary>
internal static partial class ListItem
{
    /// <summary>The list and the item's index when <paramref name="pointer"/> is an item of a list field.</summary>
    public static (string List, int Index)? Of(LabFileSchema schema, string pointer)
    {
        if (pointer.Length == 0)
        {
            return null;
        }

        var parent = JsonPointerText.Parent(pointer);
        return schema.SubschemaFor(parent) is { IsList: true }
            && int.TryParse(JsonPointerText.LastSegment(pointer), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (parent, index)
            : null;
    }

    /// <summary>1st, 2nd, 3rd, 4th… 11th, 12th, 13th, 21st.</summary>
    public static string Ordinal(int index)
    {
        var n = index + 1;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Items as a YAML flow list: <c>[accuracy, completeness]</c>, quoting what would not read back as the same text.</summary>
    public static string Flow(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Scalar)) + "]";

    /// <summary>Text as a YAML scalar that reads back as that text, quoted only when it has to be.</summary>
    public static string Scalar(string text) =>
        PlainText().IsMatch(text) && !Reserved().IsMatch(text)
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9._-]*( [A-Za-z0-9._-]+)*$")]
    private static partial Regex PlainText();

    // Words YAML 1.1 or 1.2 reads as something other than text.
    [GeneratedRegex("^(?i:true|false|yes|no|on|off|y|n|null|nan|inf)$")]
    private static partial Regex Reserved();
}
