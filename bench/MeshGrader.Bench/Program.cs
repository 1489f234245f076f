using System.Globalization;
using BenchmarkDotNet.Running;
using MeshGrader.Bench;

if (args is ["phases", ..])
{
    return PhaseProfile.Run(args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(GradingBenchmarks.FindRoot(), "samples", "complete"), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000);
}

BenchmarkSwitcher.FromAssembly(typeof(GradingBenchmarks).Assembly).Run(args);
return 0;
