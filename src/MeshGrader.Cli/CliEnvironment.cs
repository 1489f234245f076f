namespace MeshGrader.Cli;

/// <summary>What the command line touches of the outside world, so tests can stand in for it.</summary>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutputIsTerminal, Func<string, string?> Variable, string CurrentDirectory)
{
    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory())
        {
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };

    /// <summary>Standard error is a terminal (where a progress bar can be drawn and redrawn).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// A person is watching: both outputs are terminals and no CI system says it is running (CI is
    /// set by GitHub Actions, GitLab and most others). Only then is progress drawn.
    /// </summary>
    public bool IsInteractive => OutputIsTerminal && ErrorIsTerminal && Variable("CI") is null or "" or "false" or "0";

    /// <summary>The folder where Gradescope expects results.json; a property so tests can stand in for it.</summary>
    public string GradescopeResultsFolder { get; init; } = "/autograder/results";

    /// <summary>Ends a command that runs until stopped (<c>check --watch</c>), besides Ctrl-C; tests stop it with this.</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>The time a watch waits by and stamps its regrades with; a property so tests can stand in for it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long a watch waits for the files to stay unchanged before it grades again; a property so tests on a loaded machine can widen it.</summary>
    public TimeSpan WatchQuiet { get; init; } = Commands.WatchLoop.Quiet;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public bool UseColour => OutputIsTerminal && string.IsNullOrEmpty(Variable("NO_COLOR"));
}
