using System.Diagnostics;
using System.Globalization;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Bench;

internal static class PhaseProfile
{
    public static int Run(string folder, int rounds)
    {
        var limits = LoadLimits.Default;
        var loader = new YamlDocumentLoader(limits);
        var builder = new JsonInstanceBuilder(limits);
        var grader = new Grader();
        string[] names = new[] { "domain.yaml", "contract.yaml", "mlops.yaml", "governance.yaml" }.Where(n => File.Exists(Path.Combine(folder, n))).ToArray();
        var phases = new Dictionary<string, (double Ms, long Bytes)>();

        void Time(string name, Action action)
        {
            action();
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var timer = Stopwatch.StartNew();
            for (var i = 0; i < rounds; i++)
            {
                action();
            }

            phases[name] = (timer.Elapsed.TotalMilliseconds * 1000 / rounds, (GC.GetAllocatedBytesForCurrentThread() - before) / rounds);
        }

        Time("open folder", () => SubmissionFiles.Open(folder));
        var files = SubmissionFiles.Open(folder);
        Time("read files", () => { foreach (var n in names) { files.Read(n, limits.MaxFileBytes); } });
        var bytes = names.ToDictionary(n => n, n => files.Read(n, limits.MaxFileBytes).Bytes);
        Time("parse files", () => { foreach (var n in names) { loader.LoadBytes(bytes[n], n); } });
        var loaded = names.ToDictionary(n => n, n => loader.LoadBytes(bytes[n], n));
        Time("build json", () => { foreach (var n in names) { builder.Build(n, loaded[n].Root!); } });
        var built = names.ToDictionary(n => n, n => builder.Build(n, loaded[n].Root!).Instance!);
        Time("normalise", () => { foreach (var n in names) { new ValueNormaliser(EmbeddedSchemas.Get(n[..^5]), built[n], n).Normalise(); } });
        var values = names.ToDictionary(n => n, n => new ValueNormaliser(EmbeddedSchemas.Get(n[..^5]), built[n], n).Normalise());
        Time("evaluate", () => { foreach (var n in names) { EmbeddedSchemas.Get(n[..^5]).Evaluate(values[n]); } });
        Time("detect labs", () => Grader.DetectLabs(SubmissionFiles.Open(folder)));
        Time("grade (all)", () => grader.Grade(SubmissionFiles.Open(folder), LabCatalog.All));

        foreach (var (name, (us, b)) in phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} {us,9:0.0} µs {b / 1024.0,9:0.0} KiB"));
        }

        return 0;
    }
}
