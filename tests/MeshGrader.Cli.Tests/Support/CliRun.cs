namespace MeshGrader.Cli.Tests.Support;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static CliRun With(IReadOnlyDictionary<string, string> variables, params string[] args) => In(Directory.GetCurrentDirectory(), variables, args);

    public static CliRun In(string currentDirectory, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, OutputIsTerminal: false, name => variables.GetValueOrDefault(name), currentDirectory);
        var code = CliApplication.Run(args, environment);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
