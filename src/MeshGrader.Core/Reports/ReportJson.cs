using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MeshGrader.Core.Reports;

/// <summary>
/// How every JSON report is encoded. JSON escapes are exact, so machine fields that must keep the
/// learner's text (a key in a JSON Pointer) keep it, while the bytes stay inert in a CI log: '[' is
/// written <c>\u005B</c>, so no <c>##[</c> or <c>##vso[</c> command appears, and control,
/// separator and bidirectional characters are escaped too.
/// </summary>
internal static class ReportJson
{
    public static JavaScriptEncoder Encoder { get; } = CreateEncoder();

    public static JsonWriterOptions Indented { get; } = new() { Indented = true, Encoder = Encoder };

    public static JsonWriterOptions Compact { get; } = new() { Encoder = Encoder };

    private static JavaScriptEncoder CreateEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        settings.ForbidCharacters('[', '\u0085', '\u061C', '\u200E', '\u200F', '\u2028', '\u2029');
        settings.ForbidRange(UnicodeRange.Create('\u202A', '\u202E'));
        settings.ForbidRange(UnicodeRange.Create('\u2066', '\u2069'));
        settings.ForbidRange(UnicodeRange.Create('\u0080', '\u009F'));
        return JavaScriptEncoder.Create(settings);
    }
}
