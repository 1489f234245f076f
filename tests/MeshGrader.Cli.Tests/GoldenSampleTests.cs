using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// Every folder in samples/ is graded and its text output compared with the golden file beside it
/// (samples/NAME.expected.txt). To accept a deliberate change, run the tests with
/// MESHGRADE_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GoldenSampleTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var directory in RepositoryPaths.SampleSubmissions)
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_MatchesGoldenOutput(string sample)
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, sample));
        var goldenPath = Path.Combine(RepositoryPaths.Samples, sample + ".expected.txt");
        if (Environment.GetEnvironmentVariable("MESHGRADE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, run.Out);
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}; run with MESHGRADE_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(goldenPath), run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void EveryGoldenFile_HasItsSample()
    {
        foreach (var golden in Directory.GetFiles(RepositoryPaths.Samples, "*.expected.txt"))
        {
            var sample = Path.GetFileName(golden)[..^".expected.txt".Length];
            Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.Samples, sample)), $"{golden} has no sample folder.");
        }
    }
}
