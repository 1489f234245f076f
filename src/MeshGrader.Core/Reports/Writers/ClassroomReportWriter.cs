using System.Globalization;
using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// The GitHub Classroom autograding result that classroom-resources/autograding-grading-reporter@v1
/// reads from a step output: base64 (one line, no wrapping) of
/// <c>{"version":1,"status":...,"max_score":...,"tests":[...]}</c>.
/// </summary>
/// <remarks>
/// One test per (lab, step) with the points it earned, so partial credit reaches Classroom (the
/// reporter adds up <c>tests[].score</c>). Points come from <see cref="PointsApportionment"/>, so they
/// add up exactly to the lab scores of the text report. <c>max_score</c> is 100 per graded lab:
/// Classroom then shows the sum of the lab scores out of 100 × labs, whose ratio is the overall score.
/// </remarks>
internal sealed class ClassroomReportWriter(ArtifactPaths paths) : IReportWriter
{
    public const int PointsPerLab = 100;

    private static readonly JsonWriterOptions Options = ReportJson.Compact;

    public void Write(GradingReport report, TextWriter output) => output.WriteLine(Result(report));

    /// <summary>The base64 value of the <c>result</c> output.</summary>
    public string Result(GradingReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("status", report.AllCompleted ? "pass" : "fail");
            json.WriteNumber("max_score", PointsPerLab * report.Labs.Count);
            json.WriteStartArray("tests");
            foreach (var lab in report.Labs)
            {
                foreach (var points in PointsApportionment.Of(lab))
                {
                    WriteTest(json, report, lab, points);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The result of a run that failed inside the grader: status "error", which the reporter prints with its message.</summary>
    public static string ErrorResult(string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("status", "error");
            json.WriteNumber("max_score", PointsPerLab);
            json.WriteStartArray("tests");
            json.WriteStartObject();
            json.WriteString("name", "meshgrade");
            json.WriteString("status", "error");
            json.WriteNumber("score", 0);
            json.WriteString("message", message);
            json.WriteNumber("line_no", 0);
            json.WriteString("filename", string.Empty);
            json.WriteString("test_code", "meshgrade check");
            json.WriteNumber("duration", 0);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    private void WriteTest(Utf8JsonWriter json, GradingReport report, LabReport lab, StepPoints points)
    {
        var step = points.Step;
        var findings = report.FindingsOf(lab, step).ToArray();
        var errors = findings.Where(f => f.Severity == Severity.Error).ToArray();
        var first = errors.FirstOrDefault();
        json.WriteStartObject();
        json.WriteString("name", StepPoints.TestName(lab, step));
        json.WriteString("status", points.Passed ? "pass" : "fail");
        json.WriteNumber("score", points.Earned);
        json.WriteString("message", string.Join('\n', [$"{points.Earned.ToString(CultureInfo.InvariantCulture)}/{points.Max.ToString(CultureInfo.InvariantCulture)} points", .. errors.Select(f => FindingText.WithHint(f, paths))]));

        // The reporter prints "line N" whenever line_no is not 0, so 0 means "no line".
        json.WriteNumber("line_no", first?.Line ?? 0);
        json.WriteString("filename", paths.Of(first?.File ?? step.File));

        // The reporter shows this as "Test code:"; the failing rules are what `meshgrade explain` takes.
        json.WriteString("test_code", string.Join(' ', errors.Select(f => f.Rule).Distinct()));

        // Steps are graded together and not timed one by one.
        json.WriteNumber("duration", 0);
        json.WriteEndObject();
    }
}
