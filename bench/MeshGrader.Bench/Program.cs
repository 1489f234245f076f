using System.Globalization;
using BenchmarkDotNet.Running;
using MeshGrader.Bench;

if (args is ["class", ..])
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
    return ClassBenchmark.Run(count, Path.Combine(GradingBenchmarks.FindRoot(), "samples"));
}

BenchmarkSwitcher.FromAssembly(typeof(GradingBenchmarks).Assembly).Run(args);
return 0;
