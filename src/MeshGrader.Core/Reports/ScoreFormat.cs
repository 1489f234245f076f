using System.Globalization;

namespace MeshGrader.Core.Reports;

/// <summary>Scores are shown with at most one decimal and no trailing ".0": 100, 83.3.</summary>
internal static class ScoreFormat
{
    public static decimal Round(decimal score) => Math.Round(score, 1, MidpointRounding.AwayFromZero);

    public static string Text(decimal score) => Round(score).ToString("0.#", CultureInfo.InvariantCulture);
}
