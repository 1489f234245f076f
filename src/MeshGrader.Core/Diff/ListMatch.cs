using System.Text.Json.Nodes;

namespace MeshGrader.Core.Diff;

/// <summary>
/// Pairs the items of a list in the old contract with those of the new one: by the first key that
/// matches (an object's <c>id</c>, then its <c>name</c>, ...), so that reordering a list is no change
/// and renaming an item that keeps its id is a rename, not a removal and an addition.
/// </summary>
internal static class ListMatch
{
    /// <summary>The pairs in the old list's order, then the new list's items that matched none; an index is null on the side that lacks the item.</summary>
    public static IReadOnlyList<(int? Old, int? New)> Pair(JsonArray? old, JsonArray? @new, params Func<JsonArray, int, string?>[] keys)
    {
        var oldCount = old?.Count ?? 0;
        var newCount = @new?.Count ?? 0;
        var partnerOfOld = new int?[oldCount];
        var taken = new bool[newCount];
        foreach (var key in keys)
        {
            var open = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var j = 0; j < newCount; j++)
            {
                if (!taken[j] && key(@new!, j) is { } k)
                {
                    (open.TryGetValue(k, out var q) ? q : open[k] = new Queue<int>()).Enqueue(j);
                }
            }

            for (var i = 0; i < oldCount; i++)
            {
                if (partnerOfOld[i] is null && key(old!, i) is { } k && open.TryGetValue(k, out var q) && q.Count > 0)
                {
                    var j = q.Dequeue();
                    partnerOfOld[i] = j;
                    taken[j] = true;
                }
            }
        }

        var pairs = new List<(int?, int?)>();
        for (var i = 0; i < oldCount; i++)
        {
            pairs.Add((i, partnerOfOld[i]));
        }

        for (var j = 0; j < newCount; j++)
        {
            if (!taken[j])
            {
                pairs.Add((null, j));
            }
        }

        return pairs;
    }

    /// <summary>A key from a text member of the item, e.g. its <c>id</c>.</summary>
    public static Func<JsonArray, int, string?> Member(string name) =>
        (list, index) => Text(list[index], name);

    /// <summary>A key from a member and the item's place among the items with the same member value.</summary>
    public static Func<JsonArray, int, string?> MemberOccurrence(string name) =>
        (list, index) =>
        {
            if (Text(list[index], name) is not { } value)
            {
                return null;
            }

            var occurrence = 0;
            for (var i = 0; i < index; i++)
            {
                occurrence += Text(list[i], name) == value ? 1 : 0;
            }

            return $"{value}#{occurrence}";
        };

    public static string? Text(JsonNode? item, string name) =>
        item is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
}
