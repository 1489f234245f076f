using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;

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
        var failedInLab = labFindings.Where(f => f.Severity == Severity.Error).Select(f => f.Check).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var definition in lab.Steps)
        {
            var step = steps.First(s => s.Step == definition.Number);
            var weight = policy.WeightOf(lab.Id, definition.Number);
            var maxScore = totalWeight == 0 ? 0 : 100m * weight / totalWeight;
            var errors = labFindings.Where(f => f.Step == definition.Number && f.Severity == Severity.Error).ToArray();
            var failed = errors.Select(f => f.Check).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var check in step.Checks)
            {
                if (policy.Prerequisites.TryGetValue((lab.Id, check), out var prerequisite) && failedInLab.Contains(prerequisite))
                {
                    failed.Add(check);
                }
            }

            var wholeStepFails = !step.FileUsable || failed.Contains(Finding.WholeStep);
            var passedChecks = wholeStepFails ? [] : step.Checks.Where(c => !failed.Contains(c)).ToArray();

            // An error outside the step's own checks (a duplicate of an unknown key) still costs a share,
            // so an incomplete step never shows full marks.
            var outside = failed.Where(c => c != Finding.WholeStep && !step.Checks.Contains(c)).ToArray();
            var total = step.Checks.Count + outside.Length;
            var completed = step.FileUsable && errors.Length == 0;
            var totalPoints = step.Checks.Sum(c => policy.WeightOf(lab.Id, c)) + outside.Sum(c => policy.WeightOf(lab.Id, c));
            var passedPoints = passedChecks.Sum(c => policy.WeightOf(lab.Id, c));
            var earned = completed ? 1m : totalPoints == 0 ? (wholeStepFails || total > 0 ? 0 : 1m) : passedPoints / totalPoints;
            earnedWeight += weight * earned;
            reports.Add(new StepReport(definition.Number, definition.Title, step.File, completed, maxScore * earned, maxScore, passedChecks.Length, total));
        }

        return new LabReport(lab, totalWeight == 0 ? 0 : 100m * earnedWeight / totalWeight, reports);
    }
}
