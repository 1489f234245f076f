using System.Diagnostics;
using MeshGrader.Cli.Commands;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary><c>meshgrade check --watch</c> on a real folder: a save is graded again, within a second, once per burst.</summary>
[Collection(LatencyCollection.Name)]
public sealed class WatchTests
{
    private static readonly TimeSpan FirstReport = TimeSpan.FromSeconds(30);

    // The promise: a new report within a second of a save. A shared CI machine can stall any one
    // regrade (the other test assembly runs on the same cores), so a test saves again, up to three
    // times, until one regrade keeps the promise; a watch that is slow every time still fails.
    private static readonly TimeSpan WithinASecond = TimeSpan.FromSeconds(1);
    private const int SavesTried = 3;

    private static string Milliseconds(IEnumerable<TimeSpan> latencies) =>
        string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:F0} ms"));

    [Fact]
    public void SaveThatFixesTheMistakes_NewReportWithinASecondAndStopsWithItsExitCode()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("data-mesh-misspelt-key-and-choice", "submission");
        var domain = Path.Combine(submission, "domain.yaml");
        using var watch = RunningWatch.Start(folder.Root, "check", "submission", "--watch");
        Assert.True(watch.WaitUntilWatching(1, FirstReport), watch.Out + watch.Error.ToString());
        var first = Assert.Single(watch.Scores);
        Assert.Contains("[DM-102]", watch.Out.ToString(), StringComparison.Ordinal);

        var fixedText = File.ReadAllText(domain).Replace("owner_tem:", "owner_team:", StringComparison.Ordinal).Replace("lakehose", "lakehouse", StringComparison.Ordinal);
        var saved = Stopwatch.StartNew();
        File.WriteAllText(domain, fixedText);
        var regraded = watch.WaitForReports(2, TimeSpan.FromSeconds(10));
        var elapsed = saved.Elapsed;

        Assert.True(regraded, watch.Out + watch.Error.ToString());
        Assert.NotEqual(first, watch.Scores[1]);
        var latest = watch.Out.ToString()[watch.Out.ToString().LastIndexOf("graded again", StringComparison.Ordinal)..];
        Assert.DoesNotContain("[DM-102]", latest, StringComparison.Ordinal);
        Assert.Contains("domain.yaml changed", watch.Out.ToString(), StringComparison.Ordinal);

        var latencies = new List<TimeSpan> { elapsed };
        while (latencies.Min() >= WithinASecond && latencies.Count < SavesTried)
        {
            var reports = watch.Scores.Count;
            var again = Stopwatch.StartNew();
            File.AppendAllText(domain, "# saved again\n");
            Assert.True(watch.WaitForReports(reports + 1, TimeSpan.FromSeconds(10)), watch.Out.ToString());
            latencies.Add(again.Elapsed);
        }

        Assert.True(latencies.Min() < WithinASecond, $"the new reports took {Milliseconds(latencies)} after their saves");
        Assert.True(watch.WaitUntilWatching(watch.Scores.Count, FirstReport));

        // The first grading did not pass (exit 1), the last did: a watch ends with the last grading's code.
        Assert.Equal(0, watch.Stop());
        Assert.Equal(string.Empty, watch.Error.ToString());
        Assert.EndsWith("Stopped watching." + Environment.NewLine, watch.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralQuickWrites_AreGradedOnceAtTheirLastContent()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("data-mesh-misspelt-key-and-choice", "submission");
        var domain = Path.Combine(submission, "domain.yaml");
        var original = File.ReadAllText(domain);
        // A quiet time of 2 s, so 40 ms between writes stays within it even on a loaded machine
        // (the command's own 200 ms is held to its promise by the within-a-second test above).
        var quiet = TimeSpan.FromSeconds(2);
        using var watch = RunningWatch.StartWithQuiet(quiet, folder.Root, "check", "submission", "--watch");
        Assert.True(watch.WaitUntilWatching(1, FirstReport), watch.Out + watch.Error.ToString());

        // Each write comes well within the quiet time of the one before; the last fixes the misspelt key.
        for (var i = 1; i <= 5; i++)
        {
            File.WriteAllText(domain, original + new string('#', i) + "\n");
            Thread.Sleep(40);
        }

        File.WriteAllText(domain, original.Replace("owner_tem:", "owner_team:", StringComparison.Ordinal));
        Assert.True(watch.WaitForReports(2, TimeSpan.FromSeconds(10)), watch.Out.ToString());

        // Long enough for a second regrade to show, were the burst graded more than once.
        Thread.Sleep(quiet);
        Assert.Equal(2, watch.Scores.Count);
        Assert.DoesNotContain("[DM-102]", watch.Out.ToString()[watch.Out.ToString().LastIndexOf("graded again", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(1, watch.Stop());
    }

    [Fact]
    public void OnAPipe_PrintsPlainSeparatorLinesAndNoEscapeCode()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("data-mesh-misspelt-key-and-choice", "submission");
        using var watch = RunningWatch.Start(folder.Root, "check", "submission", "--watch");
        Assert.True(watch.WaitUntilWatching(1, FirstReport), watch.Out.ToString());

        File.AppendAllText(Path.Combine(submission, "contract.yaml"), "# saved again\n");
        Assert.True(watch.WaitUntilWatching(2, TimeSpan.FromSeconds(10)), watch.Out.ToString());
        watch.Stop();

        var output = watch.Out.ToString();
        Assert.DoesNotContain('\u001b', output);
        Assert.Matches(@"(?m)^--- \d{4}-\d\d-\d\d \d\d:\d\d:\d\d  contract\.yaml changed: graded again ---$", output);
    }

    [Fact]
    public void OnATerminal_ClearsTheScreenBeforeEachRegrade()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("data-mesh-misspelt-key-and-choice", "submission");
        using var watch = RunningWatch.OnTerminal(folder.Root, "check", "submission", "--watch");
        Assert.True(watch.WaitUntilWatching(1, FirstReport), watch.Out.ToString());
        Assert.DoesNotContain("\u001b[2J", watch.Out.ToString(), StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(submission, "domain.yaml"), "# saved again\n");
        Assert.True(watch.WaitUntilWatching(2, TimeSpan.FromSeconds(10)), watch.Out.ToString());
        watch.Stop();

        Assert.Contains("\u001b[H\u001b[2J", watch.Out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--- ", watch.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ALabFileAddedWhileWatching_IsGraded()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("mlops-choice-typo", "submission");
        using var watch = RunningWatch.Start(folder.Root, "check", "submission", "--watch");
        Assert.True(watch.WaitUntilWatching(1, FirstReport), watch.Out.ToString());
        Assert.DoesNotContain("Lab 18", watch.Out.ToString(), StringComparison.Ordinal);

        File.Copy(Path.Combine(RepositoryPaths.Samples, "complete", "governance.yaml"), Path.Combine(submission, "governance.yaml"));
        Assert.True(watch.WaitUntilWatching(2, TimeSpan.FromSeconds(10)), watch.Out.ToString());
        watch.Stop();

        Assert.Contains("Lab 18", watch.Out.ToString(), StringComparison.Ordinal);
    }

    [UnixFact]
    public void ALinkOutOfTheSubmissionAddedWhileWatching_IsRefusedAsOnAnyRun()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("mlops-choice-typo", "submission");
        var secret = folder["secret.yaml"];
        File.WriteAllText(secret, File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", "governance.yaml")) + "# SECRET-7f3a\n");
        using var watch = RunningWatch.Start(folder.Root, "check", "submission", "--watch");
        Assert.True(watch.WaitUntilWatching(1, FirstReport), watch.Out.ToString());

        File.CreateSymbolicLink(Path.Combine(submission, "governance.yaml"), secret);
        Assert.True(watch.WaitUntilWatching(2, TimeSpan.FromSeconds(10)), watch.Out.ToString());
        watch.Stop();

        var regraded = watch.Out.ToString()[watch.Out.ToString().LastIndexOf("graded again", StringComparison.Ordinal)..];
        Assert.Contains("[MG-003]", regraded, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-7f3a", watch.Out.ToString() + watch.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    [Trait("Category", "EndToEnd")]
    public void AsAProcess_RegradesAndStopsCleanlyOnCtrlC()
    {
        using var folder = new TemporaryFolder();
        var submission = folder.CopySample("mlops-choice-typo", "submission");
        var start = new ProcessStartInfo(EndToEndTests.Executable)
        {
            WorkingDirectory = folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "check", "submission", "--watch" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = new SharedWriter();
        var error = new SharedWriter();
        process.OutputDataReceived += (_, e) => output.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => error.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Assert.True(WaitFor(() => Count(output, "Watching '") == 1, FirstReport), output.ToString() + error);
            var mlops = Path.Combine(submission, "mlops.yaml");
            var latencies = new List<TimeSpan>();
            while ((latencies.Count == 0 || latencies.Min() >= WithinASecond) && latencies.Count < SavesTried)
            {
                var reports = Count(output, "Score: ");
                var saved = Stopwatch.StartNew();
                File.AppendAllText(mlops, "# saved\n");
                Assert.True(WaitFor(() => Count(output, "Score: ") == reports + 1, TimeSpan.FromSeconds(10)), output.ToString());
                latencies.Add(saved.Elapsed);
                Assert.True(WaitFor(() => Count(output, "Watching '") == reports + 1, TimeSpan.FromSeconds(10)), output.ToString());
            }

            Assert.True(latencies.Min() < WithinASecond, $"the new reports took {Milliseconds(latencies)} after their saves");

            Assert.Equal(0, ProcessRun.Of("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], folder.Root).ExitCode);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(10)), "the watch did not stop on SIGINT");
            process.WaitForExit();

            // The sample keeps its typo: the last grading does not pass.
            Assert.Equal(1, process.ExitCode);
            Assert.Equal(string.Empty, error.ToString().Trim());
            Assert.Contains("Stopped watching.", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', output.ToString());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "text=report.txt")]
    [InlineData("--format", "sarif=report.sarif")]
    [InlineData("--each", "--lab")]
    public void WithAnotherOutputOrAClass_IsAUsageError(string option, string value)
    {
        using var folder = new TemporaryFolder();
        folder.CopySample("complete", "submission");
        var args = option == "--each" ? new[] { "check", ".", "--watch", "--each", "--lab", "16" } : ["check", "submission", "--watch", option, value];

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(), args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--watch", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
        Assert.False(File.Exists(folder["report.txt"]) || File.Exists(folder["report.sarif"]));
    }

    private static int Count(SharedWriter output, string start) =>
        output.ToString().Split('\n').Count(line => line.StartsWith(start, StringComparison.Ordinal));

    private static bool WaitFor(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            Thread.Sleep(5);
        }

        return true;
    }
}
