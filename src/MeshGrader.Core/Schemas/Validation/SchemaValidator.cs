using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// A JSON Schema (draft 2020-12) compiled for the keywords lab schemas use: type, enum, const,
/// required, properties, additionalProperties, items, pattern, minimum, maximum, exclusiveMinimum,
/// exclusiveMaximum, minItems and minLength. Any other validation keyword is refused when the
/// schema is compiled, so no rule can go silently unchecked. The official test suite runs against
/// this class for each of these keywords.
/// </summary>
/// <remarks>
/// Compiling is a walk over a 10 KiB document and validating a walk over the learner's value, with
/// no allocation unless a keyword fails: the general-purpose validator this replaces spent more
/// time preparing its schemas than grading took in all.
/// </remarks>
internal sealed class SchemaValidator
{
    // Pattern matching is bounded: a learner's string is at most a megabyte, and a pattern that
    // backtracks badly must end in a finding rather than a stalled grading job.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    // Lab schemas repeat a few patterns ("\\S", not blank, a dozen times): each is parsed once per process.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    // The draft 2020-12 vocabulary: a keyword from it that this class does not implement is refused;
    // any other name is an unknown keyword, which the specification says to ignore.
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "$ref", "$dynamicRef", "$anchor", "$dynamicAnchor", "$vocabulary", "$defs", "definitions", "allOf", "anyOf", "oneOf", "not",
        "if", "then", "else", "dependentSchemas", "dependencies", "prefixItems", "contains", "patternProperties", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties", "multipleOf", "maxLength", "maxItems", "uniqueItems", "maxContains",
        "minContains", "maxProperties", "minProperties", "dependentRequired",
    };

    private readonly bool? constant;
    private readonly TypeSet types;
    private readonly JsonNode?[]? choices;
    private readonly (bool Present, JsonNode? Value) exact;
    private readonly string[] required = [];
    private readonly Dictionary<string, SchemaValidator>? properties;
    private readonly SchemaValidator? additionalProperties;
    private readonly SchemaValidator? items;
    private readonly Regex? pattern;
    private readonly (decimal? Exact, double Approximate)? minimum;
    private readonly (decimal? Exact, double Approximate)? maximum;
    private readonly (decimal? Exact, double Approximate)? exclusiveMinimum;
    private readonly (decimal? Exact, double Approximate)? exclusiveMaximum;
    private readonly int? minItems;
    private readonly int? minLength;

    private SchemaValidator(bool constant) => this.constant = constant;

    private SchemaValidator(JsonObject schema, string location)
    {
        foreach (var (keyword, value) in schema)
        {
            var at = location + "/" + keyword;
            switch (keyword)
            {
                case "type":
                    types = TypeSet.Of(value, at);
                    break;
                case "enum":
                    choices = (value as JsonArray ?? throw Malformed(at, keyword)).Select(JsonValues.Materialised).ToArray();
                    break;
                case "const":
                    exact = (true, JsonValues.Materialised(value));
                    break;
                case "required":
                    required = (value as JsonArray ?? throw Malformed(at, keyword)).Select(r => r?.GetValue<string>() ?? throw Malformed(at, keyword)).ToArray();
                    break;
                case "properties":
                    properties = (value as JsonObject ?? throw Malformed(at, keyword))
                        .ToDictionary(p => p.Key, p => Compile(p.Value, at + "/" + p.Key), StringComparer.Ordinal);
                    break;
                case "additionalProperties":
                    additionalProperties = Compile(value, at);
                    break;
                case "items":
                    items = Compile(value, at);
                    break;
                case "pattern":
                    pattern = Patterns.GetOrAdd(value?.GetValue<string>() ?? throw Malformed(at, keyword),
                        text => new Regex(text, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, PatternTimeout));
                    break;
                case "minimum":
                    minimum = Bound(value, at, keyword);
                    break;
                case "maximum":
                    maximum = Bound(value, at, keyword);
                    break;
                case "exclusiveMinimum":
                    exclusiveMinimum = Bound(value, at, keyword);
                    break;
                case "exclusiveMaximum":
                    exclusiveMaximum = Bound(value, at, keyword);
                    break;
                case "minItems":
                    minItems = Count(value, at, keyword);
                    break;
                case "minLength":
                    minLength = Count(value, at, keyword);
                    break;
                case var _ when Vocabulary.Contains(keyword):
                    throw new UnsupportedSchemaException(location, keyword);
                default:
                    // Descriptive keywords, the grader's own x- annotations and unknown names validate nothing.
                    break;
            }
        }
    }

    /// <summary>Compiles a schema document (an object or a boolean schema).</summary>
    /// <exception cref="UnsupportedSchemaException">The schema uses a keyword this validator does not implement.</exception>
    public static SchemaValidator Compile(JsonNode? schema) => Compile(schema, "#");

    /// <summary>Whether the value is valid, stopping at the first failure and allocating nothing.</summary>
    public bool IsValid(JsonNode? instance) => Validate(instance, null, null);

    /// <summary>Every keyword the value fails, in document order.</summary>
    public IReadOnlyList<SchemaViolation> Violations(JsonNode? instance)
    {
        var violations = new List<SchemaViolation>();
        Validate(instance, new PointerPath(), violations);
        return violations;
    }

    private static SchemaValidator Compile(JsonNode? schema, string location) => schema switch
    {
        JsonObject obj => new SchemaValidator(obj, location),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new SchemaValidator(value.GetValue<bool>()),
        _ => throw Malformed(location, "schema"),
    };

    private bool Validate(JsonNode? instance, PointerPath? path, List<SchemaViolation>? sink)
    {
        if (constant is { } accepts)
        {
            return accepts || Fail(path, sink, "false");
        }

        var valid = true;
        var kind = JsonValues.KindOf(instance);
        if (!types.Accepts(kind, instance))
        {
            // The other keywords only explain a value of the right type; report the type alone.
            return Fail(path, sink, "type");
        }

        if (exact.Present && !JsonValues.AreEqual(instance, exact.Value))
        {
            valid = Fail(path, sink, "const");
            if (sink is null)
            {
                return false;
            }
        }

        if (choices is not null && !IsOneOf(instance, choices))
        {
            valid = Fail(path, sink, "enum");
            if (sink is null)
            {
                return false;
            }
        }

        valid &= kind switch
        {
            JsonValueKind.String => ValidateString(instance!.GetValue<string>(), path, sink),
            JsonValueKind.Number => ValidateNumber(instance!.AsValue(), path, sink),
            JsonValueKind.Array => ValidateArray(instance!.AsArray(), path, sink),
            JsonValueKind.Object => ValidateObject(instance!.AsObject(), path, sink),
            _ => true,
        };
        return valid;
    }

    private bool ValidateString(string text, PointerPath? path, List<SchemaViolation>? sink)
    {
        var valid = true;
        if (minLength is { } least && CodePoints(text) < least)
        {
            valid = Fail(path, sink, "minLength");
        }

        if (pattern is not null && (sink is not null || valid) && !Matches(text))
        {
            valid = Fail(path, sink, "pattern");
        }

        return valid;
    }

    private bool Matches(string text)
    {
        try
        {
            return pattern!.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private bool ValidateNumber(JsonValue number, PointerPath? path, List<SchemaViolation>? sink)
    {
        var valid = true;
        if (minimum is { } min && JsonValues.Compare(number, min) < 0)
        {
            valid = Fail(path, sink, "minimum");
        }

        if (maximum is { } max && JsonValues.Compare(number, max) > 0)
        {
            valid = Fail(path, sink, "maximum");
        }

        if (exclusiveMinimum is { } above && JsonValues.Compare(number, above) <= 0)
        {
            valid = Fail(path, sink, "exclusiveMinimum");
        }

        if (exclusiveMaximum is { } below && JsonValues.Compare(number, below) >= 0)
        {
            valid = Fail(path, sink, "exclusiveMaximum");
        }

        return valid;
    }

    private bool ValidateArray(JsonArray array, PointerPath? path, List<SchemaViolation>? sink)
    {
        var valid = true;
        if (minItems is { } least && array.Count < least)
        {
            valid = Fail(path, sink, "minItems");
        }

        if (items is null)
        {
            return valid;
        }

        for (var i = 0; i < array.Count && (valid || sink is not null); i++)
        {
            path?.Push(i);
            valid &= items.Validate(array[i], path, sink);
            path?.Pop();
        }

        return valid;
    }

    private bool ValidateObject(JsonObject obj, PointerPath? path, List<SchemaViolation>? sink)
    {
        var valid = true;
        foreach (var name in required)
        {
            if (!obj.ContainsKey(name))
            {
                valid = Fail(path, sink, "required");
                break;
            }
        }

        if (properties is null && additionalProperties is null)
        {
            return valid;
        }

        // By index: enumerating a JsonObject allocates an enumerator for every object of every file.
        for (var i = 0; i < obj.Count; i++)
        {
            if (!valid && sink is null)
            {
                return false;
            }

            var (name, value) = obj.GetAt(i);

            path?.Push(name);
            if (properties is not null && properties.TryGetValue(name, out var property))
            {
                valid &= property.Validate(value, path, sink);
            }
            else if (additionalProperties is not null && !additionalProperties.Validate(value, null, null))
            {
                // One report per refused property, at the property: what the learner should remove or rename.
                valid = Fail(path, sink, "additionalProperties");
                if (additionalProperties.constant is null && sink is not null)
                {
                    additionalProperties.Validate(value, path, sink);
                }
            }

            path?.Pop();
        }

        return valid;
    }

    private static bool IsOneOf(JsonNode? instance, JsonNode?[] choices)
    {
        foreach (var choice in choices)
        {
            if (JsonValues.AreEqual(instance, choice))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fail(PointerPath? path, List<SchemaViolation>? sink, string keyword)
    {
        sink?.Add(new SchemaViolation(path!.Pointer, keyword));
        return false;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static (decimal?, double) Bound(JsonNode? value, string at, string keyword) =>
        value is JsonValue number && number.GetValueKind() == JsonValueKind.Number ? JsonValues.NumberOf(number) : throw Malformed(at, keyword);

    private static int Count(JsonNode? value, string at, string keyword) =>
        value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && JsonValues.IsInteger(number)
            ? (int)Math.Clamp(JsonValues.NumberOf(number).Approximate, 0, int.MaxValue)
            : throw Malformed(at, keyword);

    private static UnsupportedSchemaException Malformed(string at, string keyword) => new(at, keyword);
}
