using System.Text.Json;
using MeshGrader.Cli.Commands;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Class;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests.Class;

/// <summary>The class run and merge as a user meets them: the documented exit codes, what is printed, and where.</summary>
public sealed class ClassCommandTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void ClassWithFailingAndUngradedSubmissions_ExitsZeroWithARowEach()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        workspace.CopySample("data-mesh-threshold-too-low", "class/bob");
        Directory.CreateDirectory(workspace["class/carol"]);

        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16");

        Assert.Equal((int)ExitCode.Passed, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(
            $"""
            Class: 3 submissions, labs 16 (data-mesh); rubric 'default' (sha256 {DefaultRubric.Rubric.Stamp.Sha256})
              ✓ passed         100/100  alice  class/alice
              ✗ not passing   96.7/100  bob  class/bob  failed: DM-301
              ✗ not passing      0/100  carol  class/carol  failed: MG-004
            3 submissions: 1 passed, 2 not passing, 0 not graded; mean score 65.6/100

            """.ReplaceLineEndings("\n"), run.Out);
    }

    [UnixFact]
    public void SubmissionThatIsALink_GetsItsRowAndTheOthersAreGraded()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        File.CreateSymbolicLink(workspace["class/mallory"], workspace["class/alice"]);

        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16", "--class-json", "class.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"  ! not graded            mallory  class/mallory: {ClassRoster.LinkProblem}\n", run.Out, StringComparison.Ordinal);
        var mallory = JsonDocument.Parse(File.ReadAllText(workspace["class.json"])).RootElement.GetProperty("submissions")[1];
        Assert.Equal(ClassRoster.LinkProblem, mallory.GetProperty("problem").GetString());
        Assert.Equal(JsonValueKind.Null, mallory.GetProperty("score").ValueKind);
    }

    [Theory]
    [InlineData("check", "class", "--each")]
    [InlineData("check", "class", "--each", "--lab", "99")]
    [InlineData("check", "no-such-class", "--each", "--lab", "16")]
    [InlineData("check", "empty", "--each", "--lab", "16")]
    [InlineData("check", "class", "--each", "--lab", "16", "--format", "json")]
    [InlineData("check", "class", "--each", "--lab", "16", "--shard", "5/4", "--class-json", "p.json")]
    [InlineData("check", "class", "--each", "--lab", "16", "--shard", "1/4")]
    [InlineData("check", "class", "--each", "--lab", "16", "--shard", "1/4", "--class-json", "p.json", "--class-csv", "p.csv")]
    [InlineData("check", "class", "--each", "--lab", "16", "--jobs", "0")]
    [InlineData("check", "class", "--each", "--lab", "16", "--class-csv", "no-such-folder/class.csv")]
    [InlineData("check", "class", "--lab", "16", "--class-csv", "class.csv")]
    [InlineData("check", "class", "empty", "--lab", "16")]
    [InlineData("merge", "no-such.json")]
    [InlineData("merge", "class")]
    [InlineData("merge", "class/alice/domain.yaml")]
    public void UsageOrSetupError_ExitsTwoWithAMessageAndWritesNothing(params string[] args)
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        Directory.CreateDirectory(workspace["empty"]);

        var run = CliRun.In(workspace.Root, NoVariables, args);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("meshgrade: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(["class", "empty"], Directory.GetFileSystemEntries(workspace.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FaultOfTheRun_ExitsThreeWithAShortMessage()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        workspace.CopySample("complete", "class/bob");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, OutputIsTerminal: false, _ => null, workspace.Root);
        // Two rubrics in one run cannot happen with one grader: the run stops as an internal error.
        var twoRubrics = new ClassGrader((files, labs) => new Grader().Grade(files, labs) with { Rubric = new RubricStamp(Path.GetFileName(files.Root), string.Empty) }, LabCatalog.All);

        var code = ClassCheckCommand.Run(Options(workspace["class"]), environment, twoRubrics);

        Assert.Equal(ExitCode.InternalError, code);
        Assert.Equal("meshgrade: internal error (InvalidOperationException).\nRun again with --verbose for details, and please report it.\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Merge_ExitsZeroAndRefusesMixedRubricsWithTwo()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        workspace.CopySample("data-mesh-threshold-too-low", "class/bob");
        Assert.Equal(0, CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16", "--shard", "1/2", "--class-json", "1.json").ExitCode);
        Assert.Equal(0, CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16", "--shard", "2/2", "--class-json", "2.json").ExitCode);

        var merged = CliRun.In(workspace.Root, NoVariables, "merge", "1.json", "2.json");
        File.WriteAllText(workspace["2.json"], File.ReadAllText(workspace["2.json"]).Replace("\"name\": \"default\"", "\"name\": \"stricter\"", StringComparison.Ordinal));
        var sha = DefaultRubric.Rubric.Stamp.Sha256;
        var mixed = CliRun.In(workspace.Root, NoVariables, "merge", "1.json", "2.json");

        Assert.Equal((int)ExitCode.Passed, merged.ExitCode);
        Assert.Contains("2 submissions: 1 passed, 1 not passing, 0 not graded", merged.Out, StringComparison.Ordinal);
        Assert.Equal((int)ExitCode.UsageError, mixed.ExitCode);
        Assert.Equal($"meshgrade: cannot merge: the partials were graded under different rubrics: 1.json under 'default' (sha256 {sha}), 2.json under 'stricter' (sha256 {sha}).\n", mixed.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void InteractiveTerminal_ShowsProgressOnStandardErrorAndErasesIt()
    {
        var (output, error) = RunWithTerminal(variable => null);

        Assert.Contains("\rGrading [", error, StringComparison.Ordinal);
        Assert.Contains("100% 3/3", error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Grading", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void CiVariableSet_ShowsNothingButTheResult(string ci)
    {
        var (output, error) = RunWithTerminal(variable => variable == "CI" ? ci : null);

        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Class: 3 submissions", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedOutput_ShowsNothingButTheResult()
    {
        using var workspace = ClassOfThree();

        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16");

        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("Class: 3 submissions", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileFolderNames_PrintInertAndNeverLeaveTheClassFolder()
    {
        using var workspace = new TemporaryFolder();
        foreach (var name in new[] { "::error::forged", "##[add-mask]x", "esc\u001b[31m", "rtl\u202Eevil", "line\nbreak" })
        {
            workspace.CopySample("complete", Path.Combine("class", name));
        }

        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u202E', run.Out);
        Assert.DoesNotContain("##[", run.Out, StringComparison.Ordinal);
        Assert.All(run.Out.Split('\n'), line => Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line));
        Assert.Equal(1 + 5 + 1 + 1, run.Out.Split('\n').Length);
    }

    [UnixFact]
    public void ClassOutputThatIsALinkInTheClass_IsReplacedNeverWrittenThrough()
    {
        using var workspace = ClassOfThree();
        File.WriteAllText(workspace["secret.txt"], "keep me");
        File.CreateSymbolicLink(workspace["class/report.csv"], workspace["secret.txt"]);

        var run = CliRun.In(workspace.Root, NoVariables, "check", "class", "--each", "--lab", "16", "--class-csv", "class/report.csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(workspace["secret.txt"]));
        Assert.StartsWith("submission,identity,", File.ReadAllText(workspace["class/report.csv"]), StringComparison.Ordinal);
    }

    private static (string Output, string Error) RunWithTerminal(Func<string, string?> variables)
    {
        using var workspace = ClassOfThree();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, OutputIsTerminal: true, variables, workspace.Root) { ErrorIsTerminal = true };

        Assert.Equal(0, CliApplication.Run(["check", "class", "--each", "--lab", "16"], environment));
        return (output.ToString(), error.ToString());
    }

    private static TemporaryFolder ClassOfThree()
    {
        var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/alice");
        workspace.CopySample("data-mesh-threshold-too-low", "class/bob");
        workspace.CopySample("data-mesh-yes-for-true", "class/carol");
        return workspace;
    }

    private static ClassCheckOptions Options(string folder) =>
        new([folder], ["16"], [], null, false, null, FindingLimits.Default, new ClassOutputs(null, null, null), null, null);
}
