using System.Diagnostics;
using System.Globalization;
using System.Text;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using YamlDotNet.Core;

namespace MeshGrader.ClassBench;

/// <summary>
/// A class graded in one process: N generated submissions (a mix of complete, partial, mistaken
/// and broken ones) graded by one <see cref="ClassGrader"/> on every core, against two floors in
/// the same parallel loop over the same files: reading each file and running YamlDotNet's parser
/// over it (the library alone), and reading each file into the grader's positioned tree.
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"submissions: {count}; cores: {Environment.ProcessorCount}"));

            // Warm up every path (schemas loaded, page cache filled) on a few submissions first.
            ParserFloor(folders.Take(50));
            TreeFloor(folders.Take(50));
            Grade(folders.Take(50));

            var parser = Measure(() => ParserFloor(folders));
            var tree = Measure(() => TreeFloor(folders));
            var rssBefore = Environment.WorkingSet;
            var collections = GC.CollectionCount(0);
            var grading = Measure(() => Grade(folders));
            collections = GC.CollectionCount(0) - collections;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            Report("floor: read + YamlDotNet parser", parser, count);
            Report("floor: read + positioned tree", tree, count);
            Report("grading", grading, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"grading / parser floor: {grading.Seconds / parser.Seconds:0.00}x time, {(double)grading.Allocated / parser.Allocated:0.00}x allocation"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"grading / tree floor: {grading.Seconds / tree.Seconds:0.00}x time, {(double)grading.Allocated / tree.Allocated:0.00}x allocation"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak RSS of the process: {peak / 1024.0 / 1024.0:0.0} MiB (working set before grading: {rssBefore / 1024.0 / 1024.0:0.0} MiB); {collections} garbage collections while grading"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Report(string name, (double Seconds, long Allocated) result, int count) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {result.Seconds:0.000} s, {count / result.Seconds:0} submissions/s, {result.Allocated / count / 1024.0:0.0} KiB allocated per submission"));

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

    private static void ParserFloor(IEnumerable<string> folders) => EachFile(folders, text =>
    {
        var events = 0;
        try
        {
            var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
            while (parser.MoveNext())
            {
                events++;
            }
        }
        catch (YamlException)
        {
            // A cut-short file stops the parser, as it stops the grader.
        }

        return events;
    });

    private static void TreeFloor(IEnumerable<string> folders)
    {
        var loader = new YamlDocumentLoader(LoadLimits.Default);
        EachFile(folders, text => loader.LoadText(text, "lab.yaml").Lines.Count);
    }

    private static void EachFile(IEnumerable<string> folders, Func<string, int> parse)
    {
        var sum = folders.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.NotBuffered).Select(folder =>
        {
            var count = 0;
            foreach (var file in LabFiles)
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path))
                {
                    count += parse(File.ReadAllText(path));
                }
            }

            return count;
        }).Sum();
        GC.KeepAlive(sum);
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
