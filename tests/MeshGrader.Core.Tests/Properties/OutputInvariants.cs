using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MeshGrader.Core.Tests.Properties;

/// <summary>
/// What no output may carry, whatever the learner wrote. Each check returns the violations it
/// finds, each naming the output and quoting the offending line, rather than stopping at the first.
/// </summary>
internal static partial class OutputInvariants
{
    /// <summary>The colour codes TextReportWriter writes after ESC; anything else after an ESC came from the learner.</summary>
    private static readonly string[] WriterColourCodes = ["[0m", "[1m", "[2m", "[31m", "[32m", "[33m", "[36m"];

    /// <summary>
    /// The texts a reader of an output sees: the output itself and, for the structured formats, every
    /// string in it once decoded. A consumer decodes "\u001b" in JSON back to ESC before it prints it,
    /// and the Classroom reporter prints its decoded messages into the Actions log line by line.
    /// </summary>
    /// <remarks>
    /// The JSON report's <c>path</c> is left out: it is a JSON Pointer that must spell the learner's key
    /// exactly to find it, so it is data rather than text to show, and JSON escaping keeps it inert in the output.
    /// </remarks>
    public static IEnumerable<(string Name, string Text)> Views(RenderedOutput output)
    {
        yield return (output.Format, output.Text);
        var decoded = output.Format switch
        {
            "json" => JsonStrings(output.Text, except: "path"),
            "sarif" or "gradescope" or "classroom50" => JsonStrings(output.Text),
            "classroom" => ClassroomJson(output.Text) is { } json ? JsonStrings(json) : [],
            "junit" => XmlStrings(output.Text),
            _ => [],
        };
        foreach (var text in decoded)
        {
            yield return (output.Format + " (decoded string)", text);
        }
    }

    /// <summary>No C0 control but tab and line feed, no C1 control, no bidirectional control.</summary>
    public static IEnumerable<string> ControlCharacters(string name, string text, bool writerColours = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var forbidden = c switch
            {
                '\t' or '\n' => false,
                < '\u0020' or (>= '\u0080' and <= '\u009F') => true,
                _ => HostileText.IsBidiControl(c),
            };
            if (forbidden && !(writerColours && c == '\u001b' && WriterColourCodes.Any(code => string.CompareOrdinal(text, i + 1, code, 0, code.Length) == 0)))
            {
                yield return Violation(name, string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"), text, i);
            }
        }
    }

