using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MeshGrader.Bench.GradingBenchmarks).Assembly).Run(args);
