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

    [Theory]
    [InlineData("contract", "--odcs")]
    [InlineData("contract.yaml", "--lab", "16", "--odcs")]
    public void SchemaOfTheContractWithOdcs_GoesToStandardOutput(params string[] args)
    {
        var run = CliRun.Of(["schema", .. args]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(OdcsEditorSchema.Text(LabCatalog.Get(16)), run.Out);
        Assert.Equal("odcs-json-schema-v3.1.0.json", (string)JsonNode.Parse(run.Out)!["allOf"]![0]!["$ref"]!);
    }

    [Fact]
    public void SchemaOutWithOdcs_WritesTheLabsOdcsSchemaAndTheUnmodifiedCopyWithItsNotice()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, NoVariables, "schema", "--lab", "16", "--odcs", "--out", "schemas");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["contract-odcs.schema.json", "domain.schema.json", "odcs-json-schema-v3.1.0.NOTICE.md", "odcs-json-schema-v3.1.0.json"],
            Directory.GetFiles(folder["schemas"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", "odcs-json-schema-v3.1.0.json")),
            File.ReadAllBytes(Path.Combine(folder["schemas"], "odcs-json-schema-v3.1.0.json")));
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", "README.md")),
            File.ReadAllText(Path.Combine(folder["schemas"], "odcs-json-schema-v3.1.0.NOTICE.md")));
        Assert.Contains(Path.Combine("schemas", "odcs-json-schema-v3.1.0.json"), run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mlops", "--odcs")]
    [InlineData("--lab", "17", "--odcs", "--out", "schemas")]
    [InlineData("domain", "--lab", "16", "--odcs")]
    public void SchemaWithOdcsButNotLab16sContract_ExitsTwoAndWritesNothing(params string[] args)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, NoVariables, ["schema", .. args]);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("--odcs", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.Empty(FolderSnapshot.Of(folder.Root));
    }
}
