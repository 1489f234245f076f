using System.Text;
using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Diff.Writers;

/// <summary>
/// The diff as JSON for scripts: both sides, each change (class, rule, message, place in both
/// files), the bump required and made, the errors, and the counts. Written with Utf8JsonWriter (no
/// reflection, for Native AOT).
/// </summary>
internal static class DiffJsonWriter
{
    public static void Write(DiffReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.Indented))
        {
            json.WriteStartObject();
            Side(json, "old", report.Old, report.OldVersion);
            Side(json, "new", report.New, report.NewVersion);
            json.WriteBoolean("compared", report.Compared);
            json.WriteBoolean("labValuesOnly", report.LabValuesOnly);
            json.WriteStartArray("changes");
            foreach (var change in report.Changes)
            {
                json.WriteStartObject();
                json.WriteString("class", change.Class.Name());
                json.WriteString("rule", change.Rule.Id);
                json.WriteString("title", change.Rule.Title);
                json.WriteString("message", change.Message);
                Place(json, "oldPlace", change.Old);
                Place(json, "newPlace", change.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (report.Bump is { } bump)
            {
                json.WriteStartObject("bump");
                json.WriteString("required", bump.Required.Name());
                json.WriteString("made", bump.Made.Name());
                json.WriteBoolean("decreased", bump.Decreased);
                json.WriteBoolean("preReleaseCycle", bump.PreReleaseCycle);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("bump");
            }

            json.WriteStartArray("errors");
            foreach (var error in report.Errors)
            {
                Error(json, error);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            foreach (var change in new[] { ChangeClass.Breaking, ChangeClass.Additive, ChangeClass.Cosmetic })
            {
                json.WriteNumber(change.Name(), report.Changes.Count(c => c.Class == change));
            }

            json.WriteNumber("errors", report.Errors.Count);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Side(Utf8JsonWriter json, string name, string file, string? version)
    {
        json.WriteStartObject(name);
        json.WriteString("file", file);
        if (version is null)
        {
            json.WriteNull("version");
        }
        else
        {
            json.WriteString("version", LearnerText.Printable(version));
        }

        json.WriteEndObject();
    }

    private static void Place(Utf8JsonWriter json, string name, DiffPlace place)
    {
        json.WriteStartObject(name);
        json.WriteString("pointer", place.Pointer);
        json.WriteNumber("line", place.Span.Start.Line);
        json.WriteNumber("column", place.Span.Start.Column);
        json.WriteNumber("endLine", place.Span.End.Line);
        json.WriteNumber("endColumn", place.Span.End.Column);
        json.WriteEndObject();
    }

    private static void Error(Utf8JsonWriter json, Finding error)
    {
        json.WriteStartObject();
        json.WriteString("rule", error.Rule);
        json.WriteString("file", error.File);
        if (error.Line is { } line)
        {
            json.WriteNumber("line", line);
            json.WriteNumber("column", error.Column ?? 1);
        }

        json.WriteString("path", error.Path);
        json.WriteString("message", error.Message);
        if (error.Hint is { } hint)
        {
            json.WriteString("hint", hint);
        }

        json.WriteEndObject();
    }
}
