using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Class;
using MeshGrader.Core.Class.Writers;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Tests.Class;

public sealed class ClassCsvWriterTests
{
    [Fact]
    public void EveryRow_HoldsTheSubmissionsScoresStepsVerdictAndFailedChecks()
    {
        var report = ClassOfSamples.Graded();

        var rows = Read(report);

        Assert.Equal(report.Submissions.Count, rows.Count);
        foreach (var (row, submission) in rows.Zip(report.Submissions))
        {
            Assert.Equal(submission.Path, row["submission"]);
            Assert.Equal(ScoreFormat.Text(submission.Grade!.Score), row["score"]);
            Assert.All(submission.Grade.Labs, lab =>
            {
                Assert.Equal(ScoreFormat.Text(lab.Score), row[$"lab{lab.Lab}_score"]);
                Assert.Equal(lab.TasksCompleted.ToString(System.Globalization.CultureInfo.InvariantCulture), row[$"lab{lab.Lab}_steps_completed"]);
            });
            Assert.Equal(submission.Passed ? "yes" : "no", row["passed"]);
            Assert.Equal(string.Join(' ', submission.Grade.FailedChecks), row["failed_checks"]);
            Assert.Equal(string.Empty, row["problem"]);
            Assert.Equal(("default", DefaultRubric.Rubric.Stamp.Sha256), (row["rubric"], row["rubric_sha256"]));
        }

        Assert.Contains(rows, r => r["failed_checks"].Contains("DM-301", StringComparison.Ordinal));
    }

    [Fact]
    public void SubmissionNotGraded_HasEmptyScoresAndItsReason()
    {
        var graded = ClassOfSamples.Graded();
        var report = graded with { Submissions = [graded.Submissions[0] with { Grade = null, Problem = ClassRoster.LinkProblem }] };

        var row = Assert.Single(Read(report));

        Assert.Equal(string.Empty, row["score"]);
        Assert.Equal(string.Empty, row["lab16_score"]);
        Assert.Equal("no", row["passed"]);
        Assert.Equal(ClassRoster.LinkProblem, row["problem"]);
    }

    [Fact]
    public void HostileFolderNames_AreQuotedByTheLibraryAndNeverStartAFormula()
    {
        var report = ClassOfSamples.WithIdentities(ClassOfSamples.HostileNames);

        var rows = Read(report);

        Assert.Equal(ClassOfSamples.HostileNames.Length, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.DoesNotMatch("^[=+\\-@\\t\\r]", row["identity"]);
            Assert.DoesNotMatch("[\\r\\n\\u001b\\u202e]", row["identity"]);
        });
        Assert.Equal("'=HYPERLINK(\"http://evil.example/\",\"click\")", rows[0]["identity"]);
        Assert.Equal("'-2+3", rows[2]["identity"]);
        Assert.Equal("comma,and\"quote", rows[11]["identity"]);
        Assert.Equal("ünïcödé-名前", rows[12]["identity"]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "\\t=1")]
    [InlineData("alice", "alice")]
    [InlineData("a=1", "a=1")]
    [InlineData("", "")]
    public void Cell_LeadsAFormulaStartWithAnApostropheAndMakesControlsVisible(string text, string expected) =>
        Assert.Equal(expected, ClassCsvWriter.Cell(text));

    [Fact]
    public void Lines_EndWithLineFeedOnly()
    {
        using var text = new StringWriter();
        ClassCsvWriter.Write(ClassOfSamples.Graded(), text);

        Assert.DoesNotContain('\r', text.ToString());
        Assert.EndsWith("\n", text.ToString(), StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> Read(ClassReport report)
    {
        using var text = new StringWriter();
        ClassCsvWriter.Write(report, text);
        var (columns, rows) = CsvRows.Read(text.ToString());
        Assert.Equal(ClassCsvWriter.Columns(report), columns);
        return rows;
    }
}
