using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MeshGrader.Cli.Output;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests;

/// <summary><c>check --hints LEVEL</c>: what every output format shows of each finding, and how the rubric's level bounds it.</summary>
public sealed partial class HintsOptionTests
{
    private const string Sample = "data-mesh-misspelt-key-and-choice";

    public static TheoryData<string, string> FormatsBelowAnswer()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in ReportFormats.Names)
        {
            data.Add(format, "hint");
            data.Add(format, "nudge");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsBelowAnswer))]
    public void BelowAnswer_NoFormatShowsTheFix(string format, string level)
    {
        using var folder = new TemporaryFolder();
        folder.CopySample(Sample, "submission");
        var fixes = Fixes(folder);

        var answer = Report(folder, format, "answer");
        var shown = Report(folder, format, level);

        // The format shows fixes at all (at answer), so their absence below says something.
        Assert.Contains(fixes, fix => answer.Contains(fix, StringComparison.Ordinal));
        Assert.All(fixes, fix => Assert.DoesNotContain(fix, shown, StringComparison.Ordinal));
        if (level == "nudge")
        {
            Assert.Contains("did you mean", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("did you mean", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hint_NamesTheRuleToExplain()
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, Sample), "--hints", "hint");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("hint: Run 'meshgrade explain DM-402' for what the check asks.", run.Out, StringComparison.Ordinal);
        Assert.Contains("did you mean 'lakehouse'", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void None_ShowsStepsAndScoreOnly()
    {
        var plain = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, Sample));

        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, Sample), "--hints", "none");

        Assert.Equal(plain.ExitCode, run.ExitCode);
        Assert.Contains("[DM-402]", plain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[DM-", run.Out, StringComparison.Ordinal);
        Assert.Equal(ScoreLine().Match(plain.Out).Value, ScoreLine().Match(run.Out).Value);
    }

    [Fact]
    public void MoreThanTheRubricShows_ShowsTheRubricsLevelWithANote()
    {
        using var folder = new TemporaryFolder();
        folder.CopySample(Sample, "submission");
        File.WriteAllText(folder["exam.rubric.yaml"], "hints: nudge\n");

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", "submission", "--rubric", "exam.rubric.yaml", "--hints", "answer");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the rubric shows findings at 'nudge' at most; --hints answer cannot show more", run.Error, StringComparison.Ordinal);
        Assert.Contains("[DM-402]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("hint:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void LessThanTheRubricShows_HidesMoreWithoutANote()
    {
        using var folder = new TemporaryFolder();
        folder.CopySample(Sample, "submission");
        File.WriteAllText(folder["course.rubric.yaml"], "hints: hint\n");

        var run = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", "submission", "--rubric", "course.rubric.yaml", "--hints", "nudge");

        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("[DM-402]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("meshgrade explain", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLevel_IsAUsageError()
    {
        var run = CliRun.Of("check", Path.Combine(RepositoryPaths.Samples, Sample), "--hints", "everything");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("everything", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void ClassAtNudge_ItsOutputsCarryNoFix()
    {
        using var folder = new TemporaryFolder();
        folder.CopySample(Sample, Path.Combine("class", "ada"));
        var fixes = Fixes(folder, Path.Combine("class", "ada"));

        var answer = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", "class", "--each", "--lab", "16", "--class-json", "answer.json", "--class-html", "answer.html");
        var nudge = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", "class", "--each", "--lab", "16", "--hints", "nudge", "--class-json", "nudge.json", "--class-html", "nudge.html");

        Assert.Equal((0, 0), (answer.ExitCode, nudge.ExitCode));
        Assert.Contains(fixes, fix => File.ReadAllText(folder["answer.json"]).Contains(fix, StringComparison.Ordinal));
        Assert.All(fixes, fix => Assert.DoesNotContain(fix, File.ReadAllText(folder["nudge.json"]) + File.ReadAllText(folder["nudge.html"]), StringComparison.Ordinal));
    }

    /// <summary>
    /// What would tell the learner the fix: each finding's hint at answer, and its rule's hint in the
    /// catalogue; as their longest plain run of words, which every format writes unescaped.
    /// </summary>
    private static string[] Fixes(TemporaryFolder folder, string submission = "submission")
    {
        var report = CliRun.In(folder.Root, new Dictionary<string, string>(), "check", submission, "--format", "json");
        var findings = JsonDocument.Parse(report.Out).RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.NotEmpty(findings);
        var hints = findings.Select(f => f.GetProperty("hint").GetString())
            .Concat(findings.Select(f => RuleRegistry.Find(f.GetProperty("rule").GetString()!)?.Hint))
            .OfType<string>();
        return hints.Select(hint => PlainWords().Matches(hint).Select(m => m.Value.Trim()).MaxBy(run => run.Length)!)
            .Where(run => run.Length >= 12).Distinct().ToArray();
    }

    /// <summary>The report a format writes at a level, as readable text: to a file, with the GitHub step summary, the Classroom result decoded.</summary>
    private static string Report(TemporaryFolder folder, string format, string level)
    {
        var file = folder[$"{format}-{level}.out"];
        var summary = folder[$"{format}-{level}.summary.md"];
        var run = CliRun.In(folder.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "check", "submission", "--format", $"{format}={file}", "--hints", level);
        Assert.True(run.ExitCode == 1, run.Error);
        var written = File.ReadAllText(file);
        if (format == "classroom")
        {
            written = Encoding.UTF8.GetString(Convert.FromBase64String(written.Trim()));
        }

        return written + (File.Exists(summary) ? File.ReadAllText(summary) : string.Empty);
    }

    [GeneratedRegex("[A-Za-z0-9 ]+")]
    private static partial Regex PlainWords();

    [GeneratedRegex(@"(?m)^Score: .*$")]
    private static partial Regex ScoreLine();
}
