using System.CommandLine;
using MeshGrader.Cli.Commands;

namespace MeshGrader.Cli;

internal static class CliApplication
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = new RootCommand("meshgrade: grades data-mesh, MLOps and governance lab files with located, actionable feedback.")
        {
            InitCommandFactory.Create(environment),
            CheckCommandFactory.Create(environment),
            ExplainCommandFactory.Create(environment),
            RubricCommandFactory.Create(environment),
            RulesCommandFactory.Create(environment),
            SchemaCommandFactory.Create(environment),
            MergeCommandFactory.Create(environment),
            DiffCommandFactory.Create(environment),
        };

        // No response files: an argument that starts with '@' is an argument, never a file to read options from.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"meshgrade: {error.Message}");
            }

            environment.Error.WriteLine("Run 'meshgrade --help' for usage.");
            return (int)ExitCode.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        });
    }
}
