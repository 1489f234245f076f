using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;

namespace MeshGrader.Cli.Tests;

/// <summary><c>meshgrade schema</c>: the grader's schemas, annotated for editors, to a folder or standard output.</summary>
public sealed class SchemaCommandTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void SchemaOut_WritesEveryLabFilesSchemaAndNamesEach()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, NoVariables, "schema", "--out", "schemas");

        Assert.Equal(0, run.ExitCode);
        foreach (var lab in LabCatalog.All)
        {
            foreach (var file in lab.Files)
            {
                Assert.Equal(EditorSchema.Text(lab, file), File.ReadAllText(Path.Combine(folder.Root, "schemas", file + ".schema.json")));
                Assert.Contains(Path.Combine("schemas", file + ".schema.json"), run.Out, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void SchemaOutWithLab_WritesOnlyThatLabsSchemasAndReplacesOldOnes()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder["schemas"]);
        File.WriteAllText(Path.Combine(folder.Root, "schemas", "domain.schema.json"), "{}");

        var run = CliRun.In(folder.Root, NoVariables, "schema", "--lab", "16", "--out", "schemas");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["contract.schema.json", "domain.schema.json"], Directory.GetFiles(folder["schemas"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(EditorSchema.Text(LabCatalog.Get(16), "domain"), File.ReadAllText(Path.Combine(folder.Root, "schemas", "domain.schema.json")));
    }

    [Theory]
    [InlineData("mlops")]
    [InlineData("mlops.yaml")]
    [InlineData("--lab", "17")]
    public void SchemaOfOneFile_GoesToStandardOutput(params string[] args)
    {
        var run = CliRun.Of(["schema", .. args]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(EditorSchema.Text(LabCatalog.Get(17), "mlops"), run.Out);
        Assert.Equal("urn:meshgrader:schema:mlops", (string)JsonNode.Parse(run.Out)!["$id"]!);
    }

    [Theory]
    [InlineData]
    [InlineData("--lab", "16")]
    [InlineData("nosuchfile")]
    [InlineData("mlops", "--lab", "16")]
    public void SchemaToStandardOutputOfNoneOrSeveral_ExitsTwo(params string[] args)
    {
        var run = CliRun.Of(["schema", .. args]);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("meshgrade: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [UnixFact]
    public void SchemaOutThroughALinkOutOfTheWorkingFolder_ExitsTwoAndWritesNothingThere()
    {
        using var folder = new TemporaryFolder();
        using var elsewhere = new TemporaryFolder();
        Directory.CreateSymbolicLink(folder["schemas"], elsewhere.Root);

        var run = CliRun.In(folder.Root, NoVariables, "schema", "--out", "schemas");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Empty(FolderSnapshot.Of(elsewhere.Root));
    }
}
