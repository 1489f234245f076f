using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Tests.Grading;

/// <summary>A class is graded in one process in parallel: one grader, shared schemas, no shared mutable state.</summary>
public sealed class ParallelGradingTests
{
    [Fact]
    public void ManySubmissionsInParallel_GiveTheSameReportsAsOneByOne()
    {
        var samples = RepositoryPaths.SampleSubmissions.ToArray();
        var grader = new Grader();
        var sequential = samples.Select(s => Fingerprint(grader, s)).ToArray();

        var parallel = Enumerable.Range(0, 8).SelectMany(_ => samples.Select((s, i) => (s, i)))
            .AsParallel().WithDegreeOfParallelism(8)
            .Select(pair => (pair.i, Result: Fingerprint(grader, pair.s)))
            .ToArray();

        Assert.All(parallel, result => Assert.Equal(sequential[result.i], result.Result));
    }

    private static string Fingerprint(Grader grader, string folder)
    {
        var report = grader.Grade(folder, LabCatalog.All);
        return report.Score + "|" + string.Join(";", report.Findings.Select(f => $"{f.Rule}@{f.File}:{f.Line}:{f.Column}:{f.Message}"));
    }
}
