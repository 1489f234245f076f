using MeshGrader.Core.Grading;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Core.Class;

/// <summary>A partial class result and the name it was given by (as messages show it).</summary>
internal sealed record NamedPartial(string Name, ClassJsonDocument Document);

/// <summary>Partials that do not make one class; the message says why, naming the partials.</summary>
internal sealed class ClassMergeException(string reason) : Exception(reason);

/// <summary>
/// Puts the partial results of <c>--shard 1/N</c> … <c>--shard N/N</c> back into the class one run
/// would have graded: each submission returns to its place in class order (shard K holds positions
/// K-1, K-1+N, …), so every class output of the merge is byte for byte the one run's. Partials that
/// cannot make that class are refused: a missing or repeated shard, shards of different N or of
/// different classes, other labs, another --min-score, or another rubric.
/// </summary>
internal static class ClassMerge
{
    public static ClassReport Merge(IReadOnlyList<NamedPartial> partials)
    {
        if (partials.Count == 0)
        {
            throw new ClassMergeException("no partial result was given");
        }

        if (partials.FirstOrDefault(p => p.Document.Shard is null) is { } whole)
        {
            throw new ClassMergeException($"{whole.Name} is not a partial result (it has no shard); merge takes the --class-json of each --shard K/N run");
        }

        var first = partials[0];
        var count = first.Document.Shard!.Count;
        if (partials.FirstOrDefault(p => p.Document.Shard!.Count != count) is { } other)
        {
            throw new ClassMergeException($"the partials are not shards of one split: {first.Name} is shard {Of(first)}, {other.Name} is shard {Of(other)}");
        }

        var repeated = partials.GroupBy(p => p.Document.Shard!.Index).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ClassMergeException($"shard {repeated.Key}/{count} is given more than once ({string.Join(", ", repeated.Select(p => p.Name))})");
        }

        var missing = Enumerable.Range(1, count).Except(partials.Select(p => p.Document.Shard!.Index)).ToArray();
        if (missing.Length > 0)
        {
            throw new ClassMergeException($"{(missing.Length == 1 ? "shard" : "shards")} {string.Join(", ", missing.Select(k => $"{k}/{count}"))} {(missing.Length == 1 ? "is" : "are")} missing; give the partial result of every shard");
        }

        var byIndex = partials.OrderBy(p => p.Document.Shard!.Index).ToArray();
        var classSize = first.Document.Shard!.ClassSize;
        var fingerprint = first.Document.Shard!.ClassSha256;
        if (byIndex.FirstOrDefault(p => p.Document.Shard!.ClassSize != classSize || p.Document.Shard!.ClassSha256 != fingerprint) is { } otherClass)
        {
            throw new ClassMergeException($"{first.Name} and {otherClass.Name} were cut from different classes (other submissions, or a class folder that changed between the jobs)");
        }

        var rubric = RubricOf(byIndex);
        var labs = first.Document.Report.Labs;
        if (byIndex.FirstOrDefault(p => !SameLabs(p.Document.Report.Labs, labs)) is { } otherLabs)
        {
            throw new ClassMergeException($"{first.Name} and {otherLabs.Name} were graded on different labs");
        }

        var minScore = first.Document.Report.MinScore;
        if (byIndex.FirstOrDefault(p => p.Document.Report.MinScore != minScore) is { } otherMinimum)
        {
            throw new ClassMergeException($"{first.Name} and {otherMinimum.Name} were graded with different --min-score");
        }

        foreach (var partial in byIndex)
        {
            var shard = new Shard(partial.Document.Shard!.Index, count);
            if (partial.Document.Report.Submissions.Count != shard.SizeIn(classSize))
            {
                throw new ClassMergeException($"{partial.Name} holds {partial.Document.Report.Submissions.Count} submissions, but shard {Of(partial)} of a class of {classSize} holds {shard.SizeIn(classSize)}");
            }
        }

        var rows = Enumerable.Range(0, classSize).Select(position => byIndex[position % count].Document.Report.Submissions[position / count]).ToArray();
        if (Shard.Fingerprint(rows.Select(r => r.Path)) != fingerprint)
        {
            throw new ClassMergeException("the partials' submissions are not the class they name (a partial was edited, or cut from another class)");
        }

        return new ClassReport(rubric, labs, minScore, rows);
    }

    /// <summary>
    /// The rubric the class was graded under: every partial carries the stamp of the rubric its run
    /// graded under, even one where no submission could be graded, so all must agree.
    /// </summary>
    private static RubricStamp RubricOf(IReadOnlyList<NamedPartial> partials)
    {
        var rubric = partials[0].Document.Report.Rubric;
        if (partials.FirstOrDefault(p => p.Document.Report.Rubric != rubric) is { } other)
        {
            throw new ClassMergeException(
                $"the partials were graded under different rubrics: {partials[0].Name} under {Describe(rubric)}, {other.Name} under {Describe(other.Document.Report.Rubric)}");
        }

        return rubric;
    }

    private static string Describe(RubricStamp rubric) =>
        $"'{Findings.LearnerText.Printable(rubric.Name, 80)}' (sha256 {(rubric.Sha256.Length == 0 ? "none" : rubric.Sha256)})";

    private static bool SameLabs(IReadOnlyList<ClassLab> left, IReadOnlyList<ClassLab> right) =>
        left.Count == right.Count && left.Zip(right).All(pair =>
            pair.First.Id == pair.Second.Id && pair.First.Slug == pair.Second.Slug && pair.First.Title == pair.Second.Title
            && pair.First.Steps.SequenceEqual(pair.Second.Steps));

    private static string Of(NamedPartial partial) => $"{partial.Document.Shard!.Index}/{partial.Document.Shard!.Count}";
}
