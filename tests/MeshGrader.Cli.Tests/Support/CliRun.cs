namespace MeshGrader.Cli.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static CliRun With(IReadOnlyDictionary<string, string> variables, params string[] args) => In(Directory.GetCurrentDirectory(), variables, args);

    public static CliRun In(string currentDirectory, IReadOnlyDictionary<string, string> variables, params string[] args) =>
        Run(currentDirectory, variables, gradescopeResultsFolder: null, args);

    /// <summary>A run where <paramref name="gradescopeResultsFolder"/> stands in for /autograder/results.</summary>
    public static CliRun InAutograder(string currentDirectory, string gradescopeResultsFolder, params string[] args) =>
        Run(currentDirectory, new Dictionary<string, string>(), gradescopeResultsFolder, args);

    private static CliRun Run(string currentDirectory, IReadOnlyDictionary<string, string> variables, string? gradescopeResultsFolder, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, OutputIsTerminal: false, name => variables.GetValueOrDefault(name), currentDirectory);
        if (gradescopeResultsFolder is not null)
        {
            environment = environment with { GradescopeResultsFolder = gradescopeResultsFolder };
        }

        var code = CliApplication.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
