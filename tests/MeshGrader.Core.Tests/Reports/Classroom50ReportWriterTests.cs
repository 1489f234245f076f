using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Reports;

/// <summary>
/// Classroom 50's result.json: valid under the documented contract (TestData, written from the
/// contract's page and its runner's checks), scored in whole tenths that add up to the text report,
/// and identified only by what the runner's environment says.
/// </summary>
public sealed class Classroom50ReportWriterTests
{
    private const string Empty = "(empty submission)";

    /// <summary>What the runner gives an autograder for a student's submission, as on the contract's page.</summary>
    private static readonly Classroom50Submission Runner = new(
        "data-eng-2026",
        "lab-16",
        "individual",
        "alice",
        "submit/2026-12-01T14-32-05Z-a1b2c3d",
        "https://github.com/course/data-eng-2026-lab-16-alice/commit/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
        "https://github.com/course/data-eng-2026-lab-16-alice/releases/tag/submit%2F2026-12-01T14-32-05Z-a1b2c3d",
        "https://github.com/course/data-eng-2026-lab-16-alice/compare/0123456789abcdef0123456789abcdef01234567...a1b2c3d4e5f60718293a4b5c6d7e8f9012345678");

    private static readonly Lazy<JsonSchema> Contract = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "classroom50-result-v1.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>A complete submission, one with a mistake in every step and a missing file, and one with no file at all.</summary>
    public static TheoryData<string> Submissions() => ["complete", "data-mesh-one-mistake-per-step", Empty];

    public static TheoryData<string> Samples() => ["complete", "data-mesh-one-mistake-per-step", "data-mesh-missing-section", "data-mesh-misspelt-key-and-choice"];

    [Theory]
    [MemberData(nameof(Submissions))]
    public void Result_ValidatesAgainstTheContractOnceTheRunnerStampsItsFields(string submission)
    {
        var result = Stamped(Result(ReportOf(submission), Runner));

        Assert.Empty(ContractErrors(result));
        var tests = result["tests"]!.AsArray();
        Assert.Equal((int)result["score"]!, tests.Sum(t => (int)t!["score"]!));
        Assert.Equal((int)result["max-score"]!, tests.Sum(t => (int)t!["max-score"]!));
        Assert.All(tests, t => Assert.InRange((int)t!["score"]!, 0, (int)t["max-score"]!));
    }

