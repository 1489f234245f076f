using MeshGrader.Cli;

return CliApplication.Run(args, CliEnvironment.FromProcess());
