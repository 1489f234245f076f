using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

/// <summary>Inputs that once crashed, hung or misled the grader, each kept as a test.</summary>
public sealed class ReviewedEdgeCaseTests
{
    [Theory]
    [InlineData("!!int \"0o7\\n\"")]
    [InlineData("!!int \"0x1F\\n\"")]
    [InlineData("!!float \"1.5\\n\"")]
    [InlineData("!!int \"12\\n\"")]
    public void TaggedQuotedNumberWithNewline_IsAFindingNotACrash(string value)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "traffic_split: 10", "traffic_split: " + value);

        var error = submission.Grade(17).SingleError("ML-402");

        Assert.Contains("must be a number", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0xFFFFFFFFFFFFFFFF", "18446744073709551615")]
    [InlineData("0x8000000000000001", "9223372036854775809")]
    [InlineData("0o777", "511")]
    public void HexAndOctal_AreReadAsUnsignedMagnitudes(string text, string expected)
    {
        var resolved = ScalarResolver.Resolve(new SourceScalar(SourceSpan.FileStart, text, YamlDotNet.Core.ScalarStyle.Plain, null));

        Assert.Equal("Integer", resolved.Kind.ToString());
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolved.Decimal);
    }

    [UnixFact]
    public void LabFileThatIsAPipe_IsGradedWithoutWaitingForAWriter()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("mlops.yaml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(submission.Root, "mlops.yaml")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a pipe for reading blocks until a writer comes: the grader opens without blocking and refuses it.
        var grading = Task.Run(() => submission.Grade(17));

        Assert.True(grading.Wait(TimeSpan.FromMinutes(1)), "Grading is waiting on the pipe.");
        grading.Result.SingleError("MG-003");
    }

    [Fact]
    public void DuplicateUnknownTopLevelKey_KeepsTheLabFromCompleting()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "  audit_trail: true", "  audit_trail: true\nfoo: 1\nfoo: 2");

        var report = submission.Grade(17);

        var error = report.SingleError("MG-002");
        Assert.Equal(1, error.Step);
        Assert.False(report.Labs[0].Completed);
        Assert.True(report.Labs[0].Score < 100m);
    }

    [Theory]
    [InlineData("dimensions: [accuracy, completeness, consistency, timeliness]", "dimensions: []", "GV-201", "accuracy, completeness, consistency and timeliness")]
    [InlineData("data_subject_rights: [access, deletion, portability]", "data_subject_rights: []", "GV-403", "access, deletion and portability")]
    public void EmptyAllList_NamesEverythingThatIsMissing(string oldText, string newText, string rule, string missing)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("governance.yaml", oldText, newText);

        var error = submission.Grade(18).SingleError(rule);

        Assert.Contains("is missing " + missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedSteward_IsCountedOnce()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("governance.yaml", "data_stewards: [Alice Chen, Raj Patel]", "data_stewards: [Alice Chen, Alice Chen]");

        var report = submission.Grade(18);

        Assert.Contains("lists 1 distinct item", report.Single("GV-151").Message, StringComparison.Ordinal);
        report.Single("MG-103");
    }

    [Fact]
    public void OptionalFieldLeftOut_IsNotACheck()
    {
        using var without = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "  product: customer_revenue_metrics\n", string.Empty);
        using var with = TemporarySubmission.FromSample("complete");

        Assert.Equal(4, without.Grade(16).Step(16, 3).ChecksTotal);
        Assert.Equal(5, with.Grade(16).Step(16, 3).ChecksTotal);
    }

    [Fact]
    public void OneWrongRequiredValueOfFour_EarnsThreeQuartersOfTheStep()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("contract.yaml", "  product: customer_revenue_metrics\n", string.Empty)
            .Replace("contract.yaml", "sla_uptime: 99.9", "sla_uptime: 85");

        var step = submission.Grade(16).Step(16, 3);

        Assert.Equal((3, 4), (step.ChecksPassed, step.ChecksTotal));
    }

    [Fact]
    public void TabIndentation_IsLocatedOnTheTabLineWithAHint()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "  traffic_split: 10", "\ttraffic_split: 10");

        var error = submission.Grade(17).SingleError("MG-001");

        Assert.Equal(submission.PositionOf("mlops.yaml", "\t").Line, error.Line);
        Assert.Contains("tabs", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void LineSeparatorInAComment_IsNotALineBreak(char separator)
    {
        // TextPosition ends lines only at \n, so it does not take the separator for a line break either.
        var text = $"# Lab 16{separator}Step 3\ncontract:\n  schema_version: \"1.0.0\"\n  quality_threshold: 75\n  sla_uptime: 99.9\n  backward_compatible: true\n";
        using var submission = TemporarySubmission.FromSample("complete").With("contract.yaml", text);

        var error = submission.Grade(16).SingleError("DM-301");

        var value = TextPosition.Of(text, "75");
        Assert.Equal((value.Line, value.Column), (error.Line, error.Column));
        Assert.Equal("  quality_threshold: 75", error.Excerpt);
    }

    [Fact]
    public void CarriageReturnLineEndings_KeepPositionsAndExcerpts()
    {
        const string Text = "contract:\n  schema_version: \"1.0.0\"\n  quality_threshold: 75\n  sla_uptime: 99.9\n  backward_compatible: true\n";
        using var submission = TemporarySubmission.FromSample("complete").With("contract.yaml", Text.Replace('\n', '\r'));

        var error = submission.Grade(16).SingleError("DM-301");

        // Where the value would be with \n line endings.
        var value = TextPosition.Of(Text, "75");
        Assert.Equal((value.Line, value.Column), (error.Line, error.Column));
        Assert.Equal("  quality_threshold: 75", error.Excerpt);
    }

    [Fact]
    public void AliasBomb_PointsAtTheAliasThatExpandsMost()
    {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));
        var document = new YamlDocumentLoader(LoadLimits.Default).LoadText("# header\n" + bomb, "domain.yaml");

        var (_, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build("domain.yaml", document.Root!);

        // Not the header comment at 1:1: a line of the bomb, on one of its aliases.
        var line = ("# header\n" + bomb).Split('\n')[problem!.Line!.Value - 1];
        Assert.Equal('*', line[problem.Column!.Value - 1]);
    }

    [Theory]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData(".nan")]
    [InlineData("1e400")]
    public void NonFiniteNumber_IsDescribedAsANumber(string value)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "quality_threshold: 95", "quality_threshold: " + value);

        var error = submission.Grade(16).SingleError("DM-301");

        Assert.Contains($"{value}, a number with no finite value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeValue_IsCutInTheMessage()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "output_format: table", "output_format: " + new string('x', 100_000));

        var error = submission.Grade(16).SingleError("DM-203");

        Assert.True(error.Message.Length <= LearnerText.MaxLength + 1);
        Assert.EndsWith("…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueWithNewline_IsEscapedInTheMessage()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("domain.yaml", "  name: sales-analytics", "  name: \"sales-analytics\\n\"");

        var error = submission.Grade(16).SingleError("DM-101");

        Assert.Contains("'sales-analytics\\n'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Lab 18\noperating_model: x")]
    [InlineData("operating_model: &anchor")]
    [InlineData("# Lab 18\noperating_model: &lt;script&gt;")]
    [InlineData("operating_model:\n  data_owner: Someone")]
    public void ValueThatEndsTheFileWithoutANewline_IsLocatedInsideTheFile(string text)
    {
        using var submission = new TemporarySubmission().With("governance.yaml", text);
        var lines = text.Split('\n').Length;

        var report = submission.Grade(18);

        Assert.All(report.Findings.Where(f => f.Line is not null), f =>
            Assert.True(f.Line <= lines && f.EndLine <= lines, $"{f.Rule} at {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} in a file of {lines} lines"));
    }
}
