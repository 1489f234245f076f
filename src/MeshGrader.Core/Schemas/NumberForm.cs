using System.Globalization;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// A number written in the other form than its field measures: a percentage written as a fraction
/// (0.95 where 95 is meant) or a fraction written as a percentage (15% or 15 where 0.15 is meant).
/// The field's <see cref="SchemaAnnotations.Unit"/> says which form it takes; the other reading is
/// offered only when it is the one the field accepts, so the value named always passes.
/// </summary>
internal static class NumberForm
{
    public const string Percent = "percent";
    public const string Fraction = "fraction";

    /// <summary>The explanation and the number to write, or null when the other form does not fit either.</summary>
    /// <param name="field">The number's schema (its unit and bounds).</param>
    /// <param name="number">The number as read (15 for "15%").</param>
    /// <param name="written">The value as the learner wrote it, for the message.</param>
    /// <param name="percentSign">Whether the learner wrote a % sign.</param>
    public static (string Explanation, decimal Meant)? OtherForm(FieldSchema field, decimal number, string written, bool percentSign)
    {
        switch (field.Unit)
        {
            case Percent when !percentSign && number is > 0m and <= 1m && !field.Accepts(number) && field.Accepts(number * 100m):
                var percent = number * 100m;
                return ($"{written} looks like a fraction; this field is a percentage ({Range(field)}): write {Text(percent)} for {Text(percent)}%", percent);
            case Fraction when (percentSign || number > 1m) && field.Accepts(number / 100m):
                var fraction = number / 100m;
                return ($"{written} looks like a percentage; this field is a fraction ({Range(field)}): write {Text(fraction)} for {Text(number)}%", fraction);
            default:
                return null;
        }
    }

    /// <summary>The number as a hint writes it: 95, 0.15, 99.9.</summary>
    public static string Text(decimal number) => number.ToString("G29", CultureInfo.InvariantCulture);

    /// <summary>The bounds of a number field in words: "from 80 to 100", "greater than 0 and at most 1".</summary>
    public static string Range(FieldSchema field)
    {
        var low = field.Bound("minimum") is { } min ? "at least " + min
            : field.Bound("exclusiveMinimum") is { } above ? "greater than " + above : null;
        var high = field.Bound("maximum") is { } max ? "at most " + max
            : field.Bound("exclusiveMaximum") is { } below ? "less than " + below : null;
        if (field.Bound("minimum") is { } from && field.Bound("maximum") is { } to)
        {
            return $"from {from} to {to}";
        }

        return (low, high) switch
        {
            ({ } l, { } h) => $"{l} and {h}",
            ({ } l, null) => l,
            (null, { } h) => h,
            _ => "any number",
        };
    }
}
