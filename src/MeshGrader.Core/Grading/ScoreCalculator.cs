using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Grading;

/// <summary>The checks a step is scored on, and whether the file that holds it could be read.</summary>
internal sealed record StepChecks(int Step, string File, IReadOnlyList<string> Checks, bool FileUsable);

/// <summary>Turns a lab's findings into step and lab scores (spec section 6).</summary>
internal static class ScoreCalculator
{
    public static LabReport Score(LabDefinition lab, IReadOnlyList<StepChecks> steps, IReadOnlyList<Finding> labFindings, ScoringPolicy policy)
    {
        var totalWeight = lab.Steps.Sum(s => policy.WeightOf(lab.Id, s.Number));
        var reports = new List<StepReport>();

        // The lab score comes from the weight earned, not from adding the step scores: six shares of
        // 100/6 add up to slightly more than 100 in decimal arithmetic; a complete lab scores exactly 100.
        var earnedWeight = 0m;
        foreach (var definition in lab.Steps)
        {
            var step = steps.First(s => s.Step == definition.Number);
            var weight = policy.WeightOf(lab.Id, definition.Number);
            var maxScore = totalWeight == 0 ? 0 : 100m * weight / totalWeight;
            var errors = labFindings.Where(f => f.Step == definition.Number && f.Severity == Severity.Error).ToArray();
            var failed = errors.Select(f => f.Check).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var wholeStepFails = !step.FileUsable || failed.Contains(Finding.WholeStep);
            var passed = wholeStepFails ? 0 : step.Checks.Count(c => !failed.Contains(c));

            // An error outside the step's own checks (a duplicate of an unknown key) still costs a share,
            // so an incomplete step never shows full marks.
            var total = step.Checks.Count + failed.Count(c => c != Finding.WholeStep && !step.Checks.Contains(c));
            var completed = step.FileUsable && errors.Length == 0;
            var earned = completed ? 1m : total == 0 ? (wholeStepFails ? 0 : 1m) : (decimal)passed / total;
            earnedWeight += weight * earned;
            reports.Add(new StepReport(definition.Number, definition.Title, step.File, completed, maxScore * earned, maxScore, passed, total));
        }

        return new LabReport(lab, totalWeight == 0 ? 0 : 100m * earnedWeight / totalWeight, reports);
    }
}
