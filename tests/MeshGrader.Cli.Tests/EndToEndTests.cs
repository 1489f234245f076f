using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests;

/// <summary>
/// The meshgrade executable as users run it, in its own process. By default the one built beside
/// these tests; <c>.ci/run</c> sets MESHGRADE_EXECUTABLE to the Native AOT binary it publishes, so a
/// change that works on the JIT but breaks the shipped form fails CI.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class EndToEndTests
{
    internal static string Executable =>
        Environment.GetEnvironmentVariable("MESHGRADE_EXECUTABLE") is { Length: > 0 } chosen ? chosen : Path.Combine(AppContext.BaseDirectory, "meshgrade");

    [Theory]
    [MemberData(nameof(GoldenSampleTests.Samples), MemberType = typeof(GoldenSampleTests))]
    public void Sample_PrintsItsGoldenReport(string sample)
    {
        var run = ProcessRun.Of(Executable, ["check", Path.Combine(RepositoryPaths.Samples, sample)], RepositoryPaths.Root, NoColour);

        Assert.True(run.ExitCode is 0 or 1, run.Both);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, sample + ".expected.txt")), run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void OneRun_WritesEveryFileFormatParsable()
    {
        using var workspace = new TemporaryFolder();
        workspace.CopySample("data-mesh-one-mistake-per-step", "submission");

        var run = ProcessRun.Of(Executable,
            ["check", "submission", "--lab", "16", "--format", "text", "--format", "json=report.json", "--format", "sarif=report.sarif",
             "--format", "junit=report.xml", "--format", "markdown=report.md", "--format", "classroom=classroom.txt", "--format", "gradescope=results.json", "--format", "classroom50"],
            workspace.Root, NoColour);

        Assert.True(run.ExitCode == 1, run.Both);
        Assert.Equal(73.1m, JsonDocument.Parse(File.ReadAllText(workspace["report.json"])).RootElement.GetProperty("score").GetDecimal());
        Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(workspace["report.sarif"])).RootElement.GetProperty("version").GetString());
        Assert.Equal(6, XDocument.Load(workspace["report.xml"]).Descendants("failure").Count());
        Assert.Contains("Step 3: Define Data Contract", File.ReadAllText(workspace["report.md"]), StringComparison.Ordinal);
        var classroom = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(File.ReadAllText(workspace["classroom.txt"]).Trim())));
        Assert.Equal(73.1m, classroom.RootElement.GetProperty("tests").EnumerateArray().Sum(t => t.GetProperty("score").GetDecimal()));
        Assert.Equal(73.1m, JsonDocument.Parse(File.ReadAllText(workspace["results.json"])).RootElement.GetProperty("score").GetDecimal());
        Assert.Equal(731, JsonDocument.Parse(File.ReadAllText(workspace["result.json"])).RootElement.GetProperty("score").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "check", "no-such-folder" }, 2)]
    [InlineData(new[] { "check", "samples/complete", "--format", "nope" }, 2)]
    [InlineData(new[] { "check", "samples/complete", "--lab", "16" }, 0)]
    [InlineData(new[] { "explain", "DM-301" }, 0)]
    [InlineData(new[] { "explain", "XX-999" }, 2)]
    public void CommandLine_ExitsWithTheDocumentedCode(string[] arguments, int expected)
    {
        var run = ProcessRun.Of(Executable, arguments, RepositoryPaths.Root, NoColour);

        Assert.True(run.ExitCode == expected, run.Both);
    }

    [UnixFact]
    public void HostileLinksAndPipe_AreRefusedWithoutBlockingAndNothingLeaked()
    {
        using var workspace = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        var submission = workspace.CopySample("complete", "submission");
        File.WriteAllText(outside["secret.yaml"], "outside_marker_key: 1\n");
        File.Delete(Path.Combine(submission, "domain.yaml"));
        File.CreateSymbolicLink(Path.Combine(submission, "domain.yaml"), outside["secret.yaml"]);
        File.Delete(Path.Combine(submission, "mlops.yaml"));
        Assert.Equal(0, ProcessRun.Of("mkfifo", [Path.Combine(submission, "mlops.yaml")], workspace.Root).ExitCode);
        File.WriteAllText(outside["victim.txt"], "precious");
        File.CreateSymbolicLink(workspace["report.json"], outside["victim.txt"]);

        var timer = Stopwatch.StartNew();
        var run = ProcessRun.Of(Executable, ["check", "submission", "--lab", "16", "--lab", "17", "--format", "text", "--format", "json=report.json"], workspace.Root, NoColour);

        Assert.True(run.ExitCode == 1, run.Both);
        // A guard against blocking on the pipe (which would never return), not a measure of speed:
        // speed is measured in bench/. The bound leaves room for a loaded CI machine.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30), $"took {timer.Elapsed}");
        Assert.DoesNotContain("outside_marker_key", run.Out + File.ReadAllText(workspace["report.json"]), StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(outside["victim.txt"]));
    }

    [Fact]
    public void InitThenSchemaThenCheck_WorkInTheShippedForm()
    {
        using var workspace = new TemporaryFolder();

        var init = ProcessRun.Of(Executable, ["init", "lab", "--vscode"], workspace.Root, NoColour);
        var schema = ProcessRun.Of(Executable, ["schema", "mlops"], workspace.Root, NoColour);
        var check = ProcessRun.Of(Executable, ["check", "lab", "--format", "json"], workspace.Root, NoColour);

        Assert.True(init.ExitCode == 0, init.Both);
        Assert.True(schema.ExitCode == 0, schema.Both);
        Assert.Equal(File.ReadAllText(Path.Combine(workspace.Root, "lab", ".meshgrade", "schemas", "mlops.schema.json")), schema.Out);
        Assert.True(check.ExitCode == 1, check.Both);
        Assert.True(JsonDocument.Parse(check.Out).RootElement.GetProperty("score").GetDecimal() < 100m);
        JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.Root, "lab", ".vscode", "settings.json")));
    }

    [Fact]
    public void InitWithOdcsThenSchemaWithOdcs_WriteTheSameFilesInTheShippedForm()
    {
        using var workspace = new TemporaryFolder();

        var init = ProcessRun.Of(Executable, ["init", "lab", "--lab", "16", "--odcs"], workspace.Root, NoColour);
        var schema = ProcessRun.Of(Executable, ["schema", "--lab", "16", "--odcs", "--out", "exported"], workspace.Root, NoColour);

        Assert.True(init.ExitCode == 0, init.Both);
        Assert.True(schema.ExitCode == 0, schema.Both);
        Assert.StartsWith("# yaml-language-server: $schema=.meshgrade/schemas/contract-odcs.schema.json\n", File.ReadAllText(Path.Combine(workspace.Root, "lab", "contract.yaml")), StringComparison.Ordinal);
        Assert.Equal(FolderSnapshot.Of(Path.Combine(workspace.Root, "exported")), FolderSnapshot.Of(Path.Combine(workspace.Root, "lab", ".meshgrade", "schemas")));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "schemas", "odcs", "odcs-json-schema-v3.1.0.json")),
            File.ReadAllBytes(Path.Combine(workspace.Root, "exported", "odcs-json-schema-v3.1.0.json")));
        Assert.Contains("Apache License", File.ReadAllText(Path.Combine(workspace.Root, "exported", "odcs-json-schema-v3.1.0.NOTICE.md")), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> NoColour => new() { ["NO_COLOR"] = "1" };
}
