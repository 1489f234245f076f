using System.Diagnostics;
using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary><c>meshgrade diff</c> as a user meets it: its exit codes, its formats, and <c>git:REF:path</c>.</summary>
public sealed class DiffCommandTests
{
    private const string Contract = "contract:\n  product: customer_revenue_metrics\n  schema_version: \"1.0.0\"\n  quality_threshold: 95\n  sla_uptime: 99.9\n  backward_compatible: true\n";

    private static readonly string Breaking = Contract.Replace("quality_threshold: 95", "quality_threshold: 90", StringComparison.Ordinal)
        .Replace("backward_compatible: true", "backward_compatible: false", StringComparison.Ordinal);

    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void SameContract_ExitsZero()
    {
        using var folder = Folder(("old.yaml", Contract), ("new.yaml", Contract));

        var run = CliRun.In(folder.Root, NoVariables, "diff", "old.yaml", "new.yaml");

        Assert.Equal((int)ExitCode.Passed, run.ExitCode);
        Assert.Contains("No change.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.1.0", 1)]
    [InlineData("1.0.1", 1)]
    [InlineData("2.0.0", 0)]
    public void BreakingChange_ExitsOneUnlessTheMajorVersionGoesUp(string version, int expected)
    {
        using var folder = Folder(("old.yaml", Contract), ("new.yaml", Breaking.Replace("\"1.0.0\"", $"\"{version}\"", StringComparison.Ordinal)));

        var run = CliRun.In(folder.Root, NoVariables, "diff", "old.yaml", "new.yaml");

        Assert.Equal(expected, run.ExitCode);
        Assert.Contains("DF-124", run.Out, StringComparison.Ordinal);
        Assert.Equal(expected == 1, run.Out.Contains("DF-201", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidSide_ExitsOneWithItsFindingAndNoChanges()
    {
        using var folder = Folder(("old.yaml", Contract), ("new.yaml", Contract.Replace("sla_uptime: 99.9", "sla_uptime: always", StringComparison.Ordinal)));

        var run = CliRun.In(folder.Root, NoVariables, "diff", "old.yaml", "new.yaml");

        Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
        Assert.Contains("new.yaml:5:", run.Out, StringComparison.Ordinal);
        Assert.Contains("The contracts were not compared.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff", "old.yaml")]
    [InlineData("diff", "old.yaml", "missing.yaml")]
    [InlineData("diff", "old.yaml", ".")]
    [InlineData("diff", "old.yaml", "new.yaml", "--format", "junit")]
    [InlineData("diff", "old.yaml", "new.yaml", "--format", "text", "--format", "json")]
    public void UsageError_ExitsTwo(params string[] args)
    {
        using var folder = Folder(("old.yaml", Contract), ("new.yaml", Contract));

        var run = CliRun.In(folder.Root, NoVariables, args);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void FormatsToFiles_WriteJsonAndSarifBesideTheText()
    {
        using var folder = Folder(("old.yaml", Contract), ("new.yaml", Breaking.Replace("\"1.0.0\"", "\"2.0.0\"", StringComparison.Ordinal)));

        var run = CliRun.In(folder.Root, NoVariables, "diff", "old.yaml", "new.yaml", "--format", "json=diff.json", "--format", "sarif=diff.sarif", "--format", "markdown");

        Assert.Equal((int)ExitCode.Passed, run.ExitCode);
        Assert.StartsWith("## Contract changes", run.Out, StringComparison.Ordinal);
        Assert.Equal("breaking", (string)JsonNode.Parse(File.ReadAllText(folder["diff.json"]))!["changes"]![0]!["class"]!);
        Assert.Equal("2.1.0", (string)JsonNode.Parse(File.ReadAllText(folder["diff.sarif"]))!["version"]!);
    }

    [UnixFact]
    public void GitSide_IsReadFromTheCommitNotTheWorkingTree()
    {
        using var folder = Folder(("contract.yaml", Contract));
        TestGit.Run(folder.Root, "init", "-q");
        TestGit.Run(folder.Root, "add", "contract.yaml");
        TestGit.Run(folder.Root, "commit", "-q", "-m", "contract");
        File.WriteAllText(folder["contract.yaml"], Breaking.Replace("\"1.0.0\"", "\"1.1.0\"", StringComparison.Ordinal));

        var run = CliRun.In(folder.Root, NoVariables, "diff", "git:HEAD:contract.yaml", "contract.yaml", "--format", "json");

        Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal("git:HEAD:contract.yaml", (string)json["old"]!["file"]!);
        Assert.Equal("1.0.0", (string)json["old"]!["version"]!);
        Assert.Equal("DF-201", (string)json["errors"]![0]!["rule"]!);
    }

    [Theory]
    [InlineData("git:--output=x:contract.yaml")]
    [InlineData("git:HEAD:../outside.yaml")]
    [InlineData("git:-c:contract.yaml")]
    public void HostileGitSide_ExitsTwoAndGitWritesNothing(string side)
    {
        using var folder = Folder(("contract.yaml", Contract));
        TestGit.Run(folder.Root, "init", "-q");
        TestGit.Run(folder.Root, "add", "contract.yaml");
        TestGit.Run(folder.Root, "commit", "-q", "-m", "contract");

        var run = CliRun.In(folder.Root, NoVariables, "diff", side, "contract.yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.False(File.Exists(folder["x"]));
        Assert.False(File.Exists(folder["x:contract.yaml"]));
    }

    [UnixFact]
    public void GitSideOutsideARepository_ExitsTwoSayingSo()
    {
        using var folder = Folder(("contract.yaml", Contract), (".git", "gitdir: /nonexistent\n"));

        var run = CliRun.In(folder.Root, NoVariables, "diff", "git:HEAD:contract.yaml", "contract.yaml");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("not inside a git repository", run.Error, StringComparison.Ordinal);
    }

    [UnixTheory]
    [InlineData("\"1.1.0\"", 1, "**Refused.**")]
    [InlineData("\"2.0.0\"", 0, "**Accepted.**")]
    public void CiRecipe_DiffsThePullRequestAgainstItsBaseCommitIntoTheSummary(string version, int expected, string verdict)
    {
        var workflow = new YamlStream();
        workflow.Load(new StringReader(string.Join('\n', CiPage.Block("## Check contract changes on pull requests", "```yaml"))));
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)workflow.Documents[0].RootNode)["jobs"])["contract-diff"])["steps"]).Cast<YamlMappingNode>().ToList();
        var checkout = steps.Single(s => s.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/checkout@", StringComparison.Ordinal));
        var diff = steps.Single(s => s.Children.TryGetValue("name", out var name) && name.ToString() == "meshgrade diff");
        Assert.Equal("0", ((YamlMappingNode)checkout["with"])["fetch-depth"].ToString());
        Assert.Equal("${{ github.event.pull_request.base.sha }}", ((YamlMappingNode)diff["env"])["BASE_SHA"].ToString());

        // The step's script as the runner runs it: the base commit, then the pull request's change on top.
        using var folder = new TemporaryFolder();
        var repository = Directory.CreateDirectory(folder["repository"]).FullName;
        File.WriteAllText(Path.Combine(repository, "contract.yaml"), Contract);
        TestGit.Run(repository, "init", "-q");
        TestGit.Run(repository, "add", "contract.yaml");
        TestGit.Run(repository, "commit", "-q", "-m", "base");
        var baseSha = ProcessRun.Of("git", ["rev-parse", "HEAD"], repository).Out.Trim();
        File.WriteAllText(Path.Combine(repository, "contract.yaml"), Breaking.Replace("\"1.0.0\"", version, StringComparison.Ordinal));
        TestGit.Run(repository, "commit", "-q", "-a", "-m", "change");
        Directory.CreateDirectory(folder["runner/meshgrade"]);
        File.CreateSymbolicLink(folder["runner/meshgrade/meshgrade"], Path.Combine(AppContext.BaseDirectory, "meshgrade"));
        var summary = folder["summary.md"];

        var run = ProcessRun.Of("bash", ["-e", "-c", diff["run"].ToString()], repository, new Dictionary<string, string>
        {
            ["BASE_SHA"] = baseSha, ["RUNNER_TEMP"] = folder["runner"], ["GITHUB_STEP_SUMMARY"] = summary,
        });

        Assert.True(run.ExitCode == expected, run.Out + run.Error);
        Assert.Contains(verdict, File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.Contains("DF-124", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    private static TemporaryFolder Folder(params (string Name, string Text)[] files)
    {
        var folder = new TemporaryFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(folder[name], text);
        }

        return folder;
    }
}
