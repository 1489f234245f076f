using System.Globalization;
using System.Text;
using System.Text.Json;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// Gradescope's results.json (gradescope/autograder_samples docs/specs.md): one visible test per
/// (lab, step), numbered "LAB.STEP", with points from <see cref="PointsApportionment"/> so the total
/// is exactly the sum of the lab scores of the text report (set the assignment's points to 100 per lab).
/// </summary>
internal sealed class GradescopeReportWriter(ArtifactPaths paths) : IReportWriter
{
    private static readonly JsonWriterOptions Options = ReportJson.Indented;

    public void Write(GradingReport report, TextWriter output)
    {
        var labs = report.Labs.Select(lab => (Lab: lab, Points: PointsApportionment.Of(lab))).ToArray();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("score", labs.Sum(l => l.Points.Sum(p => p.Earned)));
            json.WriteNumber("execution_time", (int)Math.Ceiling(report.Elapsed.TotalSeconds));
            json.WriteString("output", string.Join('\n', report.Labs.Select(lab =>
                $"Lab {lab.Lab.Id.ToString(CultureInfo.InvariantCulture)}: {lab.Lab.Title}: {ScoreFormat.Text(lab.Score)}/100, "
                + $"{lab.TasksCompleted.ToString(CultureInfo.InvariantCulture)}/{lab.TasksTotal.ToString(CultureInfo.InvariantCulture)} tasks completed")));
            json.WriteStartArray("tests");
            foreach (var (lab, points) in labs)
            {
                foreach (var step in points)
                {
                    json.WriteStartObject();
                    json.WriteString("name", StepPoints.TestName(lab, step.Step));
                    json.WriteString("number", string.Create(CultureInfo.InvariantCulture, $"{lab.Lab.Id}.{step.Step.Step}"));
                    json.WriteNumber("score", step.Earned);
                    json.WriteNumber("max_score", step.Max);
                    json.WriteString("status", step.Passed ? "passed" : "failed");
                    json.WriteString("output", FindingText.StepFeedback(report.FindingsOf(lab, step.Step), paths));
                    json.WriteString("visibility", "visible");
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
