using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas;

/// <summary>Turns a JSON Pointer into the dotted name a learner reads: <c>/platform/compute/1</c> is <c>platform.compute[1]</c>.</summary>
internal static class NamedPath
{
    public static string Of(string pointer)
    {
        var text = string.Empty;
        foreach (var segment in JsonPointerText.Segments(pointer))
        {
            text += int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? $"[{segment}]"
                : (text.Length == 0 ? segment : "." + segment);
        }

        return text.Length == 0 ? "the file" : text;
    }
}
