using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;

namespace MeshGrader.Cli.Tests;

/// <summary><c>meshgrade init</c>, as a learner starting a lab meets it.</summary>
public sealed class InitCommandTests
{
    private static readonly Dictionary<string, string> NoVariables = [];

    private static CliRun Run(TemporaryFolder folder, params string[] args) => CliRun.In(folder.Root, NoVariables, args);

    private static IEnumerable<string> LabFiles(IEnumerable<LabDefinition> labs) => labs.SelectMany(l => l.Files).Select(f => f + ".yaml");

    [Fact]
    public void InitThenCheck_ScoresBelowFullWithOneErrorPerEmptyValue()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, Run(folder, "init", "lab").ExitCode);

        var run = Run(folder, "check", "lab", "--format", "json");

        Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        Assert.True((decimal)report["score"]! < 100m);
        var keys = LabCatalog.All.SelectMany(lab => lab.Files.SelectMany(file => lab.Schema(file).Sections
            .SelectMany(s => s.Schema.PropertyNames.Select(key => $"{file}.yaml /{s.Section}/{key}")))).Order(StringComparer.Ordinal);
        var findings = report["findings"]!.AsArray();
        Assert.Equal(keys, findings.Select(f => $"{f!["file"]} {f["path"]}").Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal("error", (string)f!["severity"]!));
    }

    [Fact]
    public void InitTwiceWithoutForce_ChangesNothingAndSaysSo()
    {
        using var folder = new TemporaryFolder();
        Run(folder, "init", "--vscode");
        File.AppendAllText(folder["domain.yaml"], "# my own note\n");
        var before = FolderSnapshot.Of(folder.Root);

        var again = Run(folder, "init", "--vscode");

        Assert.Equal((int)ExitCode.Passed, again.ExitCode);
        Assert.Equal(before, FolderSnapshot.Of(folder.Root));
        Assert.Contains("Nothing changed", again.Out, StringComparison.Ordinal);
        Assert.All(LabFiles(LabCatalog.All), file => Assert.Contains($"kept      {file}", again.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void InitWithForce_RewritesEveryStarterFile()
    {
        using var folder = new TemporaryFolder();
        Run(folder, "init");
        var fresh = FolderSnapshot.Of(folder.Root);
        File.WriteAllText(folder["mlops.yaml"], "feature_store:\n  name: mine\n");
        File.WriteAllText(Path.Combine(folder.Root, ".meshgrade", "schemas", "mlops.schema.json"), "{}");

        var run = Run(folder, "init", "--force");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(fresh, FolderSnapshot.Of(folder.Root));
        Assert.Contains("replaced  mlops.yaml", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWithoutForce_KeepsAnEditedFileAndWritesTheMissingOnes()
    {
        using var folder = new TemporaryFolder();
        Run(folder, "init", "--lab", "16");
        File.WriteAllText(folder["domain.yaml"], "domain:\n  name: sales-analytics\n");
        File.Delete(folder["contract.yaml"]);

        var run = Run(folder, "init", "--lab", "data-mesh");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("domain:\n  name: sales-analytics\n", File.ReadAllText(folder["domain.yaml"]));
        Assert.Equal(StarterText.For(LabCatalog.Get(16), "contract"), File.ReadAllText(folder["contract.yaml"]));
        Assert.Contains("wrote     contract.yaml", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing changed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWithLab_WritesOnlyThatLabsFilesAndSchemas()
    {
        using var folder = new TemporaryFolder();

        var run = Run(folder, "init", "--lab", "mlops");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [".meshgrade", Path.Combine(".meshgrade", "schemas"), Path.Combine(".meshgrade", "schemas", "mlops.schema.json"), "mlops.yaml"],
            FolderSnapshot.Of(folder.Root).Keys);
    }

    [Fact]
    public void InitWithVsCode_AssociatesEachSchemaWithItsFile()
    {
        using var folder = new TemporaryFolder();

        Run(folder, "init", "--vscode");

        var schemas = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Root, ".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.All(LabCatalog.All.SelectMany(l => l.Files), file =>
        {
            var patterns = schemas[$"./.meshgrade/schemas/{file}.schema.json"]!.AsArray().Select(p => (string)p!);
            Assert.Equal([file + ".yaml", file + ".yml"], patterns);
            Assert.True(File.Exists(Path.Combine(folder.Root, ".meshgrade", "schemas", file + ".schema.json")));
        });
    }

    [Fact]
    public void InitWithoutVsCode_WritesNoEditorSettings()
    {
        using var folder = new TemporaryFolder();

        Run(folder, "init");

        Assert.False(Directory.Exists(Path.Combine(folder.Root, ".vscode")));
    }

    [Fact]
    public void Check_IgnoresTheSchemaAndEditorFoldersInitWrites()
    {
        using var folder = new TemporaryFolder();
        var complete = folder.CopySample("complete", "with-tools");
        folder.CopySample("complete", "without-tools");
        Assert.Equal(0, Run(folder, "init", "with-tools", "--vscode").ExitCode);
        Assert.True(Directory.Exists(Path.Combine(complete, ".meshgrade", "schemas")));

        var with = Run(folder, "check", "with-tools");
        var without = Run(folder, "check", "without-tools");

        Assert.Equal((int)ExitCode.Passed, with.ExitCode);
        Assert.Equal(without.Out, with.Out);
        Assert.DoesNotContain(".meshgrade", with.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(".vscode", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InitIntoAFile_ExitsTwoAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["lab"], "a file");

        var run = Run(folder, "init", "lab");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("meshgrade: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(["lab"], FolderSnapshot.Of(folder.Root).Keys);
    }

    [Fact]
    public void InitWithUnknownLab_ExitsTwoAndWritesNothing()
    {
        using var folder = new TemporaryFolder();

        var run = Run(folder, "init", "--lab", "19");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Empty(FolderSnapshot.Of(folder.Root));
    }

    [UnixFact]
    public void InitThroughALinkToAnotherFolder_ExitsTwoAndWritesNothingThere()
    {
        using var folder = new TemporaryFolder();
        using var elsewhere = new TemporaryFolder();
        Directory.CreateSymbolicLink(folder["lab"], elsewhere.Root);

        var run = Run(folder, "init", "lab");

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Empty(FolderSnapshot.Of(elsewhere.Root));
    }

    [Fact]
    public void InitSchemas_AreTheSchemasTheSchemaCommandWrites()
    {
        using var folder = new TemporaryFolder();
        Run(folder, "init", "lab");
        Run(folder, "schema", "--out", "exported");

        Assert.All(LabCatalog.All.SelectMany(l => l.Files), file => Assert.Equal(
            File.ReadAllText(Path.Combine(folder.Root, "exported", file + ".schema.json")),
            File.ReadAllText(Path.Combine(folder.Root, "lab", ".meshgrade", "schemas", file + ".schema.json"))));
    }

    [Fact]
    public void InitWithOdcs_WritesLab16WithAnOdcsContractAndItsSchemas()
    {
        using var folder = new TemporaryFolder();

        var run = Run(folder, "init", "--lab", "16", "--odcs");

        Assert.Equal(0, run.ExitCode);
        var schemas = Path.Combine(".meshgrade", "schemas");
        Assert.Equal(
            [".meshgrade", schemas, Path.Combine(schemas, "contract-odcs.schema.json"), Path.Combine(schemas, "domain.schema.json"),
             Path.Combine(schemas, "odcs-json-schema-v3.1.0.NOTICE.md"), Path.Combine(schemas, "odcs-json-schema-v3.1.0.json"), "contract.yaml", "domain.yaml"],
            FolderSnapshot.Of(folder.Root).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(OdcsStarter.Text(LabCatalog.Get(16)), File.ReadAllText(folder["contract.yaml"]));
        Assert.Equal(StarterText.For(LabCatalog.Get(16), "domain"), File.ReadAllText(folder["domain.yaml"]));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", "odcs-json-schema-v3.1.0.json")),
            File.ReadAllBytes(Path.Combine(folder.Root, schemas, "odcs-json-schema-v3.1.0.json")));
    }

    [Fact]
    public void InitWithOdcsTwiceWithoutForce_ChangesNothingAndSaysSo()
    {
        using var folder = new TemporaryFolder();
        Run(folder, "init", "--lab", "16", "--odcs", "--vscode");
        var before = FolderSnapshot.Of(folder.Root);

        var again = Run(folder, "init", "--lab", "16", "--odcs", "--vscode");

        Assert.Equal((int)ExitCode.Passed, again.ExitCode);
        Assert.Equal(before, FolderSnapshot.Of(folder.Root));
        Assert.Contains("Nothing changed", again.Out, StringComparison.Ordinal);
        Assert.Contains("kept      contract.yaml", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWithOdcsAndVsCode_AssociatesTheContractWithTheLabsOdcsSchema()
    {
        using var folder = new TemporaryFolder();

        Run(folder, "init", "--lab", "data-mesh", "--odcs", "--vscode");

        var schemas = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Root, ".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.Equal(["contract.yaml", "contract.yml"], schemas["./.meshgrade/schemas/contract-odcs.schema.json"]!.AsArray().Select(p => (string)p!));
        Assert.False(schemas.ContainsKey("./.meshgrade/schemas/contract.schema.json"));
    }

    [Fact]
    public void InitWithOdcsForEveryLab_WritesTheOtherLabsAsWithoutIt()
    {
        using var folder = new TemporaryFolder();
        using var plain = new TemporaryFolder();

        Assert.Equal(0, Run(folder, "init", "--odcs").ExitCode);
        Run(plain, "init");

        Assert.Equal(OdcsStarter.Text(LabCatalog.Get(16)), File.ReadAllText(folder["contract.yaml"]));
        Assert.All(["mlops.yaml", "governance.yaml", "domain.yaml"], file => Assert.Equal(File.ReadAllText(plain[file]), File.ReadAllText(folder[file])));
    }

    [Theory]
    [InlineData("--lab", "17")]
    [InlineData("--lab", "mlops", "--lab", "governance")]
    public void InitWithOdcsWithoutLab16_ExitsTwoAndWritesNothing(params string[] labs)
    {
        using var folder = new TemporaryFolder();

        var run = Run(folder, ["init", .. labs, "--odcs"]);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("--lab 16", run.Error, StringComparison.Ordinal);
        Assert.Empty(FolderSnapshot.Of(folder.Root));
    }

    [Fact]
    public void InitWithOdcs_WritesTheSchemasSchemaWithOdcsWrites()
    {
        using var folder = new TemporaryFolder();
        Run(folder, "init", "lab", "--lab", "16", "--odcs");
        Run(folder, "schema", "--lab", "16", "--odcs", "--out", "exported");

        Assert.Equal(
            FolderSnapshot.Of(Path.Combine(folder.Root, "exported")),
            FolderSnapshot.Of(Path.Combine(folder.Root, "lab", ".meshgrade", "schemas")));
    }
}
