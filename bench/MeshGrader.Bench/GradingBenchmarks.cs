using System.Text;
using BenchmarkDotNet.Attributes;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;

namespace MeshGrader.Bench;

/// <summary>
/// Time and allocations of grading: one submission as a learner runs it, a class graded in
/// parallel, and hostile input that must stay bounded.
/// Run: dotnet run -c Release --project bench/MeshGrader.Bench -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private readonly Grader grader = new();
    private string complete = string.Empty;
    private string broken = string.Empty;
    private string[] classroom = [];
    private string deepNesting = string.Empty;
    private string aliasBomb = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(FindRoot(), "samples");
        complete = Path.Combine(samples, "complete");
        broken = Path.Combine(samples, "data-mesh-one-mistake-per-step");
        classroom = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? complete : broken).ToArray();
        deepNesting = new string('[', 100_000) + new string(']', 100_000);
        var bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
        {
            bomb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        aliasBomb = bomb.ToString();
    }

    [Benchmark(Baseline = true)]
    public decimal CompleteSubmission() => grader.Grade(complete, [LabCatalog.Get(16)]).Score;

    [Benchmark]
    public decimal BrokenSubmission() => grader.Grade(broken, [LabCatalog.Get(16)]).Score;

    [Benchmark]
    public decimal ClassOf200InParallel() =>
        classroom.AsParallel().Select(folder => grader.Grade(folder, [LabCatalog.Get(16)]).Score).Sum();

    [Benchmark]
    public int DeepNesting100k() => new YamlDocumentLoader(LoadLimits.Default).LoadText(deepNesting, "domain.yaml").Findings.Count;

    [Benchmark]
    public bool AliasBomb()
    {
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText(aliasBomb, "domain.yaml");
        return new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!).Instance is null;
    }

    internal static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MeshGrader.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
