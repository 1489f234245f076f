using MeshGrader.Core.Findings;

namespace MeshGrader.Cli.Commands;

/// <summary>How a command reports a fault of its own: the exception's type only, its details with --verbose.</summary>
internal static class CommandFailures
{
    public static ExitCode Internal(Exception ex, bool verbose, CliEnvironment environment)
    {
        // The exception's own message can carry machine paths and learner text.
        environment.Error.WriteLine($"meshgrade: internal error ({ex.GetType().Name}).");
        environment.Error.WriteLine(verbose ? LearnerText.Lines(ex.ToString()) : "Run again with --verbose for details, and please report it.");
        return ExitCode.InternalError;
    }

    public static ExitCode Usage(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("meshgrade: " + LearnerText.Printable(message, int.MaxValue));
        return ExitCode.UsageError;
    }
}
