using System.Text.Json.Nodes;

namespace MeshGrader.Core.Diff;

/// <summary>
/// The changes between two contracts in the lab's short form: the product, the quality threshold,
/// the SLA uptime and the compatibility declaration (the version is the bump check's).
/// </summary>
internal static class ShortFormChanges
{
    public static void Compare(ChangeLog log, JsonObject old, JsonObject @new)
    {
        var (a, b) = (old["contract"] as JsonObject ?? [], @new["contract"] as JsonObject ?? []);
        foreach (var key in OdcsChanges.Keys(a, b))
        {
            var pointer = "/contract/" + key;
            var (was, now) = (a[key], b[key]);
            if (ChangeLog.Same(was, now))
            {
                continue;
            }

            switch (key)
            {
                case "schema_version":
                    break;
                case "product":
                    log.Add(was is null ? DiffRules.Unclassified : DiffRules.ProductChanged, $"product changed from {ChangeLog.Quoted(was)} to {ChangeLog.Quoted(now)}.", pointer, pointer);
                    break;
                case "quality_threshold":
                    Guarantee(log, was, now, pointer, "quality_threshold", DiffRules.ThresholdLowered, DiffRules.ThresholdRaised);
                    break;
                case "sla_uptime":
                    Guarantee(log, was, now, pointer, "sla_uptime", DiffRules.UptimeLowered, DiffRules.UptimeRaised);
                    break;
                case "backward_compatible":
                    var (before, after) = (OdcsChanges.IsTrue(was), OdcsChanges.IsTrue(now));
                    if (before != after)
                    {
                        log.Add(after ? DiffRules.CompatibilityPromised : DiffRules.CompatibilityWithdrawn,
                            $"backward_compatible changed from {ChangeLog.Quoted(was)} to {ChangeLog.Quoted(now)}.", pointer, pointer);
                    }

                    break;
                default:
                    log.Add(DiffRules.Unclassified, OdcsChanges.Described(key, was, now, "the contract"), pointer, pointer);
                    break;
            }
        }
    }

    private static void Guarantee(ChangeLog log, JsonNode? was, JsonNode? now, string pointer, string key, DiffRule lowered, DiffRule raised)
    {
        var (before, after) = (AllowedRange.Number(was), AllowedRange.Number(now));
        var isLower = after is null || (before is { } b && after < b);
        log.Add(isLower ? lowered : raised, $"{key} changed from {ChangeLog.Quoted(was)} to {ChangeLog.Quoted(now)}.", pointer, pointer);
    }
}
