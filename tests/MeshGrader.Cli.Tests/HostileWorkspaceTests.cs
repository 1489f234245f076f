using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The worst place to build the grader: a copy of this repository in a subfolder of a learner's
/// repository that holds every file able to take part in a build beneath it (see
/// <see cref="HostileWorkspace"/>). The action's install and grading steps and the documented
/// Gradescope publish run there once (this takes a minute or so); the tests below check the outcome.
/// </summary>
public sealed class HostileWorkspaceFixture : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public HostileWorkspaceFixture()
    {
        HostileWorkspace.WriteInto(Workspace, Markers);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, "complete")))
        {
            File.Copy(file, Path.Combine(Workspace, Path.GetFileName(file)));
        }

        RepositoryFiles.CopyTo(Grader);

        // The action's steps, which CI runs from the workspace.
        Install = ProcessRun.Of("bash", [Path.Combine(Grader, "action", "install.sh"), ToolFolder], Workspace);
        BuildOutputAfterInstall = Directory.EnumerateDirectories(Grader, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(d) is "bin" or "obj")
            .ToList();
        if (Install.ExitCode == 0)
        {
            File.WriteAllText(GitHubOutput, string.Empty);
            GradeStep = ProcessRun.Of("bash", [Path.Combine(Grader, "action", "grade.sh")], Workspace, new Dictionary<string, string>
            {
                ["MESHGRADE"] = Path.Combine(ToolFolder, "meshgrade"),
                ["MESHGRADE_PATH"] = ".",
                ["MESHGRADE_LAB"] = string.Join(", ", LabCatalog.All.Select(lab => lab.Id)),
                ["MESHGRADE_FORMAT"] = "github",
                ["GITHUB_WORKSPACE"] = Workspace,
                ["GITHUB_OUTPUT"] = GitHubOutput,
            });
        }

        // The Gradescope recipe's commands, run in place in the grader's copy.
        foreach (var command in DocumentedGradescopeCommands())
        {
            var run = ProcessRun.Of("bash", ["-c", command], Grader);
            GradescopeSteps.Add((command, run));
            if (run.ExitCode != 0)
            {
                break;
            }
        }
    }

    internal string Workspace => folder["workspace"];

    /// <summary>Where the old by-hand recipe checked the grader out.</summary>
    internal string Grader => Path.Combine(Workspace, ".meshgrader");

    internal string Markers => folder["markers"];

    internal string ToolFolder => folder["runner-temp/meshgrade"];

    internal string GitHubOutput => folder["github-output"];

    internal ProcessRun Install { get; }

    internal IReadOnlyList<string> BuildOutputAfterInstall { get; }

    internal ProcessRun? GradeStep { get; }

    internal List<(string Command, ProcessRun Run)> GradescopeSteps { get; } = [];

    /// <summary>The dotnet commands of the first shell block in docs/ci.md's Gradescope section.</summary>
    internal static IReadOnlyList<string> DocumentedGradescopeCommands()
    {
        var commands = CiPage.Block("## Gradescope", "```sh").Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(commands);
        return commands;
    }

    public void Dispose() => folder.Dispose();
}

