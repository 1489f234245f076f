namespace MeshGrader.Core.Rubrics;

/// <summary>
/// How points are shared out. By default each step of a lab weighs the same and, inside a step,
/// each check weighs the same. An instructor's rubric changes these numbers, not the code.
/// </summary>
internal sealed record ScoringPolicy(IReadOnlyDictionary<(int Lab, int Step), decimal> StepWeights)
{
    public static ScoringPolicy Default { get; } = new(new Dictionary<(int, int), decimal>());

    /// <summary>A check's weight inside its step, by lab and check id; 1 when not named.</summary>
    public IReadOnlyDictionary<(int Lab, string Check), decimal> CheckWeights { get; init; } = new Dictionary<(int, string), decimal>();

    /// <summary>Checks turned off: neither scored nor reported.</summary>
    public IReadOnlySet<(int Lab, string Rule)> Off { get; init; } = new HashSet<(int, string)>();

    /// <summary>
    /// A check that cannot pass while another fails: a recommendation given points is silent while
    /// the field it reads is wrong, and must not earn its points for that silence.
    /// </summary>
    public IReadOnlyDictionary<(int Lab, string Check), string> Prerequisites { get; init; } = new Dictionary<(int, string), string>();

    public decimal WeightOf(int lab, int step) => StepWeights.TryGetValue((lab, step), out var weight) ? weight : 1m;

    public decimal WeightOf(int lab, string check) => CheckWeights.TryGetValue((lab, check), out var weight) ? weight : 1m;

    public bool IsOff(int lab, string rule) => Off.Contains((lab, rule));
}
