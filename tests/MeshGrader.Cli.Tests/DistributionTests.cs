using System.Text;
using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The ways meshgrade reaches CI: the composite action's steps and the Dockerfile's build stage. The
/// Dockerfile test builds the project again, so it takes a while. The action's install step, which
/// packs and installs the .NET tool, runs in <see cref="HostileWorkspaceTests"/>.
/// </summary>
[Collection(BuildsCollection.Name)]
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
        var uptime = TextPosition.InFile(workspace["submission/contract.yaml"], "85", after: "sla_uptime:");
        Assert.Contains($"::error file=submission/contract.yaml,line={uptime.Line},col={uptime.Column},", run.Out, StringComparison.Ordinal);
        var outputs = File.ReadAllLines(workspace["output"]).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("73.1", outputs["score"]);
        var result = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(outputs["result"])))!;
        Assert.Equal(73.1m, result["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
        Assert.Contains("| ❌ | Step 3: Define Data Contract | 13.3/16.7 |", File.ReadAllText(workspace["summary.md"]), StringComparison.Ordinal);
        Assert.True(File.Exists(workspace["results.sarif"]));
    }

    [Fact]
    public void ActionGradeStep_PassesTheRubricAndItsHashOn()
    {
        using var workspace = new TemporaryFolder();
        var variables = new Dictionary<string, string>
        {
            ["MESHGRADE"] = "echo",
            ["MESHGRADE_LAB"] = "16",
            ["MESHGRADE_RUBRIC"] = "/tmp/course rubric.yaml",
            ["MESHGRADE_RUBRIC_SHA256"] = "ab12",
            ["GITHUB_WORKSPACE"] = workspace.Root,
        };

        var run = ProcessRun.Of("bash", [Path.Combine(RepositoryPaths.Root, "action", "grade.sh")], workspace.Root, variables);

        Assert.True(run.ExitCode == 0, run.Both);
        Assert.EndsWith("--lab 16 --rubric /tmp/course rubric.yaml --rubric-sha256 ab12", run.Out.Trim(), StringComparison.Ordinal);
        var action = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "action.yml"));
        Assert.Contains("MESHGRADE_RUBRIC: ${{ inputs.rubric }}", action, StringComparison.Ordinal);
        Assert.Contains("MESHGRADE_RUBRIC_SHA256: ${{ inputs.rubric-sha256 }}", action, StringComparison.Ordinal);
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
    /// published Native AOT meshgrade, the only file the runtime images take, must grade a sample.
    /// A file missing from the COPY lines fails the build.
    /// </summary>
    [Fact]
    public void DockerfileBuildStage_RestoresPublishesNativeAndGrades()
    {
        using var context = new TemporaryFolder();
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        var stages = lines.Select((l, i) => (l, i)).Where(p => p.l.StartsWith("FROM ", StringComparison.Ordinal)).Select(p => p.i).ToArray();
        Assert.Equal(
            ["FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build", "FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble AS ci", "FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS runtime"],
            stages.Select(i => lines[i]));
        Assert.Contains("WORKDIR /src", lines, StringComparer.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("RUN dotnet restore ", StringComparison.Ordinal) && l.Contains(" --locked-mode", StringComparison.Ordinal));

        // Each runtime image holds the one binary, runs as the images' unprivileged user and runs nothing at build (the chiseled one has no shell).
        foreach (var (start, end) in new[] { (stages[1], stages[2]), (stages[2], lines.Length) })
        {
            var stage = lines[start..end].Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
            Assert.Equal(["COPY --from=build /src/out/meshgrade /usr/local/bin/meshgrade", "USER $APP_UID", "ENTRYPOINT [\"meshgrade\"]"], stage[1..]);
        }

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
                var step = ProcessRun.Of("bash", ["-c", line["RUN ".Length..]], context.Root, new Dictionary<string, string> { ["CI"] = "true" });
                Assert.True(step.ExitCode == 0, $"{line}\n{step.Both}");
                commands++;
            }
        }

        Assert.Equal(2, commands);
        Assert.False(File.Exists(context["out/meshgrade.dll"]), "The publish is framework-dependent, not Native AOT.");
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
