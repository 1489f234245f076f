using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Class;

/// <summary>The class in numbers. Every figure is over the rows of the report, so a merged class gives the figures of one run.</summary>
/// <param name="MeanScore">The mean overall score of the graded submissions, rounded as scores are; null when none was graded.</param>
internal sealed record ClassSummary(int Submissions, int Graded, int Passed, decimal? MeanScore)
{
    public int NotGraded => Submissions - Graded;

    public int NotPassing => Graded - Passed;
}

/// <summary>How many graded submissions completed a step.</summary>
internal sealed record StepCompletion(ClassStep Step, int Completed, int Graded);

/// <summary>A check the class fails: how many graded submissions have at least one error of that rule.</summary>
internal sealed record FailedCheck(string Rule, int Submissions);

internal static class ClassStatistics
{
    /// <summary>Score bands of the distribution: 0 to 9.9, 10 to 19.9, … 90 to 99.9, and 100 on its own (completed).</summary>
    public const int Bands = 11;

    public static ClassSummary Summary(ClassReport report)
    {
        var graded = report.Graded.Select(s => s.Grade!).ToArray();
        return new ClassSummary(report.Submissions.Count, graded.Length, graded.Count(g => g.Passed), Mean(graded.Select(g => g.Score)));
    }

    public static decimal? Mean(IEnumerable<decimal> scores)
    {
        var all = scores.ToArray();
        return all.Length == 0 ? null : ClassProjection.Score(all.Sum() / all.Length);
    }

    /// <summary>The band a score falls in, 0 to <see cref="Bands"/> - 1.</summary>
    public static int Band(decimal score) => score >= 100 ? Bands - 1 : Math.Clamp((int)Math.Floor(score / 10), 0, Bands - 2);

    /// <summary>The band's label, as the charts and their text show it: "0–9.9", …, "100".</summary>
    public static string BandLabel(int band) => band == Bands - 1 ? "100" : $"{band * 10}–{band * 10 + 9}.9";

    /// <summary>How many graded submissions scored in each band of the lab.</summary>
    public static int[] Distribution(ClassReport report, ClassLab lab)
    {
        var counts = new int[Bands];
        foreach (var grade in report.Graded.Select(s => s.Grade!.Lab(lab.Id)).OfType<LabGrade>())
        {
            counts[Band(grade.Score)]++;
        }

        return counts;
    }

    public static decimal? LabMean(ClassReport report, ClassLab lab) =>
        Mean(report.Graded.Select(s => s.Grade!.Lab(lab.Id)).OfType<LabGrade>().Select(g => g.Score));

    public static IReadOnlyList<StepCompletion> StepCompletions(ClassReport report, ClassLab lab)
    {
        var grades = report.Graded.Select(s => s.Grade!.Lab(lab.Id)).OfType<LabGrade>().ToArray();
        return lab.Steps.Select(step => new StepCompletion(step, grades.Count(g => g.Steps.Any(s => s.Step == step.Step && s.Completed)), grades.Length)).ToArray();
    }

    /// <summary>The checks failed by the most submissions, most first, then by rule id (ordinal), so ties always read the same.</summary>
    public static IReadOnlyList<FailedCheck> MostFailed(ClassReport report, int top) =>
        report.Graded.SelectMany(s => s.Grade!.FailedChecks)
            .GroupBy(rule => rule, StringComparer.Ordinal)
            .Select(g => new FailedCheck(g.Key, g.Count()))
            .OrderByDescending(c => c.Submissions).ThenBy(c => c.Rule, StringComparer.Ordinal)
            .Take(top)
            .ToArray();

    /// <summary>A share as a percentage with at most one decimal ("85%", "33.3%"); "0%" of nothing.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "0%" : ScoreFormat.Text(100m * part / whole) + "%";
}
