using System.Text.Json.Nodes;
using System.Xml.Linq;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Tests;

/// <summary>--rubric, --rubric-sha256 and <c>meshgrade rubric</c>, as an instructor meets them.</summary>
public sealed class RubricCommandTests
{
    private const string Strict = "name: Strict contracts\nlabs:\n  data-mesh:\n    checks:\n      DM-301: { minimum: 96 }\n";

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Samples, name);

    [Fact]
    public void PrintedDefaultRubric_IsTheDefaultAndGradesWithTheDefaultStamp()
    {
        using var folder = new TemporaryFolder();
        var printed = CliRun.Of("rubric", "--print");
        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(DefaultRubric.Text, printed.Out);
        File.WriteAllText(folder["rubric.yaml"], printed.Out);

        var plain = JsonNode.Parse(CliRun.Of("check", Sample("complete"), "--format", "json").Out)!;
        var named = JsonNode.Parse(CliRun.Of("check", Sample("complete"), "--format", "json", "--rubric", folder["rubric.yaml"]).Out)!;

        Assert.Equal(plain.ToJsonString(), named.ToJsonString());
        Assert.Equal("default", (string?)plain["rubric"]!["name"]);
        Assert.Equal(DefaultRubric.Rubric.Stamp.Sha256, (string?)plain["rubric"]!["sha256"]);
    }

    [Fact]
    public void RubricSchemaCommand_WritesTheShippedSchema()
    {
        var run = CliRun.Of("rubric", "--schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "rubric.schema.json")), run.Out);
    }

    [Theory]
    [InlineData]
    [InlineData("--print", "--schema")]
    public void RubricCommandWithoutExactlyOneChoice_ExitsTwo(params string[] options)
    {
        Assert.Equal((int)ExitCode.UsageError, CliRun.Of(["rubric", .. options]).ExitCode);
    }

    [Fact]
    public void StricterThreshold_FailsTheCompleteSampleOnThatCheckAndStampsEveryReport()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["strict.yaml"], Strict);
        var sha = RubricReaderSha(Strict);

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(),
            "check", Sample("complete"), "--lab", "16", "--rubric", "strict.yaml",
            "--format", "text", "--format", "json=r.json", "--format", "sarif=r.sarif", "--format", "junit=r.xml");

        Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
        Assert.Contains("[DM-301]", run.Out, StringComparison.Ordinal);
        Assert.Contains($"Rubric: Strict contracts (sha256 {sha})", run.Out, StringComparison.Ordinal);
        var json = JsonNode.Parse(File.ReadAllText(folder["r.json"]))!;
        Assert.Equal(["DM-301"], json["findings"]!.AsArray().Select(f => (string?)f!["rule"]));
        Assert.Equal(sha, (string?)json["rubric"]!["sha256"]);
        var sarif = JsonNode.Parse(File.ReadAllText(folder["r.sarif"]))!;
        Assert.Equal(sha, (string?)sarif["runs"]![0]!["properties"]!["rubricSha256"]);
        Assert.Equal("Strict contracts", (string?)sarif["runs"]![0]!["properties"]!["rubric"]);
        var junit = XDocument.Load(folder["r.xml"]);
        Assert.All(junit.Descendants("testsuite"), suite =>
            Assert.Equal(sha, suite.Element("properties")!.Elements("property").Single(p => (string?)p.Attribute("name") == "rubric.sha256").Attribute("value")!.Value));
    }

    [Fact]
    public void RubricWithMistakes_ExitsTwoWithEachMistakeLocated()
    {
        using var folder = new TemporaryFolder();
        const string Yaml = "labs:\n  data-mesh:\n    checks:\n      DM-999: { off: true }\n    steps:\n      2: -3\n";
        File.WriteAllText(folder["rubric.yaml"], Yaml);

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", Sample("complete"), "--rubric", "rubric.yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("rubric.yaml:4:7  error  Unknown key 'DM-999'", run.Error, StringComparison.Ordinal);
        Assert.Contains("rubric.yaml:6:10  error  ", run.Error, StringComparison.Ordinal);
        Assert.Contains("[MG-301]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongRubricSha256_ExitsTwoAndTheRightOneGrades()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["strict.yaml"], Strict);

        var wrong = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", Sample("complete"), "--rubric", "strict.yaml", "--rubric-sha256", new string('0', 64));
        var right = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", Sample("complete"), "--rubric", "strict.yaml", "--rubric-sha256", RubricReaderSha(Strict).ToUpperInvariant());

        Assert.Equal((int)ExitCode.UsageError, wrong.ExitCode);
        Assert.Contains("SHA-256", wrong.Error, StringComparison.Ordinal);
        Assert.Equal((int)ExitCode.NotPassing, right.ExitCode);
    }

    [Fact]
    public void RubricSha256WithoutARubric_PinsTheDefaultRubric()
    {
        Assert.Equal(0, CliRun.Of("check", Sample("complete"), "--rubric-sha256", DefaultRubric.Rubric.Stamp.Sha256).ExitCode);
        Assert.Equal((int)ExitCode.UsageError, CliRun.Of("check", Sample("complete"), "--rubric-sha256", "abc").ExitCode);
    }

    [Fact]
    public void RubricInsideTheSubmission_IsRefused()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("complete", "alice");
        File.WriteAllText(Path.Combine(submission, "rubric.yaml"), "pass_mark: 0\n");

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", "alice", "--rubric", "alice/rubric.yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("inside the submission folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRubricFile_ExitsTwo()
    {
        var run = CliRun.Of("check", Sample("complete"), "--rubric", "/no/such/rubric.yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pass_mark: 90\n", 0)]
    [InlineData("pass_mark: 99\n", 1)]
    public void PassMark_DecidesPassingUnlessMinScoreIsGiven(string yaml, int expected)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["rubric.yaml"], yaml);

        var byRubric = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", Sample("data-mesh-threshold-too-low"), "--rubric", "rubric.yaml");
        var byOption = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", Sample("data-mesh-threshold-too-low"), "--rubric", "rubric.yaml", "--min-score", "0");

        Assert.Equal(expected, byRubric.ExitCode);
        Assert.Equal(0, byOption.ExitCode);
    }

    [Fact]
    public void RequiredLabs_AreGradedEvenWhenTheirFilesAreMissing()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("complete", "bob");
        File.Delete(Path.Combine(submission, "mlops.yaml"));
        File.WriteAllText(folder["rubric.yaml"], "required_labs: [data-mesh, mlops]\n");

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", "bob", "--rubric", "rubric.yaml", "--format", "json");

        Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
        var labs = JsonNode.Parse(run.Out)!["labs"]!.AsArray();
        Assert.Equal([16, 17], labs.Select(l => (int)l!["lab"]!));
        Assert.Equal(0m, (decimal)labs[1]!["score"]!);
    }

    private static string RubricReaderSha(string text) => RubricReader.Sha256(System.Text.Encoding.UTF8.GetBytes(text));
}
