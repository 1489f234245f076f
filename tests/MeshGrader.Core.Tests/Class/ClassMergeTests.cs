using MeshGrader.Core.Class;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Tests.Class;

public sealed class ClassMergeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(19)]
    [InlineData(30)]
    public void ShardsMerged_GiveTheBytesOfOneRun(int count)
    {
        var roster = ClassRoster.Of([SampleClass.Folder], SampleClass.Root);
        var whole = new ClassRun(new Grader(), LabCatalog.All, null).Grade(roster);

        var partials = Partials(roster, count).Reverse().ToArray();

        Assert.Equal(ClassRunTests.Outputs(whole), ClassRunTests.Outputs(ClassMerge.Merge(partials)));
    }

    [Fact]
    public void MissingShard_IsRefusedNamingIt()
    {
        var partials = Partials(ClassRoster.Of([SampleClass.Folder], SampleClass.Root), 4);

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([partials[0], partials[1], partials[3]]));

        Assert.Equal("shard 3/4 is missing; give the partial result of every shard", refused.Message);
    }

    [Fact]
    public void RepeatedShard_IsRefusedNamingBothPartials()
    {
        var partials = Partials(ClassRoster.Of([SampleClass.Folder], SampleClass.Root), 3);

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([.. partials, partials[1] with { Name = "copy.json" }]));

        Assert.Equal("shard 2/3 is given more than once (shard-2.json, copy.json)", refused.Message);
    }

    [Fact]
    public void ShardsOfDifferentSplits_AreRefused()
    {
        var roster = ClassRoster.Of([SampleClass.Folder], SampleClass.Root);

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([.. Partials(roster, 2), Partials(roster, 3)[2]]));

        Assert.Equal("the partials are not shards of one split: shard-1.json is shard 1/2, shard-3.json is shard 3/3", refused.Message);
    }

    [Fact]
    public void ShardsGradedUnderDifferentRubrics_AreRefused()
    {
        var partials = Partials(ClassRoster.Of([SampleClass.Folder], SampleClass.Root), 2);
        var other = partials[1].Document.Report with { Rubric = new RubricStamp("stricter", new string('b', 64)) };

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([partials[0], partials[1] with { Document = partials[1].Document with { Report = other } }]));

        Assert.Equal($"the partials were graded under different rubrics: shard-1.json under 'default' (sha256 {DefaultRubric.Rubric.Stamp.Sha256}), shard-2.json under 'stricter' (sha256 {new string('b', 64)})", refused.Message);
    }

    [Fact]
    public void ShardsOfDifferentClasses_AreRefused()
    {
        var roster = ClassRoster.Of([SampleClass.Folder], SampleClass.Root);
        var smaller = Partials(roster.Skip(1).ToArray(), 2);

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([Partials(roster, 2)[0], smaller[1]]));

        Assert.StartsWith("shard-1.json and shard-2.json were cut from different classes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialWithASubmissionSwapped_IsRefused()
    {
        var partials = Partials(ClassRoster.Of([SampleClass.Folder], SampleClass.Root), 2);
        var report = partials[1].Document.Report;
        var swapped = report with { Submissions = [report.Submissions[0] with { Path = "samples/someone-else" }, .. report.Submissions.Skip(1)] };

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([partials[0], partials[1] with { Document = partials[1].Document with { Report = swapped } }]));

        Assert.StartsWith("the partials' submissions are not the class they name", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeClassReport_IsNoPartial()
    {
        var whole = new NamedPartial("class.json", new ClassJsonDocument(ClassOfSamples.Graded(), null));

        var refused = Assert.Throws<ClassMergeException>(() => ClassMerge.Merge([whole]));

        Assert.StartsWith("class.json is not a partial result", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Each shard graded on its own and written to JSON, as the jobs of a CI matrix do, then read back.</summary>
    private static NamedPartial[] Partials(IReadOnlyList<ClassMember> roster, int count) =>
        Enumerable.Range(1, count).Select(k =>
        {
            var shard = new Shard(k, count);
            var report = new ClassRun(new Grader(), LabCatalog.All, null).Grade(shard.Of(roster), parallelism: 1);
            var json = ClassJsonTests.JsonOf(report, new ShardInfo(k, count, roster.Count, Shard.Fingerprint(roster.Select(m => m.Path))));
            return new NamedPartial($"shard-{k}.json", ClassJsonReader.Read(json));
        }).ToArray();
}
