namespace MeshGrader.Core.Grading;

/// <summary>
/// How points are shared out. By default each step of a lab weighs the same and, inside a step,
/// each check weighs the same. An instructor's rubric changes these numbers, not the code.
/// </summary>
internal sealed record ScoringPolicy(IReadOnlyDictionary<(int Lab, int Step), decimal> StepWeights)
{
    public static ScoringPolicy Default { get; } = new(new Dictionary<(int, int), decimal>());

    public decimal WeightOf(int lab, int step) => StepWeights.TryGetValue((lab, step), out var weight) ? weight : 1m;
}
