using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Tests.Class;

/// <summary>A class graded under an instructor's rubric: every submission under the same one, named in every output.</summary>
public sealed class ClassRubricTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    private const string Strict = "name: Strict\nrequired_labs: [data-mesh]\npass_mark: 90\nlabs:\n  data-mesh:\n    checks:\n      DM-301: { minimum: 96 }\n";

    [Fact]
    public void ClassUnderARubric_IsGradedByItAndNamesItInEveryOutput()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        workspace.CopySample("data-mesh-threshold-too-low", "class/bob");
        File.WriteAllText(workspace["strict.yaml"], Strict);
        var sha = RubricReader.Sha256(System.Text.Encoding.UTF8.GetBytes(Strict));

        // No --lab: the rubric's required labs name what the class is graded on.
        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--rubric", "strict.yaml", "--class-csv", "class.csv", "--class-json", "class.json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"rubric 'Strict' (sha256 {sha})", run.Out, StringComparison.Ordinal);
        // Quality 95 fails the rubric's minimum of 96, yet 96.7 reaches its pass mark of 90.
        Assert.Contains("✓ passed        96.7/100  alice  class/alice", run.Out, StringComparison.Ordinal);
        var rows = File.ReadAllLines(workspace["class.csv"]).Skip(1).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Contains(sha, row, StringComparison.Ordinal));
        Assert.Contains("DM-301", rows.Single(r => r.Contains("alice", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(sha, File.ReadAllText(workspace["class.json"]), StringComparison.Ordinal);
    }

    [Fact]
    public void RubricInsideTheClassFolder_IsRefused()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        File.WriteAllText(workspace["class/alice/rubric.yaml"], "pass_mark: 0\n");

        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16", "--rubric", "class/alice/rubric.yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("inside the submission folder", run.Error, StringComparison.Ordinal);
    }
}
