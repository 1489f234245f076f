using System.Diagnostics;
using System.Threading.Channels;
using MeshGrader.Cli.Commands;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>The watch's loop and its sources, apart from the command: changes fed by hand, and the poll alone.</summary>
public sealed class WatchLoopTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    // A burst's changes must stay within the quiet time even when a loaded machine wakes a 50 ms
    // delay late, so the burst test waits for a longer quiet time than the others.
    private static readonly TimeSpan BurstQuiet = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan BurstGap = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task ChangesWithinTheQuietTime_AreOneRegradeAfterTheLast()
    {
        var feed = new HandFedChanges();
        var grades = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var loop = NewLoop(feed, out _, BurstQuiet);
        var running = Task.Run(() => loop.RunAsync(() => Grade(grades, clock), stop.Token));
        await WaitFor(() => Count(grades) == 1);

        var lastChange = TimeSpan.Zero;
        for (var i = 0; i < 5; i++)
        {
            // Read before the write: the loop may take the change and start waiting before Write returns.
            lastChange = clock.Elapsed;
            feed.Write("domain.yaml");
            await Task.Delay(BurstGap);
        }

        await WaitFor(() => Count(grades) == 2);
        await Task.Delay(BurstQuiet);
        await stop.CancelAsync();
        await running;

        Assert.Equal(2, Count(grades));
        lock (grades)
        {
            // After the quiet time from the last change, not from the first (that would be 200 ms sooner);
            // the timer and the stopwatch may disagree by a tick, hence the small allowance.
            Assert.True(grades[1] - lastChange >= BurstQuiet - TimeSpan.FromMilliseconds(20), $"graded {(grades[1] - lastChange).TotalMilliseconds:F1} ms after the last change");
        }
    }

    [Fact]
    public async Task ChangesApartByMoreThanTheQuietTime_AreARegradeEach()
    {
        var feed = new HandFedChanges();
        var grades = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var loop = NewLoop(feed, out var output);
        var running = Task.Run(() => loop.RunAsync(() => Grade(grades, clock), stop.Token));
        await WaitFor(() => Count(grades) == 1);

        feed.Write("domain.yaml");
        await WaitFor(() => Count(grades) == 2);
        feed.Write("contract.yaml");
        await WaitFor(() => Count(grades) == 3);
        await stop.CancelAsync();
        await running;

        Assert.Equal(3, Count(grades));
        Assert.Contains("  domain.yaml changed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  contract.yaml changed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoppedWhileWaiting_EndsWithTheLastGradingsExitCode()
    {
        var feed = new HandFedChanges();
        var codes = new Queue<ExitCode>([ExitCode.NotPassing, ExitCode.Passed]);
        using var stop = new CancellationTokenSource();
        var loop = NewLoop(feed, out var output);
        var running = Task.Run(() => loop.RunAsync(codes.Dequeue, stop.Token));
        feed.Write("mlops.yaml");
        await WaitFor(() => codes.Count == 0);
        await stop.CancelAsync();

        Assert.Equal(ExitCode.Passed, await running.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.EndsWith("Stopped watching." + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAlone_SeesASaveARenameAndARemoval()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["domain.yaml"], "domain:\n  name: sales\n");
        using var changes = new LabFileChanges(folder.Root, TimeProvider.System, WatchLoop.PollEvery, notifications: false);
        Assert.False(changes.Notified);

        File.WriteAllText(folder["domain.yaml"], "domain:\n  name: sales_and_marketing\n");
        Assert.Equal(["domain.yaml"], await ChangesUntilQuiet(changes));

        File.WriteAllText(folder["notes.txt"], "not a lab file");
        File.Move(folder["domain.yaml"], folder["Domain.yml"]);
        Assert.Equal(["Domain.yml", "domain.yaml"], await ChangesUntilQuiet(changes));

        File.Delete(folder["Domain.yml"]);
        Assert.Equal(["Domain.yml"], await ChangesUntilQuiet(changes));
    }

    [Fact]
    public async Task Settled_AChangeAlreadySeenIsNotReportedAgain()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["mlops.yaml"], "model: {}\n");
        using var changes = new LabFileChanges(folder.Root, TimeProvider.System, WatchLoop.PollEvery, notifications: false);

        File.WriteAllText(folder["mlops.yaml"], "model: { name: churn }\n");
        changes.Settle();
        while (changes.Changes.TryRead(out _))
        {
            // A poll may have seen the write before it was settled; only later polls matter here.
        }

        await Task.Delay(4 * WatchLoop.PollEvery);

        Assert.False(changes.Changes.TryRead(out var seen), $"reported {seen} again");
    }

    [Fact]
    public async Task Notifications_SeeASaveBeforeAnyPoll()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["governance.yaml"], "governance: {}\n");

        // A poll an hour apart: whatever is seen within seconds came from the file system's notifications.
        using var changes = new LabFileChanges(folder.Root, TimeProvider.System, TimeSpan.FromHours(1));
        Assert.True(changes.Notified);
        File.WriteAllText(folder["governance.yaml"], "governance: { owner: data_office }\n");

        Assert.Equal("governance.yaml", await NextChange(changes));
    }

    private static WatchLoop NewLoop(IChangeFeed feed, out SharedWriter output, TimeSpan? quiet = null)
    {
        output = new SharedWriter();
        return new WatchLoop(feed, new WatchScreen(output, terminal: false, TimeProvider.System, "submission"), TimeProvider.System, quiet ?? Quiet);
    }

    private static ExitCode Grade(List<TimeSpan> grades, Stopwatch clock)
    {
        lock (grades)
        {
            grades.Add(clock.Elapsed);
        }

        return ExitCode.NotPassing;
    }

    private static int Count(List<TimeSpan> grades)
    {
        lock (grades)
        {
            return grades.Count;
        }
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "timed out");
            await Task.Delay(5);
        }
    }

    /// <summary>The names of the changes seen, once none has come for a while (a write can be seen twice: truncated, then written).</summary>
    private static async Task<string[]> ChangesUntilQuiet(LabFileChanges changes)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal) { await NextChange(changes) };
        while (true)
        {
            using var quiet = new CancellationTokenSource(4 * WatchLoop.PollEvery);
            try
            {
                names.Add(await changes.Changes.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException)
            {
                return [.. names];
            }
        }
    }

    private static async Task<string> NextChange(LabFileChanges changes)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await changes.Changes.ReadAsync(limit.Token);
    }

    /// <summary>Changes written by the test; settling has nothing to forget.</summary>
    private sealed class HandFedChanges : IChangeFeed
    {
        private readonly Channel<string> channel = Channel.CreateUnbounded<string>();

        public ChannelReader<string> Changes => channel.Reader;

        public void Write(string name) => channel.Writer.TryWrite(name);

        public void Settle()
        {
        }
    }
}
