using System.Text.Json.Nodes;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Diff;

/// <summary>One interval of numbers, each end open or closed (an infinite end is open).</summary>
internal readonly record struct Interval(double Low, bool LowIncluded, double High, bool HighIncluded)
{
    public bool Contains(Interval inner) =>
        (Low < inner.Low || (Low == inner.Low && (LowIncluded || !inner.LowIncluded)))
        && (High > inner.High || (High == inner.High && (HighIncluded || !inner.HighIncluded)));
}

/// <summary>
/// The measured values an ODCS quality rule accepts, from its one comparison operator
/// (<c>mustBe</c>, <c>mustBeGreaterThan</c>, ..., <c>mustNotBeBetween</c>), as disjoint intervals.
/// A rule is weakened when it accepts a value it refused before, whatever the metric measures.
/// </summary>
internal sealed record AllowedRange(IReadOnlyList<Interval> Intervals)
{
    public static readonly string[] Operators =
    [
        "mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween",
    ];

    private const double Infinity = double.PositiveInfinity;

    /// <summary>The range a rule accepts; null when it has no operator, several, or a value that is not a number.</summary>
    public static AllowedRange? Of(JsonObject rule)
    {
        var present = Operators.Where(rule.ContainsKey).ToList();
        if (present.Count != 1)
        {
            return null;
        }

        var value = rule[present[0]];
        if (present[0] is "mustBeBetween" or "mustNotBeBetween")
        {
            if (value is not JsonArray { Count: 2 } pair || Number(pair[0]) is not { } low || Number(pair[1]) is not { } high || low > high)
            {
                return null;
            }

            return present[0] == "mustBeBetween"
                ? new([new Interval(low, true, high, true)])
                : new([new Interval(-Infinity, false, low, false), new Interval(high, false, Infinity, false)]);
        }

        if (Number(value) is not { } x)
        {
            return null;
        }

        return present[0] switch
        {
            "mustBe" => new([new Interval(x, true, x, true)]),
            "mustNotBe" => new([new Interval(-Infinity, false, x, false), new Interval(x, false, Infinity, false)]),
            "mustBeGreaterThan" => new([new Interval(x, false, Infinity, false)]),
            "mustBeGreaterOrEqualTo" => new([new Interval(x, true, Infinity, false)]),
            "mustBeLessThan" => new([new Interval(-Infinity, false, x, false)]),
            _ => new([new Interval(-Infinity, false, x, true)]),
        };
    }

    /// <summary>Every value this range accepts, the other accepts too.</summary>
    public bool IsWithin(AllowedRange other) =>
        Intervals.All(inner => other.Intervals.Any(outer => outer.Contains(inner)));

    public static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && JsonValues.NumberOf(v).Approximate is var number && double.IsFinite(number)
            ? number
            : null;
}
