using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests.Class;

/// <summary>
/// A class graded, sharded and merged by the meshgrade executable in its own process: under
/// <c>.ci/run</c> the Native AOT binary, so the CSV library and the embedded class schema are
/// proven in the shipped form.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ClassEndToEndTests
{
    private static string Executable =>
        Environment.GetEnvironmentVariable("MESHGRADE_EXECUTABLE") is { Length: > 0 } chosen ? chosen : Path.Combine(AppContext.BaseDirectory, "meshgrade");

    [Fact]
    public void SamplesAsAClass_ShardedAndMerged_GiveTheOutputsOfOneRun()
    {
        using var workspace = new TemporaryFolder();
        var labs = new[] { "--lab", "16", "--lab", "17", "--lab", "18" };
        var samples = SampleClass.Folder;

        var whole = ProcessRun.Of(Executable, ["check", samples, "--each", .. labs, "--class-csv", "whole.csv", "--class-json", "whole.json", "--class-html", "whole.html"], workspace.Root, NoCi);
        var shards = Enumerable.Range(1, 3).Select(k =>
            ProcessRun.Of(Executable, ["check", samples, "--each", .. labs, "--shard", $"{k}/3", "--class-json", $"shard-{k}.json"], workspace.Root, NoCi)).ToArray();
        var merge = ProcessRun.Of(Executable, ["merge", "shard-3.json", "shard-1.json", "shard-2.json", "--class-csv", "merged.csv", "--class-json", "merged.json", "--class-html", "merged.html"], workspace.Root, NoCi);

        Assert.True(whole.ExitCode == 0, whole.Both);
        Assert.All(shards, shard => Assert.True(shard.ExitCode == 0, shard.Both));
        Assert.True(merge.ExitCode == 0, merge.Both);
        Assert.Equal(whole.Out, merge.Out);
        Assert.Contains("20 submissions: 1 passed, 19 not passing, 0 not graded", whole.Out, StringComparison.Ordinal);
        foreach (var extension in new[] { "csv", "json", "html" })
        {
            Assert.Equal(File.ReadAllBytes(workspace[$"whole.{extension}"]), File.ReadAllBytes(workspace[$"merged.{extension}"]));
        }

        var missing = ProcessRun.Of(Executable, ["merge", "shard-1.json", "shard-3.json"], workspace.Root, NoCi);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("shard 2/3 is missing", missing.Error, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NoCi => new() { ["NO_COLOR"] = "1" };
}
