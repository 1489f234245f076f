using System.Text.Json;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Schemas.Validation;
using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Class;

/// <summary>A class report read back from its JSON, and the shard it holds when it is a partial result.</summary>
internal sealed record ClassJsonDocument(ClassReport Report, ShardInfo? Shard);

/// <summary>
/// Reads a class JSON written by <see cref="Writers.ClassJsonWriter"/> (a shard's partial result,
/// for <c>meshgrade merge</c>). The document is first held to the class report schema embedded in
/// the tool, so every field read below is there and of its type; anything else is refused with a
/// reason, never half-read.
/// </summary>
internal static class ClassJsonReader
{
    private const string SchemaResource = "reports/class-report.schema.json";

    private static readonly Lazy<SchemaValidator> Schema = new(() => SchemaValidator.Compile(JsonNode.Parse(SchemaText)));

    /// <summary>The class report schema as shipped (schemas/reports/class-report.schema.json).</summary>
    public static string SchemaText => EmbeddedResources.ReadText(SchemaResource);

    /// <exception cref="InvalidDataException">The text is not a class report; the message says where and why.</exception>
    public static ClassJsonDocument Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"it is not JSON (line {(ex.LineNumber ?? 0) + 1})");
        }

        if (root is not JsonObject document || document["format"]?.GetValueKind() != JsonValueKind.String || (string?)document["format"] != Writers.ClassJsonWriter.Format)
        {
            throw new InvalidDataException("it is not a meshgrade class report (no \"format\": \"meshgrade-class-report\")");
        }

        if (Schema.Value.Violations(document) is [var first, ..])
        {
            throw new InvalidDataException($"it does not follow the class report schema at '{LearnerText.Printable(first.Pointer, 200)}' ({first.Keyword})");
        }

        try
        {
            return FromValid(document);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidOperationException)
        {
            throw new InvalidDataException("a value in it cannot be read");
        }
    }

    private static ClassJsonDocument FromValid(JsonObject document)
    {
        var rubric = document["rubric"]!;
        var labs = document["labs"]!.AsArray().Select(lab => new ClassLab(
            Int(lab!["lab"]),
            Text(lab["slug"]),
            Text(lab["title"]),
            lab["steps"]!.AsArray().Select(step => new ClassStep(Int(step!["step"]), Text(step["title"]))).ToArray())).ToArray();
        var report = new ClassReport(
            new RubricStamp(Text(rubric["name"]), Text(rubric["sha256"])),
            labs,
            Score(document["min_score"]),
            document["submissions"]!.AsArray().Select(Submission).ToArray());
        var shard = document["shard"] is JsonObject s
            ? new ShardInfo(Int(s["index"]), Int(s["count"]), Int(s["class_size"]), Text(s["class_sha256"]))
            : null;
        return new ClassJsonDocument(report, shard);
    }

    private static SubmissionRow Submission(JsonNode? submission)
    {
        var problem = OptionalText(submission!["problem"]);
        var grade = problem is null && Score(submission["score"]) is { } score
            ? new SubmissionGrade(
                score,
                submission["passed"]!.GetValue<bool>(),
                submission["labs"]!.AsArray().Select(Lab).ToArray(),
                submission["findings"]!.AsArray().Select(Finding).ToArray())
            : null;
        return new SubmissionRow(Text(submission["submission"]), Text(submission["identity"]), grade, problem ?? (grade is null ? "it was not graded" : null));
    }

    private static LabGrade Lab(JsonNode? lab) =>
        new(Int(lab!["lab"]), Score(lab["score"])!.Value, Int(lab["tasks_completed"]), Int(lab["tasks_total"]), lab["completed"]!.GetValue<bool>(),
            lab["steps"]!.AsArray().Select(step => new StepGrade(Int(step!["step"]), step["completed"]!.GetValue<bool>(), Score(step["score"])!.Value, Score(step["max_score"])!.Value)).ToArray());

    private static Finding Finding(JsonNode? finding) =>
        new(Text(finding!["rule"]), SeverityOf(Text(finding["severity"])), Text(finding["message"]), OptionalText(finding["hint"]), OptionalText(finding["file"]),
            OptionalInt(finding["line"]), OptionalInt(finding["column"]), OptionalInt(finding["end_line"]), OptionalInt(finding["end_column"]),
            OptionalText(finding["path"]), OptionalInt(finding["lab"]), OptionalInt(finding["step"]), Check: null);

    /// <summary>The severity a word names; the schema allowed only these three.</summary>
    private static Severity SeverityOf(string word) => word switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static string? OptionalText(JsonNode? node) => node?.GetValue<string>();

    private static int Int(JsonNode? node) => IntOf(node!);

    private static int? OptionalInt(JsonNode? node) => node is null ? null : IntOf(node);

    /// <summary>An integer the schema allowed: it may be written 3.0, and a count past int's range is refused.</summary>
    private static int IntOf(JsonNode node)
    {
        var value = node.GetValue<decimal>();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("a number in it is out of range");
    }

    /// <summary>Scores as the writer writes them, whatever digits the document used (100.0 is 100).</summary>
    private static decimal? Score(JsonNode? node) => node is null ? null : ClassProjection.Score(node.GetValue<decimal>());
}
