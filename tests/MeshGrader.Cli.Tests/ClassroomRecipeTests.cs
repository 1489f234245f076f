using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The classroom recipes of docs/ci.md as users copy them: the Classroom 50 autograder.py, run the
/// way its runner runs it, and the GitHub Classroom workflow that needs no Node 20 action.
/// </summary>
public sealed class ClassroomRecipeTests
{
    /// <summary>What the Classroom 50 runner gives an autograder (wiki Advanced-Autograding.md, "Contract").</summary>
    private static readonly Dictionary<string, string> Runner = new()
    {
        ["CLASSROOM"] = "data-eng-2026",
        ["ASSIGNMENT"] = "lab-16",
        ["ASSIGNMENT_TYPE"] = "individual",
        ["OWNER"] = "alice",
        ["USERNAME"] = "alice",
        ["SUBMISSION_TAG"] = "submit/2026-12-01T14-32-05Z-a1b2c3d",
        ["COMMIT_URL"] = "https://github.com/course/data-eng-2026-lab-16-alice/commit/a1b2c3d",
        ["RELEASE_URL"] = "https://github.com/course/data-eng-2026-lab-16-alice/releases/tag/submit%2F2026-12-01T14-32-05Z-a1b2c3d",
        ["REVIEW_URL"] = "https://github.com/course/data-eng-2026-lab-16-alice/compare/0123456...a1b2c3d",
        ["NO_COLOR"] = "1",
    };

    [PythonFact]
    [Trait("Category", "EndToEnd")]
    public void DocumentedAutograder_RunLikeTheRunner_LeavesAResultForAGradeAndAnEmptySubmission()
    {
        using var folder = new TemporaryFolder();
        var bundle = Bundle(folder);
        var broken = folder.CopySample("data-mesh-one-mistake-per-step", "broken");
        var empty = Directory.CreateDirectory(folder["empty"]).FullName;

        foreach (var (checkout, score) in new[] { (broken, 731), (empty, 0) })
        {
            // The runner runs autograder.py from its bundle, in the student's checkout.
            var run = ProcessRun.Of(PythonFactAttribute.Python!, [Path.Combine(bundle, "autograder.py")], checkout, Runner);

            Assert.True(run.ExitCode == 0, run.Both);
            var result = JsonNode.Parse(File.ReadAllText(Path.Combine(checkout, "result.json")))!;
            Assert.Equal("classroom50/result/v1", (string?)result["schema"]);
            Assert.Equal(score, (int)result["score"]!);
            Assert.Equal(1000, (int)result["max-score"]!);
            Assert.Equal(6, result["tests"]!.AsArray().Count);
            Assert.Equal(Runner["SUBMISSION_TAG"], (string?)result["submission"]);
            Assert.Equal(Runner["REVIEW_URL"], (string?)result["review"]);
        }
    }

    [PythonFact]
    [Trait("Category", "EndToEnd")]
    public void DocumentedAutograder_WhenMeshgradeCannotGrade_ExitsNonZeroWithNoResult()
    {
        using var folder = new TemporaryFolder();
        var bundle = Bundle(folder);
        var checkout = folder.CopySample("complete", "checkout");
        Directory.CreateDirectory(Path.Combine(checkout, "result.json"));

        var run = ProcessRun.Of(PythonFactAttribute.Python!, [Path.Combine(bundle, "autograder.py")], checkout, Runner);

        // Any exit but 0 is what the runner records as an infrastructure error.
        Assert.True(run.ExitCode == 2, run.Both);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(checkout, "result.json")));
    }

    [Fact]
    public void WorkflowWithoutNode20_UsesNoClassroomActionAndPrintsTheReportersTwoNotices()
    {
        var workflow = new YamlStream();
        workflow.Load(new StringReader(string.Join('\n', CiPage.Block("### GitHub Classroom without Node 20", "```yaml"))));
        var job = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)workflow.Documents[0].RootNode)["jobs"])["run-autograding-tests"];
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
        var report = steps.Single(s => s.Children.TryGetValue("name", out var name) && name.ToString() == "Autograding report");
        var script = report["run"].ToString();

        Assert.Equal(["actions/checkout", "OWNER/meshgrader"], steps.Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString().Split('@')[0]));
        Assert.Equal("always()", report["if"].ToString());
        // The reporter's notify-classroom.js: core.notice(`Points ${total}/${max}`, { title: "Autograding complete" }),
        // then core.notice(JSON.stringify({ totalPoints, maxPoints }), { title: "Autograding report" }).
        Assert.Equal(Notices("73.1"), Bash(script, "73.1"));
        Assert.Equal(Notices("100"), Bash(script, "100"));
        Assert.Equal(Notices("0"), Bash(script, string.Empty));
        Assert.Equal(Notices("0"), Bash(script, "1\n::error::forged"));
    }

    /// <summary>The assignment's folder in the classroom50 repository: the documented autograder.py, and meshgrade beside it.</summary>
    private static string Bundle(TemporaryFolder folder)
    {
        var bundle = Directory.CreateDirectory(folder["bundle"]).FullName;
        File.WriteAllLines(Path.Combine(bundle, "autograder.py"), CiPage.Block("## Classroom 50", "```python"));

        // Stands in for the release binary: the executable under test, through a script of its name
        // (written without the executable bit, which autograder.py sets, as the runner's archive may drop it).
        File.WriteAllText(Path.Combine(bundle, "meshgrade"), $"#!/bin/sh\nexec '{EndToEndTests.Executable}' \"$@\"\n");
        return bundle;
    }

    private static string Bash(string script, string score)
    {
        using var folder = new TemporaryFolder();
        var run = ProcessRun.Of("bash", ["-e", "-c", script], folder.Root, new Dictionary<string, string> { ["SCORE"] = score });
        Assert.True(run.ExitCode == 0, run.Both);
        return run.Out;
    }

    private static string Notices(string points) =>
        $"::notice title=Autograding complete::Points {points}/100\n::notice title=Autograding report::{{\"totalPoints\":{points},\"maxPoints\":100}}\n";
}
