using System.Globalization;
using MeshGrader.ClassBench;

// meshgrade-class-bench [COUNT] [SAMPLES]: see ClassBenchmark.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var samples = args.Length > 1 ? args[1] : Path.Combine(Directory.GetCurrentDirectory(), "samples");
if (!Directory.Exists(samples))
{
    Console.Error.WriteLine($"No samples folder at {samples}: run from the repository root or pass the folder.");
    return 2;
}

return ClassBenchmark.Run(count, samples);
