namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>meshgrade check --watch</c>: grades once, then again whenever the lab files change, until
/// stopped (Ctrl-C, SIGTERM, or the environment's stop). A burst of changes (an editor's save
/// writes, renames and touches; a learner saves twice) is one regrade, <see cref="Quiet"/> after
/// the last of them. The run's exit code is the last grading's.
/// </summary>
internal sealed class WatchLoop(IChangeFeed feed, WatchScreen screen, TimeProvider clock, TimeSpan quiet)
{
    /// <summary>How long the files must stay unchanged before a regrade.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How often the files' lengths and times are compared. Shorter than <see cref="Quiet"/>, so the
    /// polls that see one burst fall in one quiet window where notifications are missing.
    /// </summary>
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(125);

    /// <summary>Watches a submission folder on the real file system, as the command line runs it.</summary>
    public static ExitCode Run(string folder, string shownFolder, CliEnvironment environment, Func<ExitCode> grade)
    {
        using var signals = new StopSignals(environment.Stop);
        using var changes = new LabFileChanges(folder, environment.Clock, PollEvery);
        var screen = new WatchScreen(environment.Out, environment.OutputIsTerminal, environment.Clock, shownFolder);
        return new WatchLoop(changes, screen, environment.Clock, environment.WatchQuiet).RunAsync(grade, signals.Token).GetAwaiter().GetResult();
    }

    public async Task<ExitCode> RunAsync(Func<ExitCode> grade, CancellationToken stop)
    {
        feed.Settle();
        var last = grade();
        while (true)
        {
            screen.Watching();
            if (await NextBurstAsync(stop) is not { } changed)
            {
                screen.Stopped();
                return last;
            }

            // Seen before grading reads the files: a save during the grading is a change of its own.
            feed.Settle();
            Drain(changed);
            screen.Regrading(changed);
            last = grade();
        }
    }

    /// <summary>The files changed in the next burst, once they have been quiet for a while; null when stopped.</summary>
    private async Task<SortedSet<string>?> NextBurstAsync(CancellationToken stop)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            if (!await feed.Changes.WaitToReadAsync(stop))
            {
                return null;
            }

            Drain(changed);
            while (true)
            {
                using var window = new CancellationTokenSource(quiet, clock);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, window.Token);
                try
                {
                    if (!await feed.Changes.WaitToReadAsync(either.Token))
                    {
                        return changed;
                    }
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    return changed;
                }

                Drain(changed);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private void Drain(SortedSet<string> changed)
    {
        while (feed.Changes.TryRead(out var name))
        {
            changed.Add(name);
        }
    }
}