    /// <summary>
    /// No line starts a workflow command (<c>::name ...::</c>), except the annotation writer's own
    /// <c>::error </c> and <c>::warning </c> lines, whose message decodes to no line that does.
    /// </summary>
    public static IEnumerable<string> WorkflowCommandLines(string name, string text, bool annotations = false)
    {
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            if (annotations && (line.StartsWith("::error ", StringComparison.Ordinal) || line.StartsWith("::warning ", StringComparison.Ordinal)))
            {
                // Properties escape ':', so the first '::' after the command name ends them.
                var end = line.IndexOf("::", 2, StringComparison.Ordinal);
                var message = end < 0 ? string.Empty : DecodeWorkflowData(line[(end + 2)..]);
                foreach (var part in message.Split('\n', '\r').Where(p => p.TrimStart().StartsWith("::", StringComparison.Ordinal)))
                {
                    yield return Violation(name + " (annotation message)", "a line starting with '::'", message, message.IndexOf(part, StringComparison.Ordinal));
                }
            }
            else if (line.TrimStart().StartsWith("::", StringComparison.Ordinal))
            {
                yield return Violation(name, "a line starting with '::'", text, offset);
            }

            offset += line.Length + 1;
        }
    }

    /// <summary>No Azure Pipelines or Actions logging command marker anywhere: <c>##[</c>, <c>##vso[</c>.</summary>
    public static IEnumerable<string> LoggingCommandMarkers(string name, string text)
    {
        foreach (var marker in new[] { "##[", "##vso[" })
        {
            for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                yield return Violation(name, marker, text, at);
            }
        }
    }

    /// <summary>
    /// Learner text in Markdown is inert: no link or image syntax, no HTML, no address a renderer
    /// would turn into a link, no unescaped pipe outside the writer's own tables. The writer itself
    /// writes no link, image, address or HTML but <c>&lt;br&gt;</c>, so any of these came from the learner.
    /// </summary>
    public static IEnumerable<string> InertMarkdown(string text)
    {
        foreach (Match link in UnescapedLinkEnd().Matches(text))
        {
            yield return Violation("markdown", "a link or image: unescaped ']('", text, link.Index + link.Groups[1].Length);
        }

        foreach (var (pattern, what) in new[] { ("![", "an image: '!['"), ("://", "an address: '://'"), ("www.", "an address: 'www.'") })
        {
            for (var at = text.IndexOf(pattern, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(pattern, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                yield return Violation("markdown", what, text, at);
            }
        }

        for (var at = text.IndexOf('<', StringComparison.Ordinal); at >= 0; at = text.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(text, at, "<br>", 0, 4) != 0)
            {
                yield return Violation("markdown", "raw '<'", text, at);
            }
        }

        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var pipes = UnescapedPipe().Matches(line).Count;
            if (line.StartsWith('|') ? pipes != 4 : pipes > 0)
            {
                yield return Violation("markdown", "an unescaped '|' that changes a table", text, offset);
            }

            offset += line.Length + 1;
        }
    }

    /// <summary>Why a structured output does not parse, or null when it does.</summary>
    public static string? ParseProblem(RenderedOutput output)
    {
        try
        {
            switch (output.Format)
            {
                case "json" or "sarif" or "gradescope" or "classroom50":
                    using (JsonDocument.Parse(output.Text))
                    {
                        return null;
                    }

                case "classroom":
                    var single = output.Text.TrimEnd('\n');
                    if (single.Contains('\n', StringComparison.Ordinal))
                    {
                        return "classroom: the base64 result is not on one line";
                    }

                    return ClassroomJson(output.Text) is null ? "classroom: the decoded result is not JSON" : null;
                case "junit":
                    XDocument.Parse(output.Text);
                    return null;
                default:
                    return null;
            }
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException or FormatException)
        {
            return $"{output.Format}: {ex.Message}";
        }
    }

    /// <summary>Undoes the toolkit's message escaping: %25, %0D and %0A, read left to right.</summary>
    public static string DecodeWorkflowData(string data)
    {
        var text = new StringBuilder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var code = data[i] == '%' && i + 2 < data.Length ? data.Substring(i, 3) : null;
            var decoded = code switch
            {
                "%25" => "%",
                "%0D" => "\r",
                "%0A" => "\n",
                _ => null,
            };
            text.Append(decoded ?? data[i].ToString());
            i += decoded is null ? 0 : 2;
        }

        return text.ToString();
    }

    private static string? ClassroomJson(string text)
    {
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(text.Trim()));
            using (JsonDocument.Parse(json))
            {
                return json;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    private static IReadOnlyList<string> JsonStrings(string json, string? except = null)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var strings = new List<string>();
            Collect(document.RootElement, strings, except);
            return strings;
        }
        catch (JsonException)
        {
            return [];
        }

        static void Collect(JsonElement element, List<string> strings, string? except)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject().Where(p => p.Name != except))
                    {
                        strings.Add(property.Name);
                        Collect(property.Value, strings, except);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, strings, except);
                    }

                    break;
            }
        }
    }

    private static IReadOnlyList<string> XmlStrings(string xml)
    {
        try
        {
            var document = XDocument.Parse(xml);
            return document.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value)
                .Concat(e.Nodes().OfType<XText>().Select(t => t.Value))).ToArray();
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }

    /// <summary>What is wrong and where: the offending line, cut to some 100 characters around the spot.</summary>
    private static string Violation(string name, string what, string text, int at)
    {
        at = Math.Clamp(at, 0, text.Length);
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = text.IndexOf('\n', at) is var end and >= 0 ? end : text.Length;
        var start = Math.Max(lineStart, at - 60);
        var shown = text[start..Math.Min(lineEnd, at + 40)];
        return $"{name}: {what} in {(start > lineStart ? "…" : string.Empty)}{Literal.Of(shown)}";
    }

    /// <summary>A ']' not escaped by a backslash, then '('; group 1 is what precedes the ']'.</summary>
    [GeneratedRegex(@"((?:^|[^\\])(?:\\\\)*)\]\(")]
    private static partial Regex UnescapedLinkEnd();

    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\|")]
    private static partial Regex UnescapedPipe();
}