[Collection(BuildsCollection.Name)]
public sealed class HostileWorkspaceTests(HostileWorkspaceFixture workspace) : IClassFixture<HostileWorkspaceFixture>
{
    [Fact]
    public void InstallScript_InsideAHostileWorkspace_InstallsAToolThatGradesTheCompleteSample()
    {
        Assert.True(workspace.Install.ExitCode == 0, workspace.Install.Both);

        var run = ProcessRun.Of(Path.Combine(workspace.ToolFolder, "meshgrade"), ["check", Path.Combine(RepositoryPaths.Samples, "complete")], workspace.Workspace);

        Assert.True(run.ExitCode == 0, run.Both);
        Assert.Contains("Score: 100/100", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InstallScript_InstallsThisPlatformsNativeBinaryThroughThePointerPackage()
    {
        Assert.True(workspace.Install.ExitCode == 0, workspace.Install.Both);
        var store = Path.Combine(workspace.ToolFolder, ".store", "meshgrader", "1.0.0");

        // The pointer package names a package for every platform a release builds, and any as the fallback.
        var settings = System.Xml.Linq.XDocument.Load(Directory.EnumerateFiles(store, "DotnetToolSettings.xml", SearchOption.AllDirectories)
            .First(f => f.Contains($"{Path.DirectorySeparatorChar}any{Path.DirectorySeparatorChar}any{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        Assert.Equal(
            ["linux-x64", "linux-arm64", "linux-musl-x64", "osx-arm64", "win-x64", "any"],
            settings.Descendants("RuntimeIdentifierPackage").Select(p => (string?)p.Attribute("RuntimeIdentifier")));

        // What is installed is this platform's package: one native executable, no .NET assembly to run.
        var command = new FileInfo(Path.Combine(workspace.ToolFolder, "meshgrade")).ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? Path.Combine(workspace.ToolFolder, "meshgrade");
        Assert.Contains($"meshgrader.linux-x64{Path.DirectorySeparatorChar}", command, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(command)!, "meshgrade.dll")), command);
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(command)[..4]);
    }

    [Fact]
    public void InstallScript_InsideAHostileWorkspace_BuildsOutsideTheCheckout()
    {
        Assert.True(workspace.Install.ExitCode == 0, workspace.Install.Both);

        Assert.Empty(workspace.BuildOutputAfterInstall);
    }

    [Fact]
    public void ActionGradeStep_InsideAHostileWorkspace_GradesTheNamedLabs()
    {
        Assert.True(workspace.GradeStep is not null, workspace.Install.Both);
        Assert.True(workspace.GradeStep.ExitCode == 0, workspace.GradeStep.Both);
        Assert.Contains(string.Join(' ', LabCatalog.All.Select(lab => $"--lab {lab.Id}")), workspace.GradeStep.Out, StringComparison.Ordinal);
        Assert.Contains($"Overall score: 100/100 ({LabCatalog.All.Count} labs)", workspace.GradeStep.Out, StringComparison.Ordinal);
        Assert.Contains("result=passed", File.ReadAllLines(workspace.GitHubOutput));
    }

    [Fact]
    public void GradescopeRecipe_InsideAHostileWorkspace_PublishesAGraderThatGradesTheCompleteSample()
    {
        Assert.Equal(HostileWorkspaceFixture.DocumentedGradescopeCommands().Count, workspace.GradescopeSteps.Count);
        foreach (var (command, run) in workspace.GradescopeSteps)
        {
            Assert.True(run.ExitCode == 0, $"{command}\n{run.Both}");
        }

        var grade = ProcessRun.Of(Path.Combine(workspace.Grader, "autograder", "meshgrade", "meshgrade"), ["check", "."], workspace.Workspace);

        Assert.True(grade.ExitCode == 0, grade.Both);
        Assert.Contains($"Overall score: 100/100 ({LabCatalog.All.Count} labs)", grade.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GradescopeRecipe_InsideAHostileWorkspace_RestoresWithTheUsersNuGetConfigAlone()
    {
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(workspace.Grader, "src", "MeshGrader.Cli", "obj", "project.assets.json")))!;

        var configs = assets["project"]!["restore"]!["configFilePaths"]!.AsArray().Select(c => (string)c!).ToList();
        var packageFolders = assets["packageFolders"]!.AsObject().Select(p => p.Key).ToList();

        var userConfig = ProcessRun.Of("bash", [Path.Combine(RepositoryPaths.Root, "action", "user-nuget-config.sh")], workspace.Workspace).Out.Trim();
        Assert.Equal([userConfig], configs);
        Assert.DoesNotContain(packageFolders, f => f.StartsWith(workspace.Markers, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBuild_InsideAHostileWorkspace_LeavesNoTrace()
    {
        Assert.True(workspace.Install.ExitCode == 0, workspace.Install.Both);
        Assert.NotEmpty(workspace.GradescopeSteps);

        Assert.Empty(HostileWorkspace.Traces(workspace.Markers));
    }

    /// <summary>
    /// The control: without this repository's defences (a bare project in the workspace), the
    /// hostile files do take part, so their absence above is not an accident of how they are written.
    /// </summary>
    [Fact]
    public void HostileWorkspace_WithoutTheRepositoryDefences_TakesPartInTheBuild()
    {
        using var control = new TemporaryFolder();
        var learner = control["workspace"];
        HostileWorkspace.WriteInto(learner, control["markers"]);
        Directory.CreateDirectory(Path.Combine(learner, "probe"));
        File.WriteAllText(Path.Combine(learner, "probe", "probe.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(learner, "probe.slnx"), "<Solution><Project Path=\"probe/probe.csproj\" /></Solution>");

        // From outside the workspace, or its global.json would stop dotnet before MSBuild starts.
        var restore = ProcessRun.Of("dotnet", ["restore", Path.Combine(learner, "probe.slnx")], control.Root);
        var sdk = ProcessRun.Of("dotnet", ["--version"], learner);

        Assert.True(restore.ExitCode == 0, restore.Both);
        Assert.Equal(HostileWorkspace.MSBuildImports.Append("Directory.Build.rsp.log").Order(StringComparer.Ordinal), HostileWorkspace.Traces(control["markers"]));
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(learner, "probe", "obj", "project.assets.json")))!;
        Assert.Contains(Path.Combine(learner, "NuGet.config"), assets["project"]!["restore"]!["configFilePaths"]!.AsArray().Select(c => (string)c!));
        Assert.Contains(Path.Combine(control["markers"], "global-packages"), assets["packageFolders"]!.AsObject().Select(p => p.Key.TrimEnd('/')));
        Assert.NotEqual(0, sdk.ExitCode);
        Assert.Contains("9.9.999", sdk.Both, StringComparison.Ordinal);
    }
}
