using System.Globalization;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Diff;

/// <summary>
/// The changes between two ODCS <c>slaProperties</c> lists, matched by <c>property</c> (with its
/// <c>element</c> and <c>driver</c>, else its place among entries of that property). A value is
/// weaker when it promises less: lower availability, throughput or retention, a later or sooner
/// end; higher latency, update interval, error rate or time to detect, notify or repair.
/// </summary>
internal static class SlaChanges
{
    private static readonly HashSet<string> HigherIsBetter = new(StringComparer.OrdinalIgnoreCase) { "availability", "throughput", "retention" };

    private static readonly HashSet<string> LowerIsBetter = new(StringComparer.OrdinalIgnoreCase)
    {
        "latency", "frequency", "errorRate", "timeToDetect", "timeToNotify", "timeToRepair",
    };

    private static readonly HashSet<string> LaterIsBetter = new(StringComparer.OrdinalIgnoreCase) { "endOfSupport", "endOfLife" };

    // Durations in one unit (seconds), so '1 d' and '24 h' are the same promise.
    private static readonly Dictionary<string, double> Seconds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ms"] = 0.001, ["s"] = 1, ["sec"] = 1, ["second"] = 1, ["seconds"] = 1,
        ["m"] = 60, ["min"] = 60, ["minute"] = 60, ["minutes"] = 60,
        ["h"] = 3600, ["hr"] = 3600, ["hour"] = 3600, ["hours"] = 3600,
        ["d"] = 86400, ["day"] = 86400, ["days"] = 86400,
        ["w"] = 604800, ["week"] = 604800, ["weeks"] = 604800,
        ["mo"] = 2629800, ["month"] = 2629800, ["months"] = 2629800,
        ["y"] = 31557600, ["yr"] = 31557600, ["year"] = 31557600, ["years"] = 31557600,
    };

    private static readonly HashSet<string> Cosmetic = new(StringComparer.Ordinal) { "description", "driver" };

    public static void Compare(ChangeLog log, JsonArray? old, JsonArray? @new, string oldList, string newList)
    {
        static Func<JsonArray, int, string?> Full() => (list, i) =>
            ListMatch.Text(list[i], "property") is { } p ? $"{p}|{ListMatch.Text(list[i], "element")}|{ListMatch.Text(list[i], "driver")}" : null;

        foreach (var (i, j) in ListMatch.Pair(old, @new, Full(), ListMatch.MemberOccurrence("property")))
        {
            var op = i is { } oi ? JsonPointerText.Append(oldList, oi) : oldList;
            var np = j is { } nj ? JsonPointerText.Append(newList, nj) : newList;
            if (j is null)
            {
                log.Add(DiffRules.SlaRemoved, $"Service level {Label(old![i!.Value])} removed.", op, np);
            }
            else if (i is null)
            {
                log.Add(DiffRules.SlaStrengthened, $"Service level {Label(@new![j.Value])} added.", op, np);
            }
            else if (old![i.Value] is JsonObject a && @new![j.Value] is JsonObject b)
            {
                Entry(log, a, b, op, np);
            }
            else if (!ChangeLog.Same(old[i.Value], @new![j.Value]))
            {
                log.Add(DiffRules.Unclassified, $"Service level {Label(@new[j.Value])} changed.", op, np);
            }
        }
    }

    private static void Entry(ChangeLog log, JsonObject old, JsonObject @new, string oldPointer, string newPointer)
    {
        var label = Label(@new);
        if (!ChangeLog.Same(old["value"], @new["value"]) || !ChangeLog.Same(old["unit"], @new["unit"]))
        {
            var (op, np) = (oldPointer + "/value", newPointer + "/value");
            var was = $"{old["value"]?.ToJsonString()}{Unit(old)}";
            var now = $"{@new["value"]?.ToJsonString()}{Unit(@new)}";
            switch (Better(ListMatch.Text(@new, "property") ?? "", old, @new))
            {
                case < 0:
                    log.Add(DiffRules.SlaWeakened, $"Service level {label} weakened from {was} to {now}.", op, np);
                    break;
                case > 0:
                    log.Add(DiffRules.SlaStrengthened, $"Service level {label} strengthened from {was} to {now}.", op, np);
                    break;
                case 0:
                    // The same promise written otherwise, e.g. 1 d and 24 h.
                    log.Add(DiffRules.Cosmetic, $"Service level {label} written otherwise: {was} became {now}.", op, np);
                    break;
                default:
                    log.Add(DiffRules.Unclassified, $"Service level {label} changed from {was} to {now}, which cannot be compared.", op, np);
                    break;
            }
        }

        foreach (var key in OdcsChanges.Keys(old, @new).Where(k => k is not ("value" or "unit")))
        {
            if (!ChangeLog.Same(old[key], @new[key]))
            {
                log.Add(Cosmetic.Contains(key) ? DiffRules.Cosmetic : DiffRules.Unclassified, OdcsChanges.Described(key, old[key], @new[key], $"service level {label}"),
                    JsonPointerText.Append(oldPointer, key), JsonPointerText.Append(newPointer, key));
            }
        }
    }

    /// <summary>Positive when the new value promises more, negative when less, zero when the same; null when they cannot be compared.</summary>
    private static int? Better(string property, JsonObject old, JsonObject @new)
    {
        if (LaterIsBetter.Contains(property))
        {
            return Date(old["value"]) is { } a && Date(@new["value"]) is { } b ? b.CompareTo(a) : null;
        }

        var direction = HigherIsBetter.Contains(property) ? 1 : LowerIsBetter.Contains(property) ? -1 : 0;
        var (oldUnit, newUnit) = (ListMatch.Text(old, "unit"), ListMatch.Text(@new, "unit"));
        var sameScale = string.Equals(oldUnit, newUnit, StringComparison.OrdinalIgnoreCase)
            || (oldUnit is not null && newUnit is not null && Seconds.ContainsKey(oldUnit) && Seconds.ContainsKey(newUnit));
        if (direction == 0 || !sameScale || Amount(old) is not { } before || Amount(@new) is not { } after)
        {
            return null;
        }

        return direction * after.CompareTo(before);
    }

    /// <summary>The value as a number in a common unit: seconds for durations, the number itself when both sides share a unit or have none.</summary>
    private static double? Amount(JsonObject entry)
    {
        var value = entry["value"] is JsonValue v && v.TryGetValue<string>(out var text)
            ? double.TryParse(text.TrimEnd('%', ' '), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : (double?)null
            : AllowedRange.Number(entry["value"]);
        if (value is not { } number)
        {
            return null;
        }

        return ListMatch.Text(entry, "unit") is { } unit && Seconds.TryGetValue(unit, out var factor) ? number * factor : number;
    }

    private static DateTimeOffset? Date(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Unit(JsonObject entry) => ListMatch.Text(entry, "unit") is { } unit ? " " + unit : "";

    private static string Label(JsonNode? entry) =>
        $"'{ListMatch.Text(entry, "property") ?? "(unnamed)"}'{(ListMatch.Text(entry, "element") is { } element ? $" of {element}" : "")}";
}
