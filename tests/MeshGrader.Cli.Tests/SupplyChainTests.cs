using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Cli.Tests;

/// <summary>What the repository pins, and what keeps the pins current.</summary>
[Collection(BuildsCollection.Name)]
public sealed partial class SupplyChainTests
{
    /// <summary>The project's own action in the examples: the instructor picks the tag or commit.</summary>
    private const string OwnActionPlaceholder = "OWNER/meshgrader@";

    [Fact]
    public void ActionReferences_ArePinnedByCommitWithTheTagInAComment()
    {
        var references = ActionReferences();
        var unpinned = references
            .Where(r => !PinnedReference().IsMatch(r.Reference) || !TagComment().IsMatch(r.Tail))
            .Select(r => $"{r.Where}: uses: {r.Reference}{r.Tail}")
            .ToList();

        Assert.True(unpinned.Count == 0, "Pin by the full commit SHA with the tag in a comment (uses: owner/name@<40 hex> # vX.Y.Z):\n" + string.Join('\n', unpinned));
        var actions = references.Select(r => r.Reference.Split('@')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal) { "actions/checkout", "actions/setup-dotnet", "github/codeql-action/upload-sarif", "classroom-resources/autograding-grading-reporter" },
            actions);
    }

    [Fact]
    public void ActionReferences_NameOneCommitAndTagPerActionEverywhere()
    {
        var pins = ActionReferences()
            .GroupBy(r => r.Reference.Split('@')[0], StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Reference + r.Tail.Trim()).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => string.Join('\n', g.Select(r => $"{r.Where}: {r.Reference}{r.Tail}")))
            .ToList();

        Assert.True(pins.Count == 0, "The same action is pinned differently:\n" + string.Join("\n\n", pins));
    }

    [Fact]
    public void LockFiles_EveryProjectHasOneUnderVersionControl()
    {
        var files = RepositoryFiles.Tracked();
        var projects = files.Where(f => f.EndsWith(".csproj", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            var lockFile = Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json").Replace('\\', '/');
            Assert.True(files.Contains(lockFile), $"{lockFile} is missing: run dotnet restore MeshGrader.sln and commit it.");
        }
    }

    [Fact]
    public void InstallScript_PackageHashDiffersFromTheLockFile_Fails()
    {
        using var copy = new TemporaryFolder();
        RepositoryFiles.CopyTo(copy.Root);
        var lockPath = copy["src/MeshGrader.Core/packages.lock.json"];
        var lockFile = JsonNode.Parse(File.ReadAllText(lockPath))!;
        lockFile["dependencies"]!["net10.0"]!["YamlDotNet"]!["contentHash"] = Convert.ToBase64String(new byte[64]);
        File.WriteAllText(lockPath, lockFile.ToJsonString());

        var install = ProcessRun.Of("bash", [copy["action/install.sh"], copy["tools"]], copy.Root);

        Assert.NotEqual(0, install.ExitCode);
        Assert.Contains("NU1403", install.Out, StringComparison.Ordinal); // package content hash validation failed
        Assert.False(File.Exists(copy["tools/meshgrade"]));
    }

    [Fact]
    public void Dependabot_UpdatesNuGetDockerAndActionsWeekly()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, ".github", "dependabot.yml")))
        {
            stream.Load(reader);
        }

        var updates = ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["updates"]).Cast<YamlMappingNode>()
            .Select(u => (Ecosystem: Scalar(u, "package-ecosystem"), Directory: Scalar(u, "directory"), Interval: Scalar((YamlMappingNode)u["schedule"], "interval")))
            .ToList();

        Assert.Equal(
            [("docker", "/", "weekly"), ("github-actions", "/", "weekly"), ("nuget", "/", "weekly")],
            updates.OrderBy(u => u.Ecosystem, StringComparer.Ordinal));
    }

    /// <summary>Every <c>uses:</c> in action.yml, README.md, docs/ and the workflows, except the project's own action.</summary>
    private static List<ActionReference> ActionReferences()
    {
        var files = new[] { "action.yml", "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepositoryPaths.Root, f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"), "*.yml").Select(f => Path.GetRelativePath(RepositoryPaths.Root, f)));
        var references = new List<ActionReference>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, file));
            for (var i = 0; i < lines.Length; i++)
            {
                var match = UsesLine().Match(lines[i]);
                if (match.Success && !match.Groups["reference"].Value.StartsWith(OwnActionPlaceholder, StringComparison.Ordinal))
                {
                    references.Add(new ActionReference($"{file}:{i + 1}", match.Groups["reference"].Value, match.Groups["tail"].Value));
                }
            }
        }

        return references;
    }

    /// <summary>One <c>uses:</c> line: where it is, the action reference, and what follows it (the tag comment).</summary>
    private sealed record ActionReference(string Where, string Reference, string Tail);

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? string.Empty;

    [GeneratedRegex(@"^\s*(?:-\s+)?uses:\s*(?<reference>[^\s#]+)(?<tail>.*)$")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")]
    private static partial Regex PinnedReference();

    [GeneratedRegex(@"^\s+#\s*v\d+(\.\d+)*(\s|$)")]
    private static partial Regex TagComment();
}
