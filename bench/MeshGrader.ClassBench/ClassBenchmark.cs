using System.Diagnostics;
using System.Globalization;
using System.Text;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;

namespace MeshGrader.Bench;

/// <summary>
/// A class graded in one process (`class [N]`): N generated submissions, a mix of complete,
/// partial, mistaken and broken ones, graded by one <see cref="ClassGrader"/> on every core. The
/// floor is reading and parsing the same YAML files alone, in the same parallel loop.
/// </summary>
internal static class ClassBenchmark
{
    private static readonly string[] LabFiles = ["domain.yaml", "contract.yaml", "mlops.yaml", "governance.yaml"];

    public static int Run(int count, string samples)
    {
        var root = Directory.CreateTempSubdirectory("meshgrade-class-").FullName;
        try
        {
            var folders = Generate(root, samples, count);
            Console.WriteLine($"{count} submissions generated in {root}; {Environment.ProcessorCount} cores");

            // Warm up both paths (schemas loaded, code jitted) on a few submissions first.
            Floor(folders.Take(50));
            Grade(folders.Take(50));

            var floor = Measure(() => Floor(folders));
            var grading = Measure(() => Grade(folders));
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor (read + parse): {floor.Seconds:0.000} s, {count / floor.Seconds:0} submissions/s, {floor.Allocated / count / 1024.0:0.0} KiB allocated per submission"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"grading:              {grading.Seconds:0.000} s, {count / grading.Seconds:0} submissions/s, {grading.Allocated / count / 1024.0:0.0} KiB allocated per submission"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"grading / floor: {grading.Seconds / floor.Seconds:0.00}x time, {(double)grading.Allocated / floor.Allocated:0.00}x allocation; peak RSS {peak / 1024.0 / 1024.0:0.0} MiB"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (double Seconds, long Allocated) Measure(Action action)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var timer = Stopwatch.StartNew();
        action();
        return (timer.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void Grade(IEnumerable<string> folders)
    {
        var total = 0m;
        foreach (var result in new ClassGrader(new Grader(), LabCatalog.All).GradeAll(folders))
        {
            total += result.Report?.Score ?? 0;
        }

        GC.KeepAlive(total);
    }

    private static void Floor(IEnumerable<string> folders)
    {
        var loader = new YamlDocumentLoader(LoadLimits.Default);
        var nodes = folders.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(folder =>
        {
            var count = 0;
            foreach (var file in LabFiles)
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path))
                {
                    count += loader.LoadText(File.ReadAllText(path), file).Lines.Count;
                }
            }

            return count;
        }).Sum();
        GC.KeepAlive(nodes);
    }

    /// <summary>Deterministic: submission i takes each lab file from a sample, or leaves it out, or cuts it short.</summary>
    private static string[] Generate(string root, string samples, int count)
    {
        var sources = LabFiles.ToDictionary(f => f, f => Directory.GetDirectories(samples).Order(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, f)).Where(File.Exists).Select(File.ReadAllText).ToArray());
        var random = new Random(20261205);
        var folders = new string[count];
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(root, i.ToString("D5", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            foreach (var file in LabFiles)
            {
                var roll = random.Next(100);
                if (roll < 5)
                {
                    continue; // partial: the file is missing
                }

                var text = sources[file][random.Next(sources[file].Length)];
                if (roll < 15)
                {
                    text = text[..random.Next(text.Length)]; // broken: cut short, often mid-token
                }

                File.WriteAllText(Path.Combine(folder, file), text, Encoding.UTF8);
            }

            folders[i] = folder;
        }

        return folders;
    }
}
