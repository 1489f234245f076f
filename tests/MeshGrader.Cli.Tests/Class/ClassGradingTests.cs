using System.Globalization;
using System.Text.Json;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests.Class;

/// <summary>
/// A generated class of 1,000 submissions graded with <c>check --each</c>: every row is what grading
/// that folder alone gives, the bytes do not depend on the parallelism, and four shards merged give
/// the bytes of one run.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ClassGradingTests(ClassGradingTests.ThousandSubmissions generated) : IClassFixture<ClassGradingTests.ThousandSubmissions>
{
    private static readonly string[] Labs = ["--lab", "16", "--lab", "17", "--lab", "18"];

    [UnixFact]
    public void ClassOfAThousand_GivesTheSameBytesOnOneCoreAndOnAll()
    {
        var one = Grade("one", "--jobs", "1");
        var all = Grade("all", "--jobs", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(one.Outputs, all.Outputs);
        Assert.Equal(one.Run.Out, all.Run.Out);
        Assert.Equal(generated.Whole.Outputs, one.Outputs);
    }

    [UnixFact]
    public void ClassOfAThousand_EachRowIsWhatGradingTheFolderAloneGives()
    {
        var rows = CsvRows.Read(File.ReadAllText(generated.Class["whole.csv"])).Rows;
        // The CSV shows folder names made safe; the JSON keeps them exact, in the same order.
        var folders = JsonDocument.Parse(File.ReadAllText(generated.Class["whole.json"])).RootElement.GetProperty("submissions").EnumerateArray()
            .Select(s => s.GetProperty("submission").GetString()!).ToArray();

        Assert.Equal(1000, rows.Count);
        Assert.Equal(rows.Select(r => r["submission"]).Order(StringComparer.Ordinal), rows.Select(r => r["submission"]));
        Assert.Contains(rows, r => r["passed"] == "yes");
        Assert.Contains(rows, r => r["problem"].Length > 0);
        Assert.Contains(rows, r => r["failed_checks"].Contains("MG-003", StringComparison.Ordinal));
        Assert.Contains(rows, r => r["failed_checks"].Contains("MG-008", StringComparison.Ordinal));
        foreach (var (row, folder) in rows.Zip(folders))
        {
            var alone = CliRun.In(generated.Class.Root, new Dictionary<string, string>(), ["check", folder, .. Labs, "--format", "json"]);
            if (row["problem"].Length > 0)
            {
                // A submission the class could not grade is one a check alone refuses too.
                Assert.True(alone.ExitCode == 2, $"{row["submission"]}: {alone.Error}");
                continue;
            }

            Assert.True(alone.ExitCode is 0 or 1, $"{row["submission"]}: {alone.Error}");
            var report = JsonDocument.Parse(alone.Out).RootElement;
            Assert.Equal(report.GetProperty("score").GetDecimal().ToString(CultureInfo.InvariantCulture), row["score"]);
            foreach (var lab in report.GetProperty("labs").EnumerateArray())
            {
                var id = lab.GetProperty("lab").GetInt32();
                Assert.Equal(lab.GetProperty("score").GetDecimal().ToString(CultureInfo.InvariantCulture), row[$"lab{id}_score"]);
                Assert.Equal(lab.GetProperty("tasks_completed").GetInt32().ToString(CultureInfo.InvariantCulture), row[$"lab{id}_steps_completed"]);
            }

            var failed = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error")
                .Select(f => f.GetProperty("rule").GetString()!).Distinct();
            Assert.Equal(string.Join(' ', failed), row["failed_checks"]);
            Assert.Equal(alone.ExitCode == 0 ? "yes" : "no", row["passed"]);
        }
    }

    [UnixFact]
    public void FourShardsMerged_GiveTheBytesOfOneRun()
    {
        var partials = Enumerable.Range(1, 4).Select(k =>
        {
            var run = Run(["check", GeneratedClass.Folder, "--each", .. Labs, "--shard", $"{k}/4", "--class-json", $"shard-{k}.json"]);
            Assert.True(run.ExitCode == 0, run.Error);
            return $"shard-{k}.json";
        }).ToArray();

        var merge = Run(["merge", .. partials.Reverse(), "--class-csv", "merged.csv", "--class-json", "merged.json", "--class-html", "merged.html"]);

        Assert.True(merge.ExitCode == 0, merge.Error);
        Assert.Equal(generated.Whole.Outputs, Outputs("merged"));
        Assert.Equal(generated.Whole.Run.Out, merge.Out);
    }

    [UnixFact]
    public void MergeWithAShardMissing_IsRefused()
    {
        foreach (var k in new[] { 1, 2, 4 })
        {
            Assert.Equal(0, Run(["check", GeneratedClass.Folder, "--each", .. Labs, "--shard", $"{k}/4", "--class-json", $"partial-{k}.json"]).ExitCode);
        }

        var merge = Run("merge", "partial-1.json", "partial-2.json", "partial-4.json", "--class-csv", "never.csv");

        Assert.Equal(2, merge.ExitCode);
        Assert.Equal("meshgrade: cannot merge: shard 3/4 is missing; give the partial result of every shard.\n", merge.Error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(generated.Class["never.csv"]));
    }

    private (CliRun Run, string Outputs) Grade(string name, params string[] extra)
    {
        var run = Run(["check", GeneratedClass.Folder, "--each", .. Labs, "--class-csv", $"{name}.csv", "--class-json", $"{name}.json", "--class-html", $"{name}.html", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(string.Empty, run.Error);
        return (run, Outputs(name));
    }

    private string Outputs(string name) =>
        string.Join("\u0000", new[] { "csv", "json", "html" }.Select(ext => File.ReadAllText(generated.Class[$"{name}.{ext}"])));

    private CliRun Run(params string[] args) => CliRun.In(generated.Class.Root, new Dictionary<string, string>(), args);

    /// <summary>The generated class, and the outputs of grading it whole once, shared by the tests.</summary>
    public sealed class ThousandSubmissions : IDisposable
    {
        public ThousandSubmissions()
        {
            Class = new GeneratedClass(1000);
            var run = CliRun.In(Class.Root, new Dictionary<string, string>(),
                ["check", GeneratedClass.Folder, "--each", .. Labs, "--class-csv", "whole.csv", "--class-json", "whole.json", "--class-html", "whole.html"]);
            Assert.True(run.ExitCode == 0, run.Error);
            Whole = (run, string.Join("\u0000", new[] { "csv", "json", "html" }.Select(ext => File.ReadAllText(Class[$"whole.{ext}"]))));
        }

        internal GeneratedClass Class { get; }

        internal (CliRun Run, string Outputs) Whole { get; }

        public void Dispose() => Class.Dispose();
    }
}