    [Fact]
    public void ContractSchema_RejectsFractionalPointsAMissingIdentityAndAnUnknownField()
    {
        // The validation above means something only if the schema refuses what the runner refuses.
        var valid = Stamped(Result(ReportOf("data-mesh-one-mistake-per-step"), Runner));
        Assert.Empty(ContractErrors(valid));

        var fractional = valid.DeepClone();
        fractional["tests"]![0]!["score"] = 12.5m;
        var anonymous = valid.DeepClone().AsObject();
        anonymous.Remove("classroom");
        var unknown = valid.DeepClone();
        unknown["points"] = 73.1m;

        Assert.NotEmpty(ContractErrors(fractional));
        Assert.NotEmpty(ContractErrors(anonymous));
        Assert.NotEmpty(ContractErrors(unknown));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Result_CountsTheTextReportPointsInWholeTenths(string sample)
    {
        var report = ReportSamples.Of(sample);

        var text = Render(report, Runner);

        var result = JsonNode.Parse(text)!;
        var tests = result["tests"]!.AsArray();
        Assert.Equal(6, tests.Count);
        Assert.Equal(ReportSamples.TextReportPoints(report) * 10, (int)result["score"]!);
        Assert.Equal(1000, (int)result["max-score"]!);
        Assert.Equal(report.Labs[0].Steps.Select(s => s.Completed), tests.Select(t => (bool)t!["passed"]!));
        Assert.All(tests.Where(t => (bool)t!["passed"]!), t => Assert.Equal((int)t!["max-score"]!, (int)t["score"]!));

        // The runner reads scores with Python's json, where 731.0 is a float it refuses: no number has a point.
        using var document = JsonDocument.Parse(text);
        Assert.All(Numbers(document.RootElement), number => Assert.DoesNotContain('.', number));
    }

    [Fact]
    public void TwoLabs_AreWorthAThousandTenthsEachAndAddUpToBothLabScores()
    {
        var one = ReportSamples.Of("data-mesh-one-mistake-per-step");
        var two = ReportSamples.Of("data-mesh-missing-section");
        var report = new GradingReport((one.Score + two.Score) / 2, [.. one.Labs, .. two.Labs], [.. one.Findings, .. two.Findings]);

        var result = Result(report, Runner);

        Assert.Equal(2000, (int)result["max-score"]!);
        Assert.Equal(731 + 833, (int)result["score"]!);
    }

    [Fact]
    public void Test_IsNamedLikeTheOtherAutogradersWithTheStepsFeedback()
    {
        var tests = Result(ReportOf("data-mesh-missing-section"), Runner)["tests"]!.AsArray();

        var platform = tests.Single(t => (string?)t!["test-name"] == "Lab 16 Step 4: Configure Self-Serve Platform")!;
        Assert.False((bool)platform["passed"]!);
        Assert.Equal(0, (int)platform["score"]!);
        var mapping = ReportSamples.PositionIn("data-mesh-missing-section", "domain.yaml", "domain:");
        Assert.Contains($"domain.yaml:{mapping.Line}:{mapping.Column} error: The section 'platform' is missing", (string?)platform["output"], StringComparison.Ordinal);
        var domain = tests.Single(t => (string?)t!["test-name"] == "Lab 16 Step 1: Define Data Domain")!;
        Assert.True((bool)domain["passed"]!);
        Assert.Equal("All checks of this step pass.", (string?)domain["output"]);
    }

    [Fact]
    public void Identity_ComesFromTheRunnersVariables()
    {
        var variables = new Dictionary<string, string>
        {
            ["CLASSROOM"] = "data-eng-2026",
            ["ASSIGNMENT"] = "lab-16",
            ["ASSIGNMENT_TYPE"] = "group",
            ["USERNAME"] = "group-3",
            ["SUBMISSION_TAG"] = "submit/2026-12-01T14-32-05Z-a1b2c3d",
            ["COMMIT_URL"] = "https://github.com/course/r/commit/a1b2c3d",
            ["RELEASE_URL"] = "https://github.com/course/r/releases/tag/submit%2F2026-12-01T14-32-05Z-a1b2c3d",
            ["REVIEW_URL"] = " ",
        };

        var identity = Classroom50Submission.FromEnvironment(variables.GetValueOrDefault);

        Assert.Equal(
            new Classroom50Submission("data-eng-2026", "lab-16", "group", "group-3", "submit/2026-12-01T14-32-05Z-a1b2c3d",
                "https://github.com/course/r/commit/a1b2c3d", "https://github.com/course/r/releases/tag/submit%2F2026-12-01T14-32-05Z-a1b2c3d",
                "https://github.com/course/r/commit/a1b2c3d"),
            identity);
        Assert.Equal("alice", Classroom50Submission.FromEnvironment(new Dictionary<string, string> { ["OWNER"] = "alice", ["USERNAME"] = "bob" }.GetValueOrDefault).Owner);
    }

    [Fact]
    public void OutsideTheRunner_TheResultHoldsTheGradeAndNoGuessedIdentity()
    {
        var result = Result(ReportOf("complete"), Classroom50Submission.FromEnvironment(_ => null)).AsObject();

        Assert.Equal(["schema", "score", "max-score", "tests"], result.Select(p => p.Key));
        Assert.Equal("classroom50/result/v1", (string?)result["schema"]);
        Assert.Equal(1000, (int)result["score"]!);
    }

    [Fact]
    public void LearnerText_NeverReachesATestNameOrTheResultsShape()
    {
        // Text aimed at the JSON (a forged score, a closing quote), the runner's log and release body
        // (a workflow command, a table pipe, a line break) and the terminal.
        const string hostile = "\\\", \\\"score\\\": 1000, \\\"x\\\": \\\"\\n::error::forged | ##[set-output name=score]1000 \\e[31m \\u202E";
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "name: sales-analytics", $"name: \"{hostile}\"")
            .Replace("domain.yaml", "domain:", "\"::stop-commands::token | Lab 99\": 1\ndomain:");
        var report = submission.Grade(16);

        var text = Render(report, Runner);

        var result = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["schema", "classroom", "assignment", "assignment_type", "owner", "submission", "commit", "release", "review", "score", "max-score", "tests"], result.Select(p => p.Key));
        Assert.Equal(LabCatalog.Find("16")!.Steps.Select(s => $"Lab 16 Step {s.Number}: {s.Title}"), result["tests"]!.AsArray().Select(t => (string?)t!["test-name"]));
        Assert.All(result["tests"]!.AsArray(), t => Assert.Equal(["test-name", "passed", "score", "max-score", "output"], t!.AsObject().Select(p => p.Key)));
        Assert.Equal(ReportSamples.TextReportPoints(report) * 10, (int)result["score"]!);
        Assert.Contains("forged", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line =>
        {
            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line);
            Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', line);
            Assert.DoesNotContain('\u202E', line);
        });
    }

    private static GradingReport ReportOf(string submission)
    {
        if (submission != Empty)
        {
            return ReportSamples.Of(submission);
        }

        using var empty = new TemporarySubmission();
        return empty.Grade(16);
    }

    private static string Render(GradingReport report, Classroom50Submission identity) =>
        ReportSamples.Render(new Classroom50ReportWriter(identity, ArtifactPaths.SubmissionRoot), report);

    private static JsonNode Result(GradingReport report, Classroom50Submission identity) => JsonNode.Parse(Render(report, identity))!;

    /// <summary>What the runner does before it checks a result: owner, assignment_type and the two instants are its own.</summary>
    private static JsonNode Stamped(JsonNode result)
    {
        result["owner"] = "alice";
        result["assignment_type"] = "individual";
        result["datetime"] = "2026-12-01T14:32:01Z";
        result["graded_at"] = "2026-12-01T14:33:11Z";
        return result;
    }

    private static IReadOnlyList<string> ContractErrors(JsonNode result)
    {
        using var document = JsonDocument.Parse(result.ToJsonString());
        var evaluation = Contract.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return evaluation.IsValid
            ? []
            : (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}").DefaultIfEmpty("does not validate").ToArray();
    }

    /// <summary>Every number of a JSON document as it is written.</summary>
    private static IEnumerable<string> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        _ => [],
    };
}
