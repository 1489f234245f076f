using System.Text.RegularExpressions;
using MeshGrader.Cli.Output;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests;

public sealed partial class HelpTests
{
    [Fact]
    public void CheckHelp_NamesEveryLabOfTheCatalogueByIdAndSlug()
    {
        var run = CliRun.Of("check", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(LabCatalog.All, lab => Assert.Contains($"{lab.Id} or {lab.Slug}", run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void CheckHelpAndTheReadmesFormatRow_NameEveryFormat()
    {
        var run = CliRun.Of("check", "--help");
        var row = File.ReadLines(Path.Combine(RepositoryPaths.Root, "README.md")).Single(line => line.StartsWith("| `--format`", StringComparison.Ordinal));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Formats: text, json, sarif, junit, markdown, github, classroom, gradescope, classroom50.", Whitespace().Replace(run.Out, " "), StringComparison.Ordinal);
        Assert.All(ReportFormats.Names, name => Assert.Contains($"`{name}`", row, StringComparison.Ordinal));
    }

    [Fact]
    public void RootHelpAndTheReadmesUsage_NameEveryCommandIncludingInitAndSchema()
    {
        var run = CliRun.Of("--help");
        var commands = run.Out[run.Out.IndexOf("Commands:", StringComparison.Ordinal)..].Split('\n').Skip(1)
            .Select(line => line.Trim().Split(' ')[0]).Where(name => name.Length > 0).ToArray();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var usage = readme[readme.IndexOf("## Usage", StringComparison.Ordinal)..readme.IndexOf("| option | meaning |", StringComparison.Ordinal)];

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("init", commands);
        Assert.Contains("schema", commands);
        Assert.All(commands, name => Assert.Contains($"meshgrade {name} ", usage, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
