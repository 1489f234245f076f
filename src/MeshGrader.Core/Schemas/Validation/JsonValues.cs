using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>JSON Schema's view of values: its six types, and equality where 1 and 1.0 are the same number.</summary>
internal static class JsonValues
{
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>
    /// A number as decimal when it fits (exact for what learners write), else as double. Decimal
    /// first, because comparing 0.1 with a minimum of 0.1 in binary floating point can go either way.
    /// </summary>
    public static (decimal? Exact, double Approximate) NumberOf(JsonValue value)
    {
        if (value.TryGetValue<decimal>(out var exact))
        {
            return (exact, (double)exact);
        }

        if (value.TryGetValue<double>(out var approximate))
        {
            return (null, approximate);
        }

        // Any other numeric primitive: read it back from its JSON text.
        return (null, double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static bool IsInteger(JsonValue value)
    {
        var (exact, approximate) = NumberOf(value);
        return exact is { } d ? decimal.Truncate(d) == d : double.IsFinite(approximate) && Math.Floor(approximate) == approximate;
    }

    public static int Compare(JsonValue value, (decimal? Exact, double Approximate) bound)
    {
        var number = NumberOf(value);
        return number.Exact is { } a && bound.Exact is { } b ? a.CompareTo(b) : number.Approximate.CompareTo(bound.Approximate);
    }

    /// <summary>
    /// A copy held as .NET values rather than as parsed JSON text: comparing a learner's value with
    /// a schema's choice then reads a string instead of decoding one, for every choice of every check.
    /// </summary>
    public static JsonNode? Materialised(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.String => JsonValue.Create(node!.GetValue<string>()),
        JsonValueKind.Number => NumberOf(node!.AsValue()) switch
        {
            { Exact: { } exact } => JsonValue.Create(exact),
            var number => JsonValue.Create(number.Approximate),
        },
        JsonValueKind.True => JsonValue.Create(true),
        JsonValueKind.False => JsonValue.Create(false),
        JsonValueKind.Array => new JsonArray(node!.AsArray().Select(Materialised).ToArray()),
        JsonValueKind.Object => new JsonObject(node!.AsObject().Select(p => KeyValuePair.Create(p.Key, Materialised(p.Value)))),
        _ => null,
    };

    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        var kind = KindOf(left);
        if (kind != KindOf(right))
        {
            return false;
        }

        switch (kind)
        {
            case JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False:
                return true;
            case JsonValueKind.String:
                return string.Equals(left!.GetValue<string>(), right!.GetValue<string>(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return Compare(left!.AsValue(), NumberOf(right!.AsValue())) == 0;
            case JsonValueKind.Array:
                var a = left!.AsArray();
                var b = right!.AsArray();
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!AreEqual(a[i], b[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var x = left!.AsObject();
                var y = right!.AsObject();
                if (x.Count != y.Count)
                {
                    return false;
                }

                foreach (var (key, item) in x)
                {
                    if (!y.TryGetPropertyValue(key, out var other) || !AreEqual(item, other))
                    {
                        return false;
                    }
                }

                return true;
        }
    }
}
