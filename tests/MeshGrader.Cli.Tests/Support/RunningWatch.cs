using System.Diagnostics;
using System.Text.RegularExpressions;

using MeshGrader.Cli.Commands;

namespace MeshGrader.Cli.Tests.Support;

/// <summary><c>meshgrade check --watch</c> running in-process on a thread of its own, stopped through the environment.</summary>
internal sealed partial class RunningWatch : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task<int> run;

    private RunningWatch(string currentDirectory, bool terminal, string[] args, TimeSpan? quiet = null)
    {
        var environment = new CliEnvironment(Out, Error, terminal, _ => null, currentDirectory) { Stop = stop.Token, WatchQuiet = quiet ?? WatchLoop.Quiet };
        run = Task.Factory.StartNew(() => CliApplication.Run(args, environment), TaskCreationOptions.LongRunning);
    }

    public SharedWriter Out { get; } = new();

    public SharedWriter Error { get; } = new();

    /// <summary>The scores printed so far, one per report.</summary>
    public IReadOnlyList<string> Scores => ScoreLine().Matches(Out.ToString()).Select(m => m.Groups[1].Value).ToArray();

    public static RunningWatch Start(string currentDirectory, params string[] args) => new(currentDirectory, terminal: false, args);

    /// <summary>As <see cref="Start"/>, waiting <paramref name="quiet"/> for the files to settle instead of the command's own time.</summary>
    public static RunningWatch StartWithQuiet(TimeSpan quiet, string currentDirectory, params string[] args) => new(currentDirectory, terminal: false, args, quiet);

    public static RunningWatch OnTerminal(string currentDirectory, params string[] args) => new(currentDirectory, terminal: true, args);

    /// <summary>Waits until <paramref name="count"/> reports are printed; false if they are not within <paramref name="limit"/>.</summary>
    public bool WaitForReports(int count, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (Scores.Count < count)
        {
            if (clock.Elapsed > limit || run.IsCompleted)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    /// <summary>Waits until the watch is waiting for changes after its latest report.</summary>
    public bool WaitUntilWatching(int reports, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (WatchingLines().Count(Out.ToString()) < reports)
        {
            if (clock.Elapsed > limit || run.IsCompleted)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }

    /// <summary>Stops the watch as Ctrl-C would, and returns its exit code.</summary>
    public int Stop()
    {
        stop.Cancel();
        Assert.True(run.Wait(TimeSpan.FromSeconds(10)), "the watch did not stop");
        return run.Result;
    }

    public void Dispose()
    {
        stop.Cancel();
        run.Wait(TimeSpan.FromSeconds(10));
        stop.Dispose();
    }

    [GeneratedRegex(@"^Score: (\S+)", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();

    [GeneratedRegex(@"^Watching '", RegexOptions.Multiline)]
    private static partial Regex WatchingLines();
}
