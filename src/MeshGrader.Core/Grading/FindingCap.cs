using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Grading;

/// <summary>
/// Keeps at most the limits' number of findings, the most severe first, in the report's order, and
/// adds one notice per file saying how many more there are.
/// </summary>
internal static class FindingCap
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, FindingLimits limits)
    {
        if (findings.Count <= limits.PerFile && findings.Count <= limits.Total)
        {
            return findings;
        }

        var kept = new bool[findings.Count];
        var perFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var index in Enumerable.Range(0, findings.Count).OrderByDescending(i => findings[i].Severity).ThenBy(i => i))
        {
            var file = findings[index].File ?? string.Empty;
            var inFile = perFile.GetValueOrDefault(file);
            if (total < limits.Total && inFile < limits.PerFile)
            {
                kept[index] = true;
                perFile[file] = inFile + 1;
                total++;
            }
        }

        var result = findings.Where((_, i) => kept[i]).ToList();
        var hidden = findings.Where((_, i) => !kept[i]).GroupBy(f => (f.Lab, f.File)).OrderBy(g => g.Key.Lab).ThenBy(g => g.Key.File, StringComparer.Ordinal);
        foreach (var group in hidden)
        {
            var count = group.Count();
            var where = group.Key.File is { } file ? $" in {file}" : string.Empty;
            result.Add(new Finding(
                CoreRules.FindingsNotShown.Id, Severity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{count} more finding{(count == 1 ? string.Empty : "s")}{where} not shown (a report shows at most {limits.PerFile} per file and {limits.Total} in all); the score counts them all."),
                CoreRules.FindingsNotShown.Hint, group.Key.File, null, null, null, null, null, group.Key.Lab, null, null));
        }

        return result;
    }
}
