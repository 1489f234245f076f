using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;

using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Diff;

/// <summary>
/// The changes between two ODCS v3.1.0 contracts: schema objects and their properties (matched by
/// <c>id</c>, else <c>name</c>, through nested <c>properties</c> and <c>items</c>), quality rules,
/// service levels, the data product and the compatibility declaration; the rest is metadata.
/// </summary>
internal static class OdcsChanges
{
    private static readonly HashSet<string> TopCosmetic = new(StringComparer.Ordinal)
    {
        "description", "tags", "team", "support", "name", "tenant", "status", "authoritativeDefinitions", "price", "contractCreatedTs",
    };

    private static readonly HashSet<string> ElementCosmetic = new(StringComparer.Ordinal)
    {
        "description", "businessName", "tags", "authoritativeDefinitions", "customProperties", "examples", "dataGranularityDescription",
        "transformLogic", "transformDescription", "transformSourceObjects", "criticalDataElement",
    };

    public static void Compare(ChangeLog log, JsonObject old, JsonObject @new)
    {
        foreach (var key in Keys(old, @new))
        {
            var pointer = JsonPointerText.Append(JsonPointerText.Root, key);
            var (a, b) = (old[key], @new[key]);
            switch (key)
            {
                case "version":
                    // The version is what the bump check compares; changing it is no change of the contract.
                    break;
                case "schema":
                    Elements(log, a as JsonArray, b as JsonArray, pointer, pointer, "", isProperty: false);
                    break;
                case "slaProperties":
                    SlaChanges.Compare(log, a as JsonArray, b as JsonArray, pointer, pointer);
                    break;
                case "quality":
                    QualityChanges.Compare(log, a as JsonArray, b as JsonArray, pointer, pointer, "the contract");
                    break;
                case "customProperties":
                    CustomProperties(log, a as JsonArray, b as JsonArray);
                    break;
                case "dataProduct" when !ChangeLog.Same(a, b):
                    // Naming the product where none was named governs no one new; renaming or dropping it does.
                    log.Add(a is null ? DiffRules.Unclassified : DiffRules.ProductChanged,
                        $"dataProduct changed from {ChangeLog.Quoted(a)} to {ChangeLog.Quoted(b)}.", pointer, pointer);
                    break;
                default:
                    if (!ChangeLog.Same(a, b))
                    {
                        log.Add(TopCosmetic.Contains(key) ? DiffRules.Cosmetic : DiffRules.Unclassified, Described(key, a, b, "the contract"), pointer, pointer);
                    }

                    break;
            }
        }
    }

    /// <summary>Schema objects, or the properties of one, matched by id, else name.</summary>
    private static void Elements(ChangeLog log, JsonArray? old, JsonArray? @new, string oldList, string newList, string parent, bool isProperty)
    {
        foreach (var (i, j) in ListMatch.Pair(old, @new, ListMatch.Member("id"), ListMatch.Member("name")))
        {
            var oldPointer = i is { } oi ? JsonPointerText.Append(oldList, oi) : oldList;
            var newPointer = j is { } nj ? JsonPointerText.Append(newList, nj) : newList;
            var what = isProperty ? "Property" : "Schema object";
            if (j is null)
            {
                log.Add(isProperty ? DiffRules.PropertyRemoved : DiffRules.SchemaObjectRemoved, $"{what} {Label(parent, old![i!.Value])} removed.", oldPointer, newPointer);
            }
            else if (i is null)
            {
                var item = @new![j.Value];
                var required = isProperty && item is JsonObject o && o["required"] is JsonValue r && r.TryGetValue<bool>(out var isRequired) && isRequired;
                log.Add(
                    !isProperty ? DiffRules.SchemaObjectAdded : required ? DiffRules.RequiredPropertyAdded : DiffRules.PropertyAdded,
                    $"{(required ? "Required property" : what)} {Label(parent, item)} added.", oldPointer, newPointer);
            }
            else if (old![i.Value] is JsonObject a && @new![j.Value] is JsonObject b)
            {
                Element(log, a, b, oldPointer, newPointer, Label(parent, b), isProperty);
            }
            else if (!ChangeLog.Same(old[i.Value], @new![j.Value]))
            {
                log.Add(DiffRules.Unclassified, $"{what} {Label(parent, @new[j.Value])} changed.", oldPointer, newPointer);
            }
        }
    }

