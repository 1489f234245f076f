using MeshGrader.Cli.Commands;
using MeshGrader.Cli.Tests.Support;
using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Tests;

/// <summary>Each documented exit code, produced the way a user would meet it.</summary>
public sealed class ExitCodeTests
{
    private static string Sample(string name) => Path.Combine(RepositoryPaths.Samples, name);

    [Fact]
    public void CompleteSample_ExitsZero()
    {
        var run = CliRun.Of("check", Sample("complete"), "--lab", "16");

        Assert.Equal((int)ExitCode.Passed, run.ExitCode);
        Assert.Contains("Score: 100/100", run.Out, StringComparison.Ordinal);
        Assert.Contains("Lab Completed! Excellent mesh architecture!", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteSampleAllLabs_ExitsZeroWithEveryCompletionLine()
    {
        var run = CliRun.Of("check", Sample("complete"));

        Assert.Equal((int)ExitCode.Passed, run.ExitCode);
        Assert.All(LabCatalog.All, lab => Assert.Contains(lab.CompletionLine, run.Out, StringComparison.Ordinal));
        Assert.Contains($"Overall score: 100/100 ({LabCatalog.All.Count} labs)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSample_ExitsOne()
    {
        var run = CliRun.Of("check", Sample("data-mesh-threshold-too-low"));

        Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("90", 0)]
    [InlineData("96.7", 0)]
    [InlineData("97", 1)]
    public void MinScore_DecidesPassing(string minimum, int expected)
    {
        var run = CliRun.Of("check", Sample("data-mesh-threshold-too-low"), "--min-score", minimum);

        Assert.Equal(expected, run.ExitCode);
    }

    [Theory]
    [InlineData("check", "--no-such-option")]
    [InlineData("check", "/no/such/folder/anywhere")]
    [InlineData("check", ".", "--lab", "99")]
    [InlineData("check", ".", "--format", "yaml")]
    [InlineData("check", ".", "--min-score", "150")]
    [InlineData("check", ".", "--min-score", "lots")]
    [InlineData("nonsense")]
    public void UsageError_ExitsTwoWithMessageOnStderr(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("meshgrade: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void FolderWithNoLabFile_ExitsTwo()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var run = CliRun.Of("check", empty);

            Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
            Assert.Contains("no lab file found", run.Error, StringComparison.Ordinal);
            Assert.Contains("--lab", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void FileInsteadOfFolder_ExitsTwo()
    {
        var run = CliRun.Of("check", Path.Combine(Sample("complete"), "domain.yaml"));

        Assert.Equal((int)ExitCode.UsageError, run.ExitCode);
        Assert.Contains("is a file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SelectedLabWithNoFiles_ExitsOneWithZeroScore()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var run = CliRun.Of("check", empty, "--lab", "data-mesh");

            Assert.Equal((int)ExitCode.NotPassing, run.ExitCode);
            Assert.Contains("Score: 0/100", run.Out, StringComparison.Ordinal);
            Assert.Contains("[MG-004]", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void InternalError_ExitsThreeWithShortMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, false, _ => null, Directory.GetCurrentDirectory());
        var options = new CheckOptions(Sample("complete"), [], ["text"], null, Verbose: false);

        var code = CheckCommand.Run(options, environment, (_, _) => throw new InvalidOperationException("boom"));

        Assert.Equal(ExitCode.InternalError, code);
        Assert.Contains("internal error (InvalidOperationException)", error.ToString(), StringComparison.Ordinal);

        // The exception's message can carry machine paths: only --verbose shows it.
        Assert.DoesNotContain("boom", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InternalErrorWithVerbose_ShowsStackTrace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, false, _ => null, Directory.GetCurrentDirectory());
        var options = new CheckOptions(Sample("complete"), [], ["text"], null, Verbose: true);

        var code = CheckCommand.Run(options, environment, (_, _) => throw new InvalidOperationException("boom"));

        Assert.Equal(ExitCode.InternalError, code);
        Assert.Contains("boom", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("\n   at ", error.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
