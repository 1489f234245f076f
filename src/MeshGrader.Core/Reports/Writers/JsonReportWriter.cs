using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>The machine contract (spec section 7): field names and meanings are stable.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = ReportJson.Indented;

    public void Write(GradingReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("score", ScoreFormat.Round(report.Score));
            json.WriteBoolean("completed", report.AllCompleted);
            json.WriteStartArray("labs");
            foreach (var lab in report.Labs)
            {
                WriteLab(json, lab);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteStartObject("rubric");
            json.WriteString("name", report.Rubric.Name);
            json.WriteString("sha256", report.Rubric.Sha256);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteLab(Utf8JsonWriter json, LabReport lab)
    {
        json.WriteStartObject();
        json.WriteNumber("lab", lab.Lab.Id);
        json.WriteString("slug", lab.Lab.Slug);
        json.WriteString("title", lab.Lab.Title);
        json.WriteNumber("score", ScoreFormat.Round(lab.Score));
        json.WriteNumber("tasks_completed", lab.TasksCompleted);
        json.WriteNumber("tasks_total", lab.TasksTotal);
        json.WriteBoolean("completed", lab.Completed);
        json.WriteStartArray("steps");
        foreach (var step in lab.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("step", step.Step);
            json.WriteString("title", step.Title);
            json.WriteString("file", step.File);
            json.WriteBoolean("completed", step.Completed);
            json.WriteNumber("score", ScoreFormat.Round(step.Score));
            json.WriteNumber("max_score", ScoreFormat.Round(step.MaxScore));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A finding as spec section 7 has it; the class JSON writes its findings the same way.</summary>
    internal static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.Rule);
        json.WriteString("severity", FindingText.SeverityWord(finding.Severity));
        json.WriteString("message", finding.Message);
        WriteNullable(json, "hint", finding.Hint);
        WriteNullable(json, "file", finding.File);
        WriteNullable(json, "line", finding.Line);
        WriteNullable(json, "column", finding.Column);
        WriteNullable(json, "end_line", finding.EndLine);
        WriteNullable(json, "end_column", finding.EndColumn);
        WriteNullable(json, "path", finding.Path);
        WriteNullable(json, "lab", finding.Lab);
        WriteNullable(json, "step", finding.Step);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
