using System.Text;
using System.Text.Json;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;

namespace MeshGrader.Core.Class.Writers;

/// <summary>
/// The class JSON (<c>--class-json</c>): every submission with its scores, verdict, failed checks and
/// findings, described by <c>schemas/reports/class-report.schema.json</c>. A shard's partial result is
/// the same document with a <c>shard</c> object; <c>meshgrade merge</c> reads partials back with
/// <see cref="ClassJsonReader"/>.
/// </summary>
internal static class ClassJsonWriter
{
    /// <summary>The value of the <c>format</c> field, which tells a class report from any other JSON.</summary>
    public const string Format = "meshgrade-class-report";

    public const int Version = 1;

    public static void Write(ClassReport report, TextWriter output, ShardInfo? shard = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.Indented))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteStartObject("rubric");
            json.WriteString("name", report.Rubric.Name);
            json.WriteString("sha256", report.Rubric.Sha256);
            json.WriteEndObject();
            WriteLabs(json, report);
            if (report.MinScore is { } minimum)
            {
                json.WriteNumber("min_score", minimum);
            }
            else
            {
                json.WriteNull("min_score");
            }

            if (shard is not null)
            {
                json.WriteStartObject("shard");
                json.WriteNumber("index", shard.Index);
                json.WriteNumber("count", shard.Count);
                json.WriteNumber("class_size", shard.ClassSize);
                json.WriteString("class_sha256", shard.ClassSha256);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("shard");
            }

            WriteSummary(json, ClassStatistics.Summary(report));
            json.WriteStartArray("submissions");
            foreach (var submission in report.Submissions)
            {
                WriteSubmission(json, submission);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteLabs(Utf8JsonWriter json, ClassReport report)
    {
        json.WriteStartArray("labs");
        foreach (var lab in report.Labs)
        {
            json.WriteStartObject();
            json.WriteNumber("lab", lab.Id);
            json.WriteString("slug", lab.Slug);
            json.WriteString("title", lab.Title);
            json.WriteStartArray("steps");
            foreach (var step in lab.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step.Step);
                json.WriteString("title", step.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, ClassSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("submissions", summary.Submissions);
        json.WriteNumber("graded", summary.Graded);
        json.WriteNumber("not_graded", summary.NotGraded);
        json.WriteNumber("passed", summary.Passed);
        json.WriteNumber("not_passing", summary.NotPassing);
        WriteScore(json, "mean_score", summary.MeanScore);
        json.WriteEndObject();
    }

    private static void WriteSubmission(Utf8JsonWriter json, SubmissionRow submission)
    {
        json.WriteStartObject();
        json.WriteString("submission", submission.Path);
        json.WriteString("identity", submission.Identity);
        WriteText(json, "problem", submission.Problem);
        var grade = submission.Grade;
        WriteScore(json, "score", grade?.Score);
        json.WriteBoolean("passed", submission.Passed);
        json.WriteStartArray("labs");
        foreach (var lab in grade?.Labs ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("lab", lab.Lab);
            json.WriteNumber("score", lab.Score);
            json.WriteNumber("tasks_completed", lab.TasksCompleted);
            json.WriteNumber("tasks_total", lab.TasksTotal);
            json.WriteBoolean("completed", lab.Completed);
            json.WriteStartArray("steps");
            foreach (var step in lab.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step.Step);
                json.WriteBoolean("completed", step.Completed);
                json.WriteNumber("score", step.Score);
                json.WriteNumber("max_score", step.MaxScore);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("failed_checks");
        foreach (var rule in grade?.FailedChecks ?? [])
        {
            json.WriteStringValue(rule);
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in grade?.Findings ?? [])
        {
            JsonReportWriter.WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter json, string name, decimal? score)
    {
        if (score is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
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
}
