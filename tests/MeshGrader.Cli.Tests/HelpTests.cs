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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
