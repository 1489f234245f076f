using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Cli.Tests;

public sealed class CiFormatTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void OneRun_WritesTextToTheTerminalAndSarifJUnitClassroomFiles()
    {
        using var repository = new TemporaryFolder();
        repository.CopySample("data-mesh-one-mistake-per-step", "labs/alice");

        var run = CliRun.In(repository.Root, NoVariables, "check", "labs/alice",
            "--format", "text", "--format", "sarif=results.sarif", "--format", "junit=results.xml", "--format", "classroom=classroom.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Score: 73.1/100", run.Out, StringComparison.Ordinal);
        var sarif = JsonNode.Parse(File.ReadAllText(repository["results.sarif"]))!;
        Assert.Equal(6, sarif["runs"]![0]!["results"]!.AsArray().Count);
        Assert.Equal("labs/alice/domain.yaml", (string?)sarif["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal(6, XDocument.Load(repository["results.xml"]).Descendants("failure").Count());
        var classroom = Decode(File.ReadAllText(repository["classroom.txt"]).Trim());
        Assert.Equal(73.1m, classroom["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
    }

    [Fact]
    public void BaseDir_MakesPathsRelativeToTheRepositoryRoot()
    {
        using var repository = new TemporaryFolder();
        var submission = repository.CopySample("data-mesh-missing-section", "course/week3");

        var run = CliRun.In(submission, NoVariables, "check", ".", "--base-dir", "../..", "--format", "github");

        // The missing section is reported on the file's mapping, which starts at its first key.
        var mapping = TextPosition.InFile(Path.Combine(submission, "domain.yaml"), "domain:");
        Assert.StartsWith($"::error file=course/week3/domain.yaml,line={mapping.Line},", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmissionOutsideBaseDir_NamesFilesFromTheSubmission()
    {
        using var repository = new TemporaryFolder();
        repository.CopySample("data-mesh-one-mistake-per-step", "submission");
        Directory.CreateDirectory(repository["other"]);

        var run = CliRun.In(repository.Root, NoVariables, "check", "submission", "--base-dir", "other", "--format", "sarif");

        Assert.Equal(1, run.ExitCode);
        var uris = JsonNode.Parse(run.Out)!["runs"]![0]!["results"]!.AsArray().Select(r => (string)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!).Distinct().Order().ToArray();
        Assert.Equal(["contract.yaml", "domain.yaml"], uris);
    }

    [Fact]
    public void GitHubFormat_SharesTheTerminalAndFillsStepSummaryAndOutputs()
    {
        using var repository = new TemporaryFolder();
        repository.CopySample("data-mesh-missing-section", "submission");
        File.WriteAllText(repository["summary.md"], "earlier step\n");
        var variables = new Dictionary<string, string> { ["GITHUB_OUTPUT"] = repository["output"], ["GITHUB_STEP_SUMMARY"] = repository["summary.md"] };

        var run = CliRun.In(repository.Root, variables, "check", "submission", "--format", "text", "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Score: 83.3/100", run.Out, StringComparison.Ordinal);
        var mapping = TextPosition.InFile(repository["submission/domain.yaml"], "domain:");
        Assert.Contains($"::error file=submission/domain.yaml,line={mapping.Line},col={mapping.Column},", run.Out, StringComparison.Ordinal);
        Assert.Equal("score=83.3\nresult=failed\n", File.ReadAllText(repository["output"]));
        var summary = File.ReadAllText(repository["summary.md"]);
        Assert.StartsWith("earlier step\n## ❌ meshgrade: score 83.3/100", summary, StringComparison.Ordinal);
        Assert.Contains("| ❌ | Step 4: Configure Self-Serve Platform | 0/16.7 |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHubResult_FollowsMinScore()
    {
        using var repository = new TemporaryFolder();
        repository.CopySample("data-mesh-missing-section", "submission");
        var variables = new Dictionary<string, string> { ["GITHUB_OUTPUT"] = repository["output"] };

        var run = CliRun.In(repository.Root, variables, "check", "submission", "--format", "github", "--min-score", "80");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("score=83.3\nresult=passed\n", File.ReadAllText(repository["output"]));
    }

    [Fact]
    public void ClassroomWithGitHub_ResultOutputIsTheClassroomResultWrittenOnce()
    {
        using var repository = new TemporaryFolder();
        repository.CopySample("data-mesh-one-mistake-per-step", "submission");
        var variables = new Dictionary<string, string> { ["GITHUB_OUTPUT"] = repository["output"] };

        var run = CliRun.In(repository.Root, variables, "check", "submission", "--format", "github", "--format", "classroom", "--min-score", "0");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(repository["output"]);
        Assert.Equal(["score", "result"], lines.Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]));
        var result = Decode(lines[1]["result=".Length..]);
        Assert.Equal(100, (int)result["max_score"]!);
        Assert.Equal(73.1m, result["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
    }

    [Fact]
    public void ClassroomWithoutGitHubOutputOrFile_IsAUsageErrorBeforeGrading()
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, "complete"), "--format", "classroom");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$GITHUB_OUTPUT", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Gradescope_WritesResultsJsonIntoTheResultsFolder()
    {
        using var autograder = new TemporaryFolder();
        var submission = autograder.CopySample("data-mesh-one-mistake-per-step", "submission");

        var run = CliRun.InAutograder(autograder.Root, autograder.Root, "check", submission, "--format", "text", "--format", "gradescope");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Score: 73.1/100", run.Out, StringComparison.Ordinal);
        var results = JsonNode.Parse(File.ReadAllText(autograder["results.json"]))!;
        Assert.Equal(73.1m, (decimal)results["score"]!);
    }

    [Fact]
    public void GradescopeWithoutResultsFolder_AsksForAFile()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.InAutograder(folder.Root, folder["missing"], "check", Path.Combine(RepositoryPaths.Samples, "complete"), "--format", "gradescope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format gradescope=results.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Classroom50_WritesResultJsonIntoTheWorkingFolderWithTheRunnersIdentity()
    {
        using var checkout = new TemporaryFolder();
        checkout.CopySample("data-mesh-one-mistake-per-step", "submission");
        var runner = new Dictionary<string, string>
        {
            ["CLASSROOM"] = "data-eng-2026",
            ["ASSIGNMENT"] = "lab-16",
            ["OWNER"] = "alice",
            ["ASSIGNMENT_TYPE"] = "individual",
            ["SUBMISSION_TAG"] = "submit/2026-12-01T14-32-05Z-a1b2c3d",
            ["COMMIT_URL"] = "https://github.com/course/data-eng-2026-lab-16-alice/commit/a1b2c3d",
            ["RELEASE_URL"] = "https://github.com/course/data-eng-2026-lab-16-alice/releases/tag/submit%2F2026-12-01T14-32-05Z-a1b2c3d",
        };

        var run = CliRun.In(checkout.Root, runner, "check", "submission", "--lab", "16", "--format", "text", "--format", "classroom50", "--min-score", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Score: 73.1/100", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(checkout["submission/result.json"]));
        var result = JsonNode.Parse(File.ReadAllText(checkout["result.json"]))!;
        Assert.Equal("classroom50/result/v1", (string?)result["schema"]);
        Assert.Equal("data-eng-2026", (string?)result["classroom"]);
        Assert.Equal("lab-16", (string?)result["assignment"]);
        Assert.Equal("alice", (string?)result["owner"]);
        Assert.Equal("submit/2026-12-01T14-32-05Z-a1b2c3d", (string?)result["submission"]);
        Assert.Equal(runner["COMMIT_URL"], (string?)result["review"]);
        Assert.Null(result["datetime"]);
        Assert.Equal(731, (int)result["score"]!);
        Assert.Equal(1000, (int)result["max-score"]!);
        // The checkout is the repository: feedback names files from its root, as the other CI formats do.
        Assert.StartsWith("submission/domain.yaml:", (string?)result["tests"]![0]!["output"], StringComparison.Ordinal);
    }

    [Fact]
    public void Classroom50WithAPath_WritesThereAndNotInTheWorkingFolder()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder["out"]);

        var run = CliRun.In(folder.Root, NoVariables, "check", Path.Combine(RepositoryPaths.Samples, "complete"), "--lab", "16", "--format", "classroom50=out/grade.json");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(folder["result.json"]));
        var result = JsonNode.Parse(File.ReadAllText(folder["out/grade.json"]))!;
        Assert.Equal(1000, (int)result["score"]!);
        Assert.Null(result["classroom"]);
    }

    [Fact]
    public void TwoDocumentFormatsOnTheTerminal_AreStillRefused()
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, "complete"), "--format", "sarif", "--format", "junit");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("only one format can go to the terminal", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownFormat_PrintsTheSummary()
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, "complete"), "--format", "markdown", "--base-dir", RepositoryPaths.Samples);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"## ✅ meshgrade: overall score 100/100 ({LabCatalog.All.Count} labs)", run.Out, StringComparison.Ordinal);
    }

    private static JsonNode Decode(string base64) => JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)))!;
}
