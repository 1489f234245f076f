using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Tests.Grading;

public sealed class ClassGraderTests
{
    [Fact]
    public void Class_IsGradedInTheOrderGivenWithTheReportsOfGradingEachAlone()
    {
        var samples = RepositoryPaths.SampleSubmissions.ToArray();
        var folders = Enumerable.Range(0, 5).SelectMany(_ => samples).ToArray();
        var alone = samples.ToDictionary(s => s, s => Fingerprint(new Grader().Grade(s, LabCatalog.All)));

        var results = new ClassGrader(new Grader(), LabCatalog.All).GradeAll(folders).ToArray();

        Assert.Equal(Enumerable.Range(0, folders.Length), results.Select(r => r.Index));
        Assert.All(results, r => Assert.Equal(alone[r.Folder], Fingerprint(r.Report!)));
    }

    [Fact]
    public void MissingFolder_GetsItsReasonAndTheOthersAreGraded()
    {
        var complete = Path.Combine(RepositoryPaths.Samples, "complete");
        var missing = Path.Combine(RepositoryPaths.Samples, "no-such-submission");

        var results = new ClassGrader(new Grader(), LabCatalog.All).GradeAll([complete, missing, complete], parallelism: 2).ToArray();

        Assert.Equal([100m, 100m], results.Where(r => r.Report is not null).Select(r => r.Report!.Score));
        Assert.Equal("it does not exist", results[1].Problem);
        Assert.Null(results[1].Report);
    }

    [Fact]
    public void Results_StreamOutBeforeTheWholeClassIsGraded()
    {
        var complete = Path.Combine(RepositoryPaths.Samples, "complete");
        var produced = 0;
        var folders = Enumerable.Range(0, 100_000).Select(_ => { Interlocked.Increment(ref produced); return complete; });

        var first = new ClassGrader(new Grader(), LabCatalog.All).GradeAll(folders, parallelism: 2).Take(3).ToArray();

        Assert.Equal(3, first.Length);
        Assert.True(produced < 100_000, $"The whole sequence was read first ({produced}).");
    }

    private static string Fingerprint(MeshGrader.Core.Grading.GradingReport report) =>
        report.Score + "|" + string.Join(";", report.Findings.Select(f => $"{f.Rule}@{f.File}:{f.Line}:{f.Column}:{f.Message}"));
}
