using System.Globalization;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports;

/// <summary>A step's points as an autograder receives them: one decimal, adding up exactly.</summary>
internal sealed record StepPoints(StepReport Step, decimal Earned, decimal Max)
{
    public bool Passed => Step.Completed;

    /// <summary>The name every autograder format gives a step's test, so a grade reads the same on each platform.</summary>
    public static string TestName(LabReport lab, StepReport step) =>
        string.Create(CultureInfo.InvariantCulture, $"Lab {lab.Lab.Id} Step {step.Step}: {step.Title}");
}

/// <summary>
/// Shares a lab's rounded score out over its steps in tenths of a point, so that platforms which add
/// up per-test scores (GitHub Classroom, Gradescope) show exactly the lab's score from the text
/// report. Rounding each step on its own does not: six steps of 16.7 make 100.2.
/// </summary>
/// <remarks>
/// Largest-remainder apportionment, done so that a completed step always earns exactly its own
/// maximum and an incomplete one earns less than its maximum (when the total allows it):
/// the maxima of the completed steps are shared out to their rounded sum, the other maxima to the
/// rest of the lab's maximum, and the incomplete steps' earned points to the lab's rounded score
/// minus what the completed steps earned.
/// </remarks>
internal static class PointsApportionment
{
    public static IReadOnlyList<StepPoints> Of(LabReport lab)
    {
        var steps = lab.Steps;
        var complete = Enumerable.Range(0, steps.Count).Where(i => steps[i].Completed).ToArray();
        var incomplete = Enumerable.Range(0, steps.Count).Where(i => !steps[i].Completed).ToArray();

        var labMax = Tenths(steps.Sum(s => s.MaxScore));
        var completeMax = Tenths(complete.Sum(i => steps[i].MaxScore));
        var max = new long[steps.Count];
        Assign(max, complete, Apportion(complete.Select(i => steps[i].MaxScore * 10).ToArray(), completeMax, caps: null));
        Assign(max, incomplete, Apportion(incomplete.Select(i => steps[i].MaxScore * 10).ToArray(), labMax - completeMax, caps: null));

        var earned = (long[])max.Clone();
        var incompleteTarget = Tenths(lab.Score) - completeMax;
        var below = incomplete.Select(i => Math.Max(0, max[i] - 1)).ToArray();
        var caps = below.Sum() >= incompleteTarget ? below : incomplete.Select(i => max[i]).ToArray();
        Assign(earned, incomplete, Apportion(incomplete.Select(i => steps[i].Score * 10).ToArray(), incompleteTarget, caps));

        return steps.Select((s, i) => new StepPoints(s, earned[i] / 10m, max[i] / 10m)).ToArray();
    }

    /// <summary>The score as the text report shows it, in tenths.</summary>
    private static long Tenths(decimal score) => (long)(ScoreFormat.Round(score) * 10);

    private static void Assign(long[] target, int[] indices, long[] values)
    {
        for (var k = 0; k < indices.Length; k++)
        {
            target[indices[k]] = values[k];
        }
    }

    /// <summary>Whole units adding up to <paramref name="total"/>, each within one unit of its raw value where the caps allow.</summary>
    private static long[] Apportion(decimal[] raw, long total, long[]? caps)
    {
        long Cap(int i) => caps?[i] ?? long.MaxValue;
        var units = raw.Select((r, i) => Math.Clamp((long)Math.Floor(r), 0, Cap(i))).ToArray();
        var missing = total - units.Sum();
        while (missing != 0)
        {
            // Up: the largest remainder that still has room; down: the smallest remainder above zero.
            var candidates = Enumerable.Range(0, raw.Length).Where(i => missing > 0 ? units[i] < Cap(i) : units[i] > 0).ToArray();
            if (candidates.Length == 0)
            {
                throw new InvalidOperationException($"Cannot share {total} tenths over {raw.Length} steps.");
            }

            var pick = missing > 0
                ? candidates.MaxBy(i => (raw[i] - units[i], -i))
                : candidates.MinBy(i => (raw[i] - units[i], -i));
            units[pick] += Math.Sign(missing);
            missing -= Math.Sign(missing);
        }

        return units;
    }
}
