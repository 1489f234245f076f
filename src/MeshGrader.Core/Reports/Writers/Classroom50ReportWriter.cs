using System.Text;
using System.Text.Json;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// The <c>result.json</c> a Classroom 50 autograder leaves in the student's checkout, contract
/// <c>classroom50/result/v1</c> (foundation50/classroom50, wiki Advanced-Autograding.md and
/// schemas/result-v1.schema.json): the submission's identity, <c>score</c>, <c>max-score</c> and
/// one test per (lab, step) with <c>test-name</c>, <c>passed</c>, <c>score</c>, <c>max-score</c>, and
/// the step's feedback as <c>output</c> (the contract keeps extra fields of a test as they are).
/// </summary>
/// <remarks>
/// <para>
/// The contract's scores are whole numbers (its schema says integer, and the runner refuses a result
/// with any other), while a step is worth 16.7 points. So points are counted in tenths: each step's
/// share from <see cref="PointsApportionment"/> (one decimal, adding up exactly to the lab's score of
/// the text report) times ten. A lab is worth 1000; 731 of 1000 is the text report's 73.1/100.
/// </para>
/// <para>
/// <c>datetime</c> (the graded commit's committer date) and <c>graded_at</c> are left out: meshgrade
/// does not read the repository's history or stamp a clock, and the runner stamps both, with
/// <c>owner</c> and <c>assignment_type</c>, before it checks the result. Identity the environment does
/// not give is left out too (see <see cref="Classroom50Submission"/>).
/// </para>
/// </remarks>
internal sealed class Classroom50ReportWriter(Classroom50Submission submission, ArtifactPaths paths) : IReportWriter
{
    public const string Schema = "classroom50/result/v1";

    /// <summary>Where the runner reads the result: the working folder, which is the student's checkout.</summary>
    public const string FileName = "result.json";

    private const int TenthsPerPoint = 10;

    public void Write(GradingReport report, TextWriter output)
    {
        var tests = report.Labs.SelectMany(lab => PointsApportionment.Of(lab).Select(points => (Lab: lab, Points: points))).ToArray();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJson.Indented))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            WriteKnown(json, "classroom", submission.Classroom);
            WriteKnown(json, "assignment", submission.Assignment);
            WriteKnown(json, "assignment_type", submission.AssignmentType);
            WriteKnown(json, "owner", submission.Owner);
            WriteKnown(json, "submission", submission.Submission);
            WriteKnown(json, "commit", submission.Commit);
            WriteKnown(json, "release", submission.Release);
            WriteKnown(json, "review", submission.Review);
            json.WriteNumber("score", tests.Sum(t => Tenths(t.Points.Earned)));
            json.WriteNumber("max-score", tests.Sum(t => Tenths(t.Points.Max)));
            json.WriteStartArray("tests");
            foreach (var (lab, points) in tests)
            {
                json.WriteStartObject();
                json.WriteString("test-name", StepPoints.TestName(lab, points.Step));
                json.WriteBoolean("passed", points.Passed);
                json.WriteNumber("score", Tenths(points.Earned));
                json.WriteNumber("max-score", Tenths(points.Max));
                json.WriteString("output", FindingText.StepFeedback(report.FindingsOf(lab, points.Step), paths));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Points of one decimal as whole tenths; exact, since the apportionment deals in tenths.</summary>
    private static int Tenths(decimal points) => decimal.ToInt32(points * TenthsPerPoint);

    private static void WriteKnown(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