    private static void Element(ChangeLog log, JsonObject old, JsonObject @new, string oldPointer, string newPointer, string label, bool isProperty)
    {
        foreach (var key in Keys(old, @new))
        {
            var (a, b) = (old[key], @new[key]);
            var (op, np) = (JsonPointerText.Append(oldPointer, key), JsonPointerText.Append(newPointer, key));
            switch (key)
            {
                case "properties":
                    Elements(log, a as JsonArray, b as JsonArray, op, np, label, isProperty: true);
                    continue;
                case "items" when a is JsonObject oldItems && b is JsonObject newItems:
                    Element(log, oldItems, newItems, op, np, label + "[]", isProperty: true);
                    continue;
                case "quality":
                    QualityChanges.Compare(log, a as JsonArray, b as JsonArray, op, np, label);
                    continue;
            }

            if (ChangeLog.Same(a, b))
            {
                continue;
            }

            switch (key)
            {
                case "logicalType" or "physicalType" or "items":
                    log.Add(DiffRules.TypeChanged, $"{key} of {label} changed from {ChangeLog.Quoted(a)} to {ChangeLog.Quoted(b)}.", op, np);
                    break;
                case "required" when isProperty:
                    var (was, now) = (IsTrue(a), IsTrue(b));
                    if (was != now)
                    {
                        log.Add(now ? DiffRules.RequiredTightened : DiffRules.RequiredLoosened,
                            $"{label} is {(now ? "now required" : "no longer required")}.", op, np);
                    }

                    break;
                case "unique" or "primaryKey" or "primaryKeyPosition":
                    log.Add(DiffRules.KeyChanged, $"{key} of {label} changed from {ChangeLog.Quoted(a)} to {ChangeLog.Quoted(b)}.", op, np);
                    break;
                case "logicalTypeOptions" or "classification":
                    log.Add(DiffRules.ConstraintChanged, $"{key} of {label} changed from {ChangeLog.Quoted(a)} to {ChangeLog.Quoted(b)}.", op, np);
                    break;
                case "relationships":
                    log.Add(DiffRules.RelationshipChanged, $"The relationships of {label} changed.", op, np);
                    break;
                case "name" or "physicalName":
                    log.Add(DiffRules.Renamed, $"{key} of {label} changed from {ChangeLog.Quoted(a)} to {ChangeLog.Quoted(b)}.", op, np);
                    break;
                default:
                    log.Add(ElementCosmetic.Contains(key) ? DiffRules.Cosmetic : DiffRules.Unclassified, Described(key, a, b, label), op, np);
                    break;
            }
        }
    }

    /// <summary>The contract's custom properties by name; <c>backwardCompatible</c> is the lab's compatibility declaration.</summary>
    private static void CustomProperties(ChangeLog log, JsonArray? old, JsonArray? @new)
    {
        const string List = "/customProperties";
        foreach (var (i, j) in ListMatch.Pair(old, @new, ListMatch.MemberOccurrence("property")))
        {
            var (a, b) = (i is { } oi ? old![oi] : null, j is { } nj ? @new![nj] : null);
            var (op, np) = (i is { } x ? JsonPointerText.Append(List, x) : List, j is { } y ? JsonPointerText.Append(List, y) : List);
            var name = ListMatch.Text(a ?? b, "property");
            if (name == OdcsPlaces.BackwardCompatibleProperty)
            {
                var (was, now) = (IsTrue((a as JsonObject)?["value"]), IsTrue((b as JsonObject)?["value"]));
                if (was != now)
                {
                    log.Add(now ? DiffRules.CompatibilityPromised : DiffRules.CompatibilityWithdrawn,
                        now ? "The contract now declares backwardCompatible: true." : "The contract no longer declares backwardCompatible: true.",
                        i is null ? op : op + "/value", j is null ? np : np + "/value");
                }
            }
            else if (!ChangeLog.Same(a, b))
            {
                log.Add(DiffRules.Cosmetic, $"Custom property {ChangeLog.Quoted(name is null ? null : JsonValue.Create(name))} {(a is null ? "added" : b is null ? "removed" : "changed")}.", op, np);
            }
        }
    }

    public static bool IsTrue(JsonNode? value) => value is JsonValue v && v.TryGetValue<bool>(out var flag) && flag;

    /// <summary>The keys of both mappings: the old one's in its order, then the ones only the new one has.</summary>
    public static IEnumerable<string> Keys(JsonObject old, JsonObject @new) =>
        old.Select(e => e.Key).Concat(@new.Select(e => e.Key).Where(k => !old.ContainsKey(k)));

    public static string Described(string key, JsonNode? old, JsonNode? @new, string owner) =>
        old is null ? $"{key} added to {owner}."
        : @new is null ? $"{key} removed from {owner}."
        : old is JsonValue && @new is JsonValue ? $"{key} of {owner} changed from {ChangeLog.Quoted(old)} to {ChangeLog.Quoted(@new)}."
        : $"{key} of {owner} changed.";

    private static string Label(string parent, JsonNode? item)
    {
        var name = ListMatch.Text(item, "name") ?? ListMatch.Text(item, "id") ?? "(unnamed)";
        return parent.Length == 0 ? $"'{name}'" : $"{parent.TrimEnd('\'')}.{name}'";
    }
}
