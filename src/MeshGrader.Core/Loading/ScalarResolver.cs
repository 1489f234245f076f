using System.Globalization;
using System.Text.RegularExpressions;

namespace MeshGrader.Core.Loading;

internal enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}

/// <summary>A scalar's value as the YAML 1.2 core schema reads it.</summary>
internal readonly record struct ResolvedScalar(ScalarKind Kind, string Text, bool Boolean = false, decimal? Decimal = null, double Double = 0);

/// <summary>
/// Resolves plain scalars by the YAML 1.2 core schema (yaml.org/spec/1.2.2, 10.3). This is the
/// reading every current YAML tool agrees on; YAML 1.1 extras such as <c>yes</c>, <c>on</c> or
/// <c>1:20</c> stay strings, and <see cref="Yaml11Reading"/> says what a 1.1 tool would make of them.
/// </summary>
internal static partial class ScalarResolver
{
    private const string CoreTag = "tag:yaml.org,2002:";

    public static ResolvedScalar Resolve(SourceScalar scalar)
    {
        var text = scalar.Text;
        switch (scalar.Tag)
        {
            case CoreTag + "str":
                return new ResolvedScalar(ScalarKind.String, text);
            case CoreTag + "null":
                return new ResolvedScalar(ScalarKind.Null, text);
            case CoreTag + "bool" or CoreTag + "int" or CoreTag + "float":
                return ResolvePlain(text);
        }

        return scalar.IsPlain ? ResolvePlain(text) : new ResolvedScalar(ScalarKind.String, text);
    }

    private static ResolvedScalar ResolvePlain(string text)
    {
        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            return new ResolvedScalar(ScalarKind.Null, text);
        }

        if (text is "true" or "True" or "TRUE")
        {
            return new ResolvedScalar(ScalarKind.Boolean, text, Boolean: true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return new ResolvedScalar(ScalarKind.Boolean, text, Boolean: false);
        }

        if (DecimalInteger().IsMatch(text))
        {
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
                ? new ResolvedScalar(ScalarKind.Integer, text, Decimal: d, Double: (double)d)
                : Float(text, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (OctalInteger().IsMatch(text))
        {
            return Integer(text, text[2..], 8);
        }

        if (HexInteger().IsMatch(text))
        {
            return Integer(text, text[2..], 16);
        }

        if (FloatNumber().IsMatch(text))
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                ? new ResolvedScalar(ScalarKind.Float, text, Decimal: exact, Double: value)
                : Float(text, value);
        }

        if (Infinity().IsMatch(text))
        {
            return Float(text, text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
        }

        if (NotANumber().IsMatch(text))
        {
            return Float(text, double.NaN);
        }

        return new ResolvedScalar(ScalarKind.String, text);
    }

    /// <summary>What a YAML 1.1 parser (PyYAML, older YamlDotNet) would read instead, if it differs.</summary>
    public static string? Yaml11Reading(SourceScalar scalar)
    {
        if (!scalar.IsPlain || scalar.Tag is not null)
        {
            return null;
        }

        return Yaml11True().IsMatch(scalar.Text) ? "true"
            : Yaml11False().IsMatch(scalar.Text) ? "false"
            : null;
    }

    private static ResolvedScalar Integer(string text, string digits, int radix)
    {
        // 32 octal or hex digits hold 96 bits, decimal's range: up to there the value is exact. Past
        // it a double is all that is needed, computed in one pass; a big integer built digit by
        // digit would take minutes on a megabyte of digits.
        var significant = digits.TrimStart('0');
        if (significant.Length > 32)
        {
            var approximate = 0.0;
            foreach (var digit in significant)
            {
                approximate = (approximate * radix) + HexDigit(digit);
            }

            return Float(text, approximate);
        }

        // Digits are read as an unsigned magnitude: Convert.ToInt64 would read 0xFFFFFFFFFFFFFFFF as -1.
        var value = System.Numerics.BigInteger.Zero;
        foreach (var digit in significant)
        {
            value = (value * radix) + HexDigit(digit);
        }

        return value <= (System.Numerics.BigInteger)decimal.MaxValue
            ? new ResolvedScalar(ScalarKind.Integer, text, Decimal: (decimal)value, Double: (double)value)
            : Float(text, (double)value);
    }

    private static int HexDigit(char digit) => digit <= '9' ? digit - '0' : (char.ToLowerInvariant(digit) - 'a') + 10;

    private static ResolvedScalar Float(string text, double value) => new(ScalarKind.Float, text, Double: value);

    [GeneratedRegex("^[-+]?[0-9]+\\z")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^0o[0-7]+\\z")]
    private static partial Regex OctalInteger();

    [GeneratedRegex("^0x[0-9a-fA-F]+\\z")]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z")]
    private static partial Regex FloatNumber();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)\z")]
    private static partial Regex Infinity();

    [GeneratedRegex(@"^\.(nan|NaN|NAN)\z")]
    private static partial Regex NotANumber();

    [GeneratedRegex("^(y|Y|yes|Yes|YES|on|On|ON)\\z")]
    private static partial Regex Yaml11True();

    [GeneratedRegex("^(n|N|no|No|NO|off|Off|OFF)\\z")]
    private static partial Regex Yaml11False();
}
