using MeshGrader.Core.Containment;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>How init's files reach the disk: never over a learner's file without force, never through a link.</summary>
public sealed class StarterFilesTests
{
    private static readonly LabDefinition Mlops = LabCatalog.Get(17);

    [Fact]
    public void Files_AreEachLabFileAndItsSchemaAndTheVsCodeSettingOnlyWhenAsked()
    {
        var plain = StarterFiles.For([Mlops], vsCode: false).Select(f => f.RelativePath);
        var withVsCode = StarterFiles.For([Mlops], vsCode: true).Select(f => f.RelativePath);

        Assert.Equal(["mlops.yaml", ".meshgrade/schemas/mlops.schema.json"], plain);
        Assert.Equal([.. plain, ".vscode/settings.json"], withVsCode);
    }

    [Fact]
    public void FilesWithOdcs_HaveLab16sContractAsOdcsWithItsSchemasAndLeaveOtherLabsAlone()
    {
        var dataMesh = LabCatalog.Get(16);

        var files = StarterFiles.For([dataMesh, Mlops], vsCode: false, odcs: true);

        Assert.Equal(
            ["domain.yaml", ".meshgrade/schemas/domain.schema.json", "contract.yaml", ".meshgrade/schemas/contract-odcs.schema.json",
             ".meshgrade/schemas/odcs-json-schema-v3.1.0.json", ".meshgrade/schemas/odcs-json-schema-v3.1.0.NOTICE.md",
             "mlops.yaml", ".meshgrade/schemas/mlops.schema.json"],
            files.Select(f => f.RelativePath));
        Assert.Equal(OdcsStarter.Text(dataMesh), files.Single(f => f.RelativePath == "contract.yaml").Text);
        Assert.Equal(StarterFiles.For([Mlops], vsCode: false), files.Skip(6));
    }

    [Fact]
    public void Write_KeepsAFileThatIsThereWithoutForceAndReplacesItWithForce()
    {
        using var folder = new TemporarySubmission();
        folder.With("mlops.yaml", "mine: true\n");
        var files = StarterFiles.For([Mlops], vsCode: false);

        var kept = StarterFiles.Write(folder.Root, files, force: false, new GuardedFolders([folder.Root]));
        var mine = File.ReadAllText(Path.Combine(folder.Root, "mlops.yaml"));
        var replaced = StarterFiles.Write(folder.Root, files, force: true, new GuardedFolders([folder.Root]));

        Assert.Equal([StarterOutcome.Kept, StarterOutcome.Written], kept.Select(o => o.Outcome));
        Assert.Equal("mine: true\n", mine);
        Assert.Equal([StarterOutcome.Replaced, StarterOutcome.Replaced], replaced.Select(o => o.Outcome));
        Assert.Equal(StarterText.For(Mlops, "mlops"), File.ReadAllText(Path.Combine(folder.Root, "mlops.yaml")));
    }

    [UnixFact]
    public void WriteWithForce_ReplacesALinkAtTheFileAndLeavesItsTargetAlone()
    {
        using var folder = new TemporarySubmission();
        using var elsewhere = new TemporarySubmission();
        var target = Path.Combine(elsewhere.Root, "notes.txt");
        File.WriteAllText(target, "not the learner's to lose\n");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "mlops.yaml"), target);

        var kept = StarterFiles.Write(folder.Root, StarterFiles.For([Mlops], vsCode: false), force: false, new GuardedFolders([folder.Root]));
        StarterFiles.Write(folder.Root, StarterFiles.For([Mlops], vsCode: false), force: true, new GuardedFolders([folder.Root]));

        Assert.Equal(StarterOutcome.Kept, kept[0].Outcome);
        Assert.Equal("not the learner's to lose\n", File.ReadAllText(target));
        Assert.Null(new FileInfo(Path.Combine(folder.Root, "mlops.yaml")).LinkTarget);
    }

    [UnixFact]
    public void Write_RefusesASchemaFolderThatIsALinkOutOfTheFolder()
    {
        using var folder = new TemporarySubmission();
        using var elsewhere = new TemporarySubmission();
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, ".meshgrade"), elsewhere.Root);

        Assert.Throws<OutputFileException>(() =>
            StarterFiles.Write(folder.Root, StarterFiles.For([Mlops], vsCode: false), force: false, new GuardedFolders([folder.Root])));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Root));
    }

    [UnixFact]
    public void Write_RefusesABrokenLinkWhereAFolderIsToBeMade()
    {
        using var folder = new TemporarySubmission();
        var nowhere = Path.Combine(Path.GetTempPath(), "meshgrade-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, ".vscode"), nowhere);

        Assert.Throws<OutputFileException>(() =>
            StarterFiles.Write(folder.Root, StarterFiles.For([Mlops], vsCode: true), force: true, new GuardedFolders([folder.Root])));
        Assert.False(Directory.Exists(nowhere));
    }
}
