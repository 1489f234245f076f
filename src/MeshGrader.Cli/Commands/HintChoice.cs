using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>--hints answer|hint|nudge|none</c>: how much of each finding the command shows. The rubric's
/// level is the most a learner can see (an exam set to <c>nudge</c> stays one), so the option can
/// only hide more; asking for more shows the rubric's level, with a note saying so.
/// </summary>
internal static class HintChoice
{
    private static readonly (string Name, HintLevel Level)[] Levels =
        [("answer", HintLevel.Answer), ("hint", HintLevel.Hint), ("nudge", HintLevel.Nudge), ("none", HintLevel.None)];

    public static string[] Names { get; } = Levels.Select(l => l.Name).ToArray();

    /// <summary>The level a name stands for; null for no name (the option left out).</summary>
    public static HintLevel? Parse(string? name) =>
        name is null ? null : Levels.First(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)).Level;

    public static string Name(HintLevel level) => Levels.First(l => l.Level == level).Name;

    /// <summary>
    /// The level shown: the one asked for, unless the rubric shows less. <paramref name="note"/> says
    /// when the command asked for more than the rubric allows.
    /// </summary>
    public static HintLevel Shown(HintLevel rubric, HintLevel? asked, out string? note)
    {
        // The levels are declared from most shown to least, so the stricter is the greater.
        note = asked is { } wanted && wanted < rubric
            ? $"the rubric shows findings at '{Name(rubric)}' at most; --hints {Name(wanted)} cannot show more, so they are shown at '{Name(rubric)}'."
            : null;
        return asked is { } level && level > rubric ? level : rubric;
    }
}
