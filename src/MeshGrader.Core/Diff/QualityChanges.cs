using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Diff;

/// <summary>
/// The changes between two lists of ODCS quality rules (matched by <c>id</c>, else <c>name</c>, else
/// metric and place among the rules of that metric): removed or weakened is breaking, added or
/// strengthened additive; an <c>invalidValues</c> rule's <c>arguments.validValues</c> is the
/// contract's enumeration, narrowed or widened.
/// </summary>
internal static class QualityChanges
{
    // What the rule checks: a change to any of these is a different rule, not a stronger or weaker one.
    private static readonly HashSet<string> WhatIsChecked = new(StringComparer.Ordinal)
    {
        "metric", "rule", "type", "query", "engine", "implementation", "unit", "arguments",
    };

    private static readonly HashSet<string> Cosmetic = new(StringComparer.Ordinal)
    {
        "description", "name", "dimension", "businessImpact", "schedule", "scheduler", "tags", "authoritativeDefinitions", "customProperties", "method",
    };

    public static void Compare(ChangeLog log, JsonArray? old, JsonArray? @new, string oldList, string newList, string owner)
    {
        foreach (var (i, j) in ListMatch.Pair(old, @new, ListMatch.Member("id"), ListMatch.Member("name"), ListMatch.MemberOccurrence("metric"), ListMatch.MemberOccurrence("type")))
        {
            var op = i is { } oi ? JsonPointerText.Append(oldList, oi) : oldList;
            var np = j is { } nj ? JsonPointerText.Append(newList, nj) : newList;
            if (j is null)
            {
                log.Add(DiffRules.QualityRemoved, $"Quality rule {Label(old![i!.Value])} of {owner} removed.", op, np);
            }
            else if (i is null)
            {
                log.Add(DiffRules.QualityAdded, $"Quality rule {Label(@new![j.Value])} added to {owner}.", op, np);
            }
            else if (old![i.Value] is JsonObject a && @new![j.Value] is JsonObject b)
            {
                Rule(log, a, b, op, np, $"{Label(b)} of {owner}");
            }
            else if (!ChangeLog.Same(old[i.Value], @new![j.Value]))
            {
                log.Add(DiffRules.QualityWeakened, $"Quality rule {Label(@new[j.Value])} of {owner} changed.", op, np);
            }
        }
    }

    private static void Rule(ChangeLog log, JsonObject old, JsonObject @new, string oldPointer, string newPointer, string label)
    {
        ValidValues(log, old, @new, oldPointer, newPointer, label);
        Threshold(log, old, @new, oldPointer, newPointer, label);
        foreach (var key in OdcsChanges.Keys(old, @new).Where(k => !AllowedRange.Operators.Contains(k)))
        {
            var (a, b) = (old[key], @new[key]);
            if (key == "arguments")
            {
                (a, b) = (WithoutValidValues(a), WithoutValidValues(b));
            }

            if (ChangeLog.Same(a, b))
            {
                continue;
            }

            var (op, np) = (JsonPointerText.Append(oldPointer, key), JsonPointerText.Append(newPointer, key));
            if (WhatIsChecked.Contains(key))
            {
                log.Add(DiffRules.QualityWeakened, $"Quality rule {label} now checks something else: {OdcsChanges.Described(key, old[key], @new[key], "it")}", op, np);
            }
            else
            {
                log.Add(Cosmetic.Contains(key) ? DiffRules.Cosmetic : DiffRules.Unclassified, OdcsChanges.Described(key, a, b, $"quality rule {label}"), op, np);
            }
        }
    }

    private static void Threshold(ChangeLog log, JsonObject old, JsonObject @new, string oldPointer, string newPointer, string label)
    {
        var oldOperator = AllowedRange.Operators.FirstOrDefault(old.ContainsKey);
        var newOperator = AllowedRange.Operators.FirstOrDefault(@new.ContainsKey);
        var op = oldOperator is null ? oldPointer : JsonPointerText.Append(oldPointer, oldOperator);
        var np = newOperator is null ? newPointer : JsonPointerText.Append(newPointer, newOperator);
        if (AllowedRange.Operators.All(o => ChangeLog.Same(old[o], @new[o])))
        {
            return;
        }

        var was = $"{oldOperator ?? "no threshold"}{(oldOperator is null ? "" : " " + old[oldOperator]?.ToJsonString())}";
        var now = $"{newOperator ?? "no threshold"}{(newOperator is null ? "" : " " + @new[newOperator]?.ToJsonString())}";
        if (AllowedRange.Of(old) is { } before && AllowedRange.Of(@new) is { } after && after.IsWithin(before))
        {
            log.Add(DiffRules.QualityAdded, $"Quality rule {label} strengthened: {was} became {now}.", op, np);
        }
        else
        {
            log.Add(DiffRules.QualityWeakened, $"Quality rule {label} weakened: {was} became {now}, which accepts data the old rule refused.", op, np);
        }
    }

    private static void ValidValues(ChangeLog log, JsonObject old, JsonObject @new, string oldPointer, string newPointer, string label)
    {
        if (old["arguments"]?["validValues"] is not JsonArray before || @new["arguments"]?["validValues"] is not JsonArray after)
        {
            return;
        }

        var (op, np) = (oldPointer + "/arguments/validValues", newPointer + "/arguments/validValues");
        var removed = before.Where(v => !after.Any(w => ChangeLog.Same(v, w))).Select(ChangeLog.Quoted).ToList();
        var added = after.Where(v => !before.Any(w => ChangeLog.Same(v, w))).Select(ChangeLog.Quoted).ToList();
        if (removed.Count > 0)
        {
            log.Add(DiffRules.ValuesNarrowed, $"Valid values of {label} narrowed: {string.Join(", ", removed)} no longer allowed.", op, np);
        }

        if (added.Count > 0)
        {
            log.Add(DiffRules.ValuesWidened, $"Valid values of {label} widened: {string.Join(", ", added)} now allowed.", op, np);
        }
    }

    private static JsonNode? WithoutValidValues(JsonNode? arguments)
    {
        if (arguments is not JsonObject o || !o.ContainsKey("validValues"))
        {
            return arguments;
        }

        var copy = (JsonObject)o.DeepClone();
        copy.Remove("validValues");
        return copy.Count == 0 ? null : copy;
    }

    private static string Label(JsonNode? rule) =>
        ListMatch.Text(rule, "name") ?? ListMatch.Text(rule, "id") ?? ListMatch.Text(rule, "metric") ?? ListMatch.Text(rule, "type") ?? "(unnamed)";
}
