using System.Text;
using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The ways meshgrade reaches CI: the composite action's steps and the Dockerfile's build stage. The
/// Dockerfile test builds the project again, so it takes a while. The action's install step, which
/// packs and installs the .NET tool, runs in <see cref="HostileWorkspaceTests"/>.
/// </summary>
public sealed class DistributionTests
{
    private static string Complete => Path.Combine(RepositoryPaths.Samples, "complete");

    [Fact]
    public void ActionGradeStep_WritesAnnotationsSummaryAndClassroomResult()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("data-mesh-one-mistake-per-step", "submission");
        File.WriteAllText(workspace["output"], string.Empty);
        File.WriteAllText(workspace["summary.md"], string.Empty);
        var variables = new Dictionary<string, string>
        {
            ["MESHGRADE"] = Path.Combine(AppContext.BaseDirectory, "meshgrade"),
            ["MESHGRADE_PATH"] = "submission",
            ["MESHGRADE_LAB"] = "16",
            ["MESHGRADE_FORMAT"] = "github, classroom\nsarif=results.sarif",
            ["MESHGRADE_MIN_SCORE"] = "0",
            ["GITHUB_WORKSPACE"] = workspace.Root,
            ["GITHUB_OUTPUT"] = workspace["output"],
            ["GITHUB_STEP_SUMMARY"] = workspace["summary.md"],
        };

        var run = ProcessRun.Of("bash", [Path.Combine(RepositoryPaths.Root, "action", "grade.sh")], workspace.Root, variables);

