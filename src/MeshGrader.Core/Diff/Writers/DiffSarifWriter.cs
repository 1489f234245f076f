using System.Text;
using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Diff.Writers;

/// <summary>
/// SARIF 2.1.0 for code scanning: one result per change (breaking a warning, the others notes) and
/// one per error, located in the new file; a change's place in the old file is named in its message,
/// because the old file (often <c>git:REF:path</c>) is no file of the checkout.
/// </summary>
internal static class DiffSarifWriter
{
    public static void Write(DiffReport report, TextWriter output, string toolVersion)
    {
        var rules = DiffRules.All;
        var indexOf = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.Indented))
        {
            SarifRun.StartAtRules(json, toolVersion);
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                Text(json, "shortDescription", rule.Title);
                Text(json, "fullDescription", rule.Why);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", rule.Class switch { null => "error", ChangeClass.Breaking => "warning", _ => "note" });
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var change in report.Changes)
            {
                Result(json, change.Rule.Id, indexOf.GetValueOrDefault(change.Rule.Id, -1), change.Class == ChangeClass.Breaking ? "warning" : "note",
                    $"{change.Class.Name()}: {change.Message} (old: {DiffSummary.At(report.Old, change.Old.Span)})", report.New, change.New.Span);
            }

            foreach (var error in report.Errors)
            {
                var start = new SourcePosition(error.Line ?? 1, error.Column ?? 1);
                var span = new SourceSpan(start, new SourcePosition(error.EndLine ?? start.Line, error.EndColumn ?? start.Column));
                Result(json, error.Rule, indexOf.GetValueOrDefault(error.Rule, -1), "error",
                    error.Hint is null ? error.Message : $"{error.Message} Hint: {error.Hint}", error.File ?? report.New, span);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Result(Utf8JsonWriter json, string ruleId, int ruleIndex, string level, string message, string file, SourceSpan span)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", level);
        Text(json, "message", message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", string.Join('/', file.Split('/').Select(Uri.EscapeDataString)));
        json.WriteEndObject();
        json.WriteStartObject("region");
        var endLine = Math.Max(span.End.Line, span.Start.Line);
        json.WriteNumber("startLine", span.Start.Line);
        json.WriteNumber("startColumn", span.Start.Column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endLine == span.Start.Line ? Math.Max(span.End.Column, span.Start.Column) : span.End.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
