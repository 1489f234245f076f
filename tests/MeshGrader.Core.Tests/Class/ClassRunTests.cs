using CsCheck;
using MeshGrader.Core.Class;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Class.Writers;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Class;

public sealed class ClassRunTests
{
    [Fact]
    public void EachRow_IsTheSubmissionsOwnReport()
    {
        var report = ClassOfSamples.Graded();

        Assert.Equal(SampleClass.Names.Count, report.Submissions.Count);
        Assert.All(report.Submissions, row =>
        {
            var alone = new Grader().Grade(Path.Combine(RepositoryPaths.Root, row.Path), LabCatalog.All);
            Assert.Equal(ClassProjection.Score(alone.Score), row.Grade!.Score);
            Assert.Equal(alone.Labs.Select(l => (l.Lab.Id, ClassProjection.Score(l.Score), l.TasksCompleted)), row.Grade.Labs.Select(l => (l.Lab, l.Score, l.TasksCompleted)));
            Assert.Equal(alone.Findings.Select(f => (f.Rule, f.Message, f.Line)), row.Grade.Findings.Select(f => (f.Rule, f.Message, f.Line)));
            Assert.Equal(alone.AllCompleted, row.Passed);
        });
    }

    [Fact]
    public void MinScore_DecidesPassingAsForOneSubmission()
    {
        var report = ClassOfSamples.Graded(minScore: 30);

        Assert.All(report.Graded, row => Assert.Equal(row.Grade!.Score >= 30, row.Passed));
        Assert.Contains(report.Submissions, row => row.Passed && row.Grade!.Score < 100);
    }

    [Fact]
    public void Outputs_AreTheSameBytesWhateverTheParallelismAndTheOrderTheClassFoldersAreGiven()
    {
        using var work = new TemporarySubmission();
        var samples = RepositoryPaths.SampleSubmissions.ToArray();
        var classFolders = new[] { "section-b", "section-a", "section-c" }.Select(name => Path.Combine(work.Root, name)).ToArray();
        for (var i = 0; i < samples.Length; i++)
        {
            var copy = Path.Combine(classFolders[i % classFolders.Length], Path.GetFileName(samples[i]));
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(samples[i]))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }
        }

        var expected = Outputs(new ClassRun(new Grader(), LabCatalog.All, null).Grade(ClassRoster.Of(classFolders, work.Root), parallelism: 1));

        Gen.Select(Gen.Int[1, 8], Gen.Shuffle(classFolders.Append(classFolders[0]).ToArray())).Sample((parallelism, given) =>
            Assert.Equal(expected, Outputs(new ClassRun(new Grader(), LabCatalog.All, null).Grade(ClassRoster.Of(given, work.Root), parallelism))), iter: 10);
    }

    [Fact]
    public void SubmissionTheGraderFailsOn_GetsItsReasonAndTheOthersAreGraded()
    {
        var members = ClassRoster.Of([SampleClass.Folder], SampleClass.Root);
        var faulty = new ClassGrader((files, labs) => files.Root.EndsWith("complete", StringComparison.Ordinal)
            ? throw new InvalidOperationException("/machine/path leaks here")
            : new Grader().Grade(files, labs), LabCatalog.All);

        var report = new ClassRun(faulty, LabCatalog.All, null).Grade(members, parallelism: 2);

        var failed = Assert.Single(report.Submissions, s => s.Grade is null);
        Assert.Equal("samples/complete", failed.Path);
        Assert.Equal("the grader failed on it (InvalidOperationException); please report it", failed.Problem);
        Assert.Equal(members.Count - 1, report.Graded.Count());
    }

    [Fact]
    public void ReportsUnderDifferentRubrics_AreAFaultOfTheRun()
    {
        var members = ClassRoster.Of([SampleClass.Folder], SampleClass.Root);
        var mixed = new ClassGrader((files, labs) => new Grader().Grade(files, labs) with { Rubric = new RubricStamp(files.Root, string.Empty) }, LabCatalog.All);

        Assert.Throws<InvalidOperationException>(() => new ClassRun(mixed, LabCatalog.All, null).Grade(members));
    }

    [Fact]
    public void Rubric_IsTheOneTheReportsWereGradedUnder()
    {
        var stamp = new RubricStamp("course-2026", new string('a', 64));
        var members = ClassRoster.Of([SampleClass.Folder], SampleClass.Root);
        var stamped = new ClassGrader((files, labs) => new Grader().Grade(files, labs) with { Rubric = stamp }, LabCatalog.All);

        Assert.Equal(stamp, new ClassRun(stamped, LabCatalog.All, null).Grade(members).Rubric);
    }

    internal static string Outputs(ClassReport report)
    {
        using var all = new StringWriter();
        ClassCsvWriter.Write(report, all);
        ClassJsonWriter.Write(report, all);
        ClassHtmlWriter.Write(report, all);
        ClassTextWriter.Write(report, all);
        return all.ToString();
    }
}