        Assert.True(run.ExitCode == 0, run.Both);
        Assert.Contains("Score: 73.1/100", run.Out, StringComparison.Ordinal);
        Assert.Contains("::error file=submission/contract.yaml,line=6,col=15,", run.Out, StringComparison.Ordinal);
        var outputs = File.ReadAllLines(workspace["output"]).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("73.1", outputs["score"]);
        var result = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(outputs["result"])))!;
        Assert.Equal(73.1m, result["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
        Assert.Contains("| ❌ | Step 3: Define Data Contract | 13.3/16.7 |", File.ReadAllText(workspace["summary.md"]), StringComparison.Ordinal);
        Assert.True(File.Exists(workspace["results.sarif"]));
    }

    [Theory]
    [InlineData(", github,,classroom", "17,,18", "--format text --format github --format classroom --lab 17 --lab 18")]
    [InlineData("- github\n- classroom", "- 16", "--format text --format github --format classroom --lab 16")]
    [InlineData("text", "18", "--format text --lab 18")]
    public void ActionGradeStep_IgnoresEmptyFieldsInListInputs(string formats, string labs, string expected)
    {
        using var workspace = new TemporaryFolder();
        var variables = new Dictionary<string, string>
        {
            ["MESHGRADE"] = "echo",
            ["MESHGRADE_FORMAT"] = formats,
            ["MESHGRADE_LAB"] = labs,
            ["GITHUB_WORKSPACE"] = workspace.Root,
        };

        var run = ProcessRun.Of("bash", [Path.Combine(RepositoryPaths.Root, "action", "grade.sh")], workspace.Root, variables);

        Assert.True(run.ExitCode == 0, run.Both);
        Assert.EndsWith($"check . --base-dir {workspace.Root} {expected}", run.Out.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ,, ")]
    [InlineData("-\n-")]
    public void ActionGradeStep_WithoutLabs_FailsWithAnErrorAnnotation(string labs)
    {
        using var workspace = new TemporaryFolder();
        var variables = new Dictionary<string, string>
        {
            ["MESHGRADE"] = "echo",
            ["MESHGRADE_FORMAT"] = "github",
            ["MESHGRADE_LAB"] = labs,
            ["GITHUB_WORKSPACE"] = workspace.Root,
        };

        var run = ProcessRun.Of("bash", [Path.Combine(RepositoryPaths.Root, "action", "grade.sh")], workspace.Root, variables);

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::error ", error, StringComparison.Ordinal);
        Assert.Contains("The lab input is required", error, StringComparison.Ordinal);
        Assert.Contains("the submission would choose what is graded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionYml_LabInputIsRequiredWithoutADefault()
    {
        var inputs = (YamlMappingNode)LoadYaml(Path.Combine(RepositoryPaths.Root, "action.yml"))["inputs"];
        var lab = (YamlMappingNode)inputs["lab"];

        Assert.Equal("true", ((YamlScalarNode)lab["required"]).Value);
        Assert.False(lab.Children.ContainsKey("default"), "The lab input must have no default: the instructor names the labs.");
    }

    [Fact]
    public void ActionYml_RunsTheTestedScripts()
    {
        var action = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "action.yml"));

        Assert.Contains("using: composite", action, StringComparison.Ordinal);
        Assert.Contains("run: bash \"$GITHUB_ACTION_PATH/action/install.sh\" \"$RUNNER_TEMP/meshgrade\"", action, StringComparison.Ordinal);
        Assert.Contains("MESHGRADE: ${{ runner.temp }}/meshgrade/meshgrade", action, StringComparison.Ordinal);
        Assert.Contains("run: bash \"$GITHUB_ACTION_PATH/action/grade.sh\"", action, StringComparison.Ordinal);
        foreach (var input in new[] { "path", "lab", "format", "min-score" })
        {
            Assert.Contains($"MESHGRADE_{input.Replace('-', '_').ToUpperInvariant()}: ${{{{ inputs.{input} }}}}", action, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// No container engine runs here, so the Dockerfile's build stage is replayed: its COPY lines copy
    /// from the repository into an empty folder (the image's /src), its RUN lines run there, and the
    /// published meshgrade must grade a sample. A file missing from the COPY lines fails the build.
    /// </summary>
    [Fact]
    public void DockerfileBuildStage_RestoresPublishesAndGrades()
    {
        using var context = new TemporaryFolder();
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        var stages = lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("FROM ", StringComparison.Ordinal)).Select(p => p.i).ToArray();
        Assert.Equal(2, stages.Length);
        Assert.Contains("WORKDIR /src", lines, StringComparer.Ordinal);
        var runtimeCopy = lines.Single(l => l.StartsWith("COPY --from=build ", StringComparison.Ordinal)).Split(' ');
        Assert.Equal("/src/out", runtimeCopy[2]);
        Assert.Equal("FROM mcr.microsoft.com/dotnet/runtime:10.0", lines[stages[1]]);
        Assert.Equal("ENTRYPOINT [\"meshgrade\"]", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet restore ", StringComparison.Ordinal) && l.Contains(" --locked-mode", StringComparison.Ordinal));

        // Grading runs as the images' unprivileged user: the runtime stage's last USER is that one, after its last RUN (which needs root).
        var runtime = lines[stages[1]..];
        var lastRun = Array.FindLastIndex(runtime, l => l.StartsWith("RUN ", StringComparison.Ordinal));
        var users = runtime.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("USER ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(users);
        Assert.Equal("USER $APP_UID", users[^1].l);
        Assert.True(users[^1].i > lastRun, "USER must follow the runtime stage's last RUN.");

        var commands = 0;
        foreach (var line in lines[(stages[0] + 1)..stages[1]])
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal))
            {
                var parts = line["COPY ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var source in parts[..^1])
                {
                    CopyIntoContext(source, parts[^1], context.Root);
                }
            }
            else if (line.StartsWith("RUN ", StringComparison.Ordinal))
            {
                var step = ProcessRun.Of("bash", ["-c", line["RUN ".Length..]], context.Root);
                Assert.True(step.ExitCode == 0, $"{line}\n{step.Both}");
                commands++;
            }
        }

        Assert.Equal(2, commands);
        var run = ProcessRun.Of(context["out/meshgrade"], ["check", Complete], context.Root);
        Assert.True(run.ExitCode == 0, run.Both);
        Assert.Contains("Score: 100/100", run.Out, StringComparison.Ordinal);
    }

    private static YamlMappingNode LoadYaml(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>Docker's COPY: a folder's contents go into the destination folder; a file into a folder ending in '/'.</summary>
    private static void CopyIntoContext(string source, string destination, string root)
    {
        var from = Path.Combine(RepositoryPaths.Root, source.TrimEnd('/'));
        var to = Path.Combine(root, destination == "./" ? string.Empty : destination.TrimEnd('/'));
        if (Directory.Exists(from))
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                var segments = relative.Split(Path.DirectorySeparatorChar);
                if (segments.Contains("bin") || segments.Contains("obj"))
                {
                    continue; // .dockerignore
                }

                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative), overwrite: true);
            }
        }
        else
        {
            Assert.True(File.Exists(from), $"COPY source {source} does not exist.");
            Directory.CreateDirectory(to);
            File.Copy(from, Path.Combine(to, Path.GetFileName(from)), overwrite: true);
        }
    }
}
