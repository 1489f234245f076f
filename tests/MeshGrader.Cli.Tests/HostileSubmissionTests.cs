using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// Submissions built as a learner after a better grade or the job's secrets would build them: lab
/// files that are links or special files, report paths that are committed links. Every case ends
/// quickly with a grade, no byte of a target outside the submission reaches any output, and nothing
/// outside the named outputs changes.
/// </summary>
public sealed class HostileSubmissionTests
{
    private const string Marker = "outside_marker_key";

    private static readonly string[] Formats =
    [
        "text", "github", "json=report.json", "sarif=results.sarif", "junit=report.xml", "markdown=summary-report.md", "classroom=classroom.txt", "gradescope=results.json", "classroom50",
    ];

    private static string[] AllFormats => FormatsBut();

    /// <summary>Every format, to a file where it has none to itself, except those named.</summary>
    private static string[] FormatsBut(params string[] left) =>
        Formats.Where(f => !left.Any(l => f.StartsWith(l, StringComparison.Ordinal))).SelectMany(f => new[] { "--format", f }).ToArray();

    public static TheoryData<string> Cases() => new("link-to-a-file-outside", "link-to-stdin", "fifo", "link-to-another-submission", "link-loop");

    [UnixTheory]
    [MemberData(nameof(Cases))]
    public void HostileLabFileAndCommittedOutputLink_GradeQuicklyAndLeakNothing(string hostile)
    {
        using var workspace = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        File.WriteAllText(outside["secret.yaml"], $"{Marker}: 1\ndomain:\n  name: Outside Marker\n");
        var other = outside.CopySample("complete", "other-learner");
        File.AppendAllText(Path.Combine(other, "mlops.yaml"), $"{Marker}: 1\n");
        File.WriteAllText(outside["victim.txt"], "precious");
        File.CreateSymbolicLink(workspace["results.sarif"], outside["victim.txt"]);
        MakeHostile(hostile, submission, outside);
        File.WriteAllText(workspace["gh-output"], string.Empty);
        File.WriteAllText(workspace["summary.md"], string.Empty);
        var before = FolderSnapshot.Of(outside.Root);
        var variables = new Dictionary<string, string> { ["GITHUB_OUTPUT"] = workspace["gh-output"], ["GITHUB_STEP_SUMMARY"] = workspace["summary.md"] };

        // The bound is on grading, not on loading the schemas and compiling the code the first time.
        CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, "complete"));
        var timer = Stopwatch.StartNew();
        var grading = Task.Run(() => CliRun.In(workspace.Root, variables, ["check", "submission", "--lab", "16", "--lab", "17", "--lab", "18", .. AllFormats]));
        Assert.True(grading.Wait(TimeSpan.FromSeconds(3)), $"{hostile}: grading did not end within 3 s.");
        var run = grading.Result;

        Assert.True(run.ExitCode is 0 or 1, $"{hostile}: exit {run.ExitCode}\n{run.Error}");
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(3));
        Assert.Equal(before, FolderSnapshot.Of(outside.Root));
        Assert.Null(new FileInfo(workspace["results.sarif"]).LinkTarget);
        var outputs = FolderSnapshot.Texts(workspace.Root).Select(t => t.Text)
            .Append(run.Out).Append(run.Error)
            .Append(Encoding.UTF8.GetString(Convert.FromBase64String(File.ReadAllText(workspace["classroom.txt"]).Trim())));
        Assert.All(outputs, text =>
        {
            Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Outside Marker", text, StringComparison.Ordinal);
        });
        Assert.Contains("MG-003", run.Out, StringComparison.Ordinal);
    }

    [UnixFact]
    public void OutputFolderThatIsALinkOutOfTheWorkspace_IsRefusedAndNothingIsWrittenThere()
    {
        using var workspace = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        workspace.CopySample("complete", "submission");
        Directory.CreateSymbolicLink(workspace["reports"], outside.Root);

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "submission", "--format", "junit=reports/grade.xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write the junit report to 'reports/grade.xml': its folder is a link that leads out", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Root));
    }

    [UnixFact]
    public void CommittedResultJsonLink_IsReplacedAndWhereItLeadsIsLeftAlone()
    {
        using var checkout = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        checkout.CopySample("complete", "submission");
        File.WriteAllText(outside["victim.json"], "precious");
        File.CreateSymbolicLink(checkout["result.json"], outside["victim.json"]);
        var before = FolderSnapshot.Of(outside.Root);

        var run = CliRun.In(checkout.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16", "--format", "classroom50", "--min-score", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, FolderSnapshot.Of(outside.Root));
        Assert.Null(new FileInfo(checkout["result.json"]).LinkTarget);
        Assert.Equal(1000, (int)JsonNode.Parse(File.ReadAllText(checkout["result.json"]))!["score"]!);
    }

    [UnixFact]
    public void CommittedResultJsonFolderOrLinkedCheckout_IsRefusedWithNothingWritten()
    {
        using var checkout = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        checkout.CopySample("complete", "submission");
        Directory.CreateDirectory(checkout["result.json"]);
        Directory.CreateSymbolicLink(checkout["out"], outside.Root);

        var folder = CliRun.In(checkout.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16", "--format", "classroom50");
        var linked = CliRun.In(checkout.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16", "--format", "classroom50=out/result.json");

        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("cannot write the classroom50 report to 'result.json': a folder of that name is in the way", folder.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(checkout["result.json"]));
        Assert.Equal(2, linked.ExitCode);
        Assert.Contains("its folder is a link that leads out", linked.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Root));
    }

    [UnixFact]
    public void SubmissionFolderThatIsALinkOutOfTheRepository_IsRefused()
    {
        using var workspace = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        var elsewhere = outside.CopySample("complete", "someone-else");
        Directory.CreateSymbolicLink(workspace["submission"], elsewhere);

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the submission folder 'submission' is, or lies behind, a link in the repository", run.Error, StringComparison.Ordinal);
    }

    [UnixTheory]
    [InlineData("class/alice")]
    [InlineData("class/alice/")]
    [InlineData("link-to-class/alice")]
    public void SubmissionFolderBehindALinkWithinTheRepository_IsRefused(string named)
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "class/bob");
        Directory.CreateSymbolicLink(workspace["class/alice"], "bob");
        Directory.CreateSymbolicLink(workspace["link-to-class"], "class");

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", named, "--lab", "16");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is, or lies behind, a link in the repository", run.Error, StringComparison.Ordinal);
    }

    [UnixFact]
    public void SubmissionFolderOutsideTheRepositoryThatIsALink_IsGradedAsNamed()
    {
        using var workspace = new TemporaryFolder();
        using var elsewhere = new TemporaryFolder();
        var submission = elsewhere.CopySample("complete", "week3");
        Directory.CreateSymbolicLink(elsewhere["current"], submission);

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", elsewhere["current"], "--lab", "16");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void ParentAndAbsolutePaths_GradeFromAnyFolderWithNoMachinePathInAnyReport()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("data-mesh-one-mistake-per-step", "class/alice");
        Directory.CreateDirectory(workspace["elsewhere"]);
        var current = workspace["elsewhere"];
        File.WriteAllText(Path.Combine(current, "summary.md"), string.Empty);
        var variables = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = Path.Combine(current, "summary.md") };

        foreach (var folder in new[] { "../class/alice", submission })
        {
            var run = CliRun.In(current, variables, ["check", folder, "--min-score", "0", .. FormatsBut("classroom=")]);

            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("Score: 73.1/100", run.Out, StringComparison.Ordinal);
            foreach (var (name, text) in FolderSnapshot.Texts(current).Append(("stdout", run.Out)).Append(("stderr", run.Error)))
            {
                Assert.False(text.Contains(workspace.Root, StringComparison.Ordinal), $"{name} holds a machine path.");
                Assert.False(text.Contains(Path.GetTempPath().TrimEnd('/'), StringComparison.Ordinal), $"{name} holds a machine path.");
            }
        }
    }

    [Fact]
    public void AbsolutePathInAMessage_IsShownWithoutTheMachinesFolders()
    {
        using var workspace = new TemporaryFolder();
        using var elsewhere = new TemporaryFolder();
        Directory.CreateDirectory(elsewhere["empty"]);

        var withLab = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", elsewhere["empty"], "--lab", "16");
        var withoutLab = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", elsewhere["empty"], "--format", "classroom=result.txt");

        Assert.Contains("none of the lab files was found in '…/empty'", withLab.Error, StringComparison.Ordinal);
        Assert.Contains("no lab file found in '…/empty'", withoutLab.Error, StringComparison.Ordinal);
        var result = Encoding.UTF8.GetString(Convert.FromBase64String(File.ReadAllText(workspace["result.txt"]).Trim()));
        Assert.All(new[] { withLab.Error, withoutLab.Error, result }, text => Assert.DoesNotContain(elsewhere.Root, text, StringComparison.Ordinal));
    }

    [Fact]
    public void ExplainWithAHostileRuleName_PrintsItInert()
    {
        var run = CliRun.Of("explain", "x\u001b[31m\n::error::forged");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.All(run.Error.Split('\n'), line => Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), line));
    }

    [Fact]
    public void ArgumentStartingWithAt_IsNotReadAsAResponseFile()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("complete", "submission");
        File.WriteAllText(workspace["options"], "submission\n--lab\n16\n");

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "@options");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the folder '@options' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptySubmission_WritesAClassroomResultOfZeroAndFailsEvenWithMinScoreZero()
    {
        using var workspace = new TemporaryFolder();
        Directory.CreateDirectory(workspace["submission"]);

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16", "--format", "text", "--format", "classroom=result.txt", "--min-score", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("none of the lab files was found", run.Error, StringComparison.Ordinal);
        var result = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(File.ReadAllText(workspace["result.txt"]).Trim())))!;
        Assert.Equal("fail", (string?)result["status"]);
        Assert.Equal(0m, result["tests"]!.AsArray().Sum(t => (decimal)t!["score"]!));
    }

    [Fact]
    public void MissingFolderWithClassroom_StillGivesTheReporterAResult()
    {
        using var workspace = new TemporaryFolder();

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16", "--format", "classroom=result.txt");

        Assert.Equal(2, run.ExitCode);
        var result = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(File.ReadAllText(workspace["result.txt"]).Trim())))!;
        Assert.Equal("error", (string?)result["status"]);
    }

    [Fact]
    public void LearnerTextInEveryFormat_CannotSteerTheLogOrTheTerminal()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        var domain = Path.Combine(submission, "domain.yaml");
        File.WriteAllText(domain, File.ReadAllText(domain)
            .Replace("name: sales-analytics", "name: \"\\n::add-mask::x \\e[31m ##[set-output name=score]100 ##vso[task.setvariable variable=a]b \\u202Eevil [x](https://evil.example) <img src=x>\"", StringComparison.Ordinal)
            .Replace("domain:", "\"::stop-commands::token\": 1\ndomain:", StringComparison.Ordinal));
        File.WriteAllText(workspace["summary.md"], string.Empty);
        var variables = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = workspace["summary.md"] };

        var run = CliRun.In(workspace.Root, variables, ["check", "submission", "--lab", "16", .. FormatsBut("classroom=", "gradescope")]);
        var json = CliRun.In(workspace.Root, variables, "check", "submission", "--lab", "16", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("add-mask", run.Out, StringComparison.Ordinal);
        foreach (var (name, text) in FolderSnapshot.Texts(workspace.Root).Append(("stdout", run.Out)).Append(("json stdout", json.Out)))
        {
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.TrimStart();
                Assert.False(trimmed.StartsWith("::", StringComparison.Ordinal) && !trimmed.StartsWith("::error ", StringComparison.Ordinal) && !trimmed.StartsWith("::warning ", StringComparison.Ordinal), $"{name}: {line}");
                Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
                Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain('\u001b', line);
                Assert.DoesNotContain('\u202E', line);
            }
        }

        var summary = File.ReadAllText(workspace["summary.md"]);
        Assert.DoesNotContain("](https://", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void FileWithTensOfThousandsOfMistakes_GivesReportsOfBoundedSize()
    {
        using var workspace = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        var domain = new StringBuilder(File.ReadAllText(Path.Combine(submission, "domain.yaml")));
        for (var i = 0; i < 60_000; i++)
        {
            domain.Append("k").Append(i).Append(": 1\n");
        }

        File.WriteAllText(Path.Combine(submission, "domain.yaml"), domain.ToString());

        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "submission", "--lab", "16", "--format", "sarif=results.sarif", "--format", "text=report.txt", "--format", "json=report.json", "--max-findings-per-file", "50");

        Assert.Equal(0, run.ExitCode);
        Assert.InRange(new FileInfo(workspace["results.sarif"]).Length, 1, 2 * 1024 * 1024);
        Assert.InRange(new FileInfo(workspace["report.json"]).Length, 1, 2 * 1024 * 1024);
        Assert.Contains("59950 more findings in domain.yaml not shown", File.ReadAllText(workspace["report.txt"]), StringComparison.Ordinal);
    }

    private static void MakeHostile(string hostile, string submission, TemporaryFolder outside)
    {
        switch (hostile)
        {
            case "link-to-a-file-outside":
                Replace(submission, "domain.yaml", file => File.CreateSymbolicLink(file, outside["secret.yaml"]));
                break;
            case "link-to-stdin":
                Replace(submission, "contract.yaml", file => File.CreateSymbolicLink(file, "/dev/stdin"));
                break;
            case "fifo":
                Replace(submission, "mlops.yaml", file => Assert.Equal(0, ProcessRun.Of("mkfifo", [file], submission).ExitCode));
                break;
            case "link-to-another-submission":
                Replace(submission, "mlops.yaml", file => File.CreateSymbolicLink(file, Path.Combine(outside["other-learner"], "mlops.yaml")));
                break;
            case "link-loop":
                Replace(submission, "governance.yaml", file => File.CreateSymbolicLink(file, file));
                break;
        }
    }

    private static void Replace(string submission, string name, Action<string> create)
    {
        var file = Path.Combine(submission, name);
        File.Delete(file);
        create(file);
    }
}
