using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// A JSON Schema (draft 2020-12, and the 2019-09 subset ODCS uses) compiled for these keywords:
/// type, enum, const, required, properties, additionalProperties, items, pattern, minimum, maximum,
/// exclusiveMinimum, exclusiveMaximum, minItems, minLength, maxLength, maxItems, uniqueItems, $defs, local
/// $ref, allOf, anyOf, oneOf, not, if/then/else and unevaluatedProperties. Any other validation
/// keyword is refused when the schema is compiled, so no rule can go silently unchecked. The
/// official test suite runs against this class for each of these keywords.
/// </summary>
/// <remarks>
/// Compiling is a walk over a 10 KiB document and validating a walk over the learner's value, with
/// no allocation unless a keyword fails: the general-purpose validator this replaces spent more
/// time preparing its schemas than grading took in all.
/// </remarks>
internal sealed partial class SchemaValidator
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
        "$dynamicRef", "$anchor", "$dynamicAnchor", "$vocabulary", "$recursiveRef", "$recursiveAnchor", "definitions",
        "dependentSchemas", "dependencies", "prefixItems", "contains", "patternProperties", "propertyNames", "additionalItems",
        "unevaluatedItems", "multipleOf", "maxContains", "minContains", "maxProperties", "minProperties", "dependentRequired",
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
    private readonly int? maxLength;
    private readonly int? maxItems;
    private readonly bool uniqueItems;
    private readonly SchemaReference? reference;
    private readonly SchemaValidator[]? allOf;
    private readonly SchemaValidator[]? anyOf;
    private readonly SchemaValidator[]? oneOf;
    private readonly SchemaValidator? not;
    private readonly SchemaValidator? condition;
    private readonly SchemaValidator? then;
    private readonly SchemaValidator? otherwise;
    private readonly SchemaValidator? unevaluatedProperties;

    // Where this schema is in its document: violations name the failing keyword's place.
    private readonly string location;

    // Set on the root only: every compiled subschema by its location, for questions about one of them.
    private SchemaDocument? document;

    private SchemaValidator(bool constant, string location)
    {
        this.constant = constant;
        this.location = location;
    }

    private SchemaValidator(JsonObject schema, string location, SchemaDocument document)
    {
        this.location = location;
        document.Register(location, this);
        foreach (var (keyword, value) in schema)
        {
            var at = location + "/" + SchemaDocument.Escape(keyword);
            switch (keyword)
            {
                case "$id" when location != "#":
                    // An embedded resource changes the base of its references: not supported.
                    throw new UnsupportedSchemaException(location, keyword);
                case "$ref":
                    reference = document.Refer(value is JsonValue text && text.TryGetValue<string>(out var target) ? target : throw Malformed(at, keyword), at);
                    break;
                case "$defs":
                    foreach (var (name, definition) in value as JsonObject ?? throw Malformed(at, keyword))
                    {
                        Compile(definition, at + "/" + SchemaDocument.Escape(name), document);
                    }

                    break;
                case "allOf":
                    allOf = Subschemas(value, at, keyword, document);
                    break;
                case "anyOf":
                    anyOf = Subschemas(value, at, keyword, document);
                    break;
                case "oneOf":
                    oneOf = Subschemas(value, at, keyword, document);
                    break;
                case "not":
                    not = Compile(value, at, document);
                    break;
                case "if":
                    condition = Compile(value, at, document);
                    break;
                case "then":
                    then = Compile(value, at, document);
                    break;
                case "else":
                    otherwise = Compile(value, at, document);
                    break;
                case "maxLength":
                    maxLength = Count(value, at, keyword);
                    break;
                case "maxItems":
                    maxItems = Count(value, at, keyword);
                    break;
                case "uniqueItems":
                    uniqueItems = value is JsonValue flag && flag.TryGetValue<bool>(out var unique) ? unique : throw Malformed(at, keyword);
                    break;
                case "unevaluatedProperties":
                    unevaluatedProperties = Compile(value, at, document);
                    break;
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
                        .ToDictionary(p => p.Key, p => Compile(p.Value, at + "/" + SchemaDocument.Escape(p.Key), document), StringComparer.Ordinal);
                    break;
                case "additionalProperties":
                    additionalProperties = Compile(value, at, document);
                    break;
                case "items":
                    items = Compile(value, at, document);
                    break;
                case "pattern":
                    pattern = Patterns.GetOrAdd(value?.GetValue<string>() ?? throw Malformed(at, keyword),
                        text => new Regex(EcmaPattern.ForDotNet(text), RegexOptions.ECMAScript | RegexOptions.CultureInvariant, PatternTimeout));
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
    public static SchemaValidator Compile(JsonNode? schema)
    {
        var document = new SchemaDocument(schema);
        var root = Compile(schema, "#", document);
        document.Link(Compile);
        RefuseLoops(root);
        root.document = document;
        return root;
    }

    // A chain of $ref and in-place applicators that comes back to a schema without stepping into
    // a property or item would validate forever; such a schema is refused like an unknown keyword.
    private static void RefuseLoops(SchemaValidator root)
    {
        var done = new HashSet<SchemaValidator>(ReferenceEqualityComparer.Instance);
        var onPath = new HashSet<SchemaValidator>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(SchemaValidator Schema, IEnumerator<SchemaValidator> Next)>();
        foreach (var start in Reachable(root))
        {
            if (!done.Add(start))
            {
                continue;
            }

            onPath.Add(start);
            stack.Push((start, start.InPlace().GetEnumerator()));
            while (stack.TryPeek(out var top))
            {
                if (!top.Next.MoveNext())
                {
                    onPath.Remove(top.Schema);
                    stack.Pop();
                    continue;
                }

                var next = top.Next.Current;
                if (onPath.Contains(next))
                {
                    throw new UnsupportedSchemaException(next.reference?.Pointer ?? "#", "$ref");
                }

                if (done.Add(next))
                {
                    onPath.Add(next);
                    stack.Push((next, next.InPlace().GetEnumerator()));
                }
            }
        }
    }

    private static IEnumerable<SchemaValidator> Reachable(SchemaValidator root)
    {
        var seen = new HashSet<SchemaValidator>(ReferenceEqualityComparer.Instance) { root };
        var queue = new Queue<SchemaValidator>([root]);
        while (queue.TryDequeue(out var schema))
        {
            yield return schema;
            foreach (var child in schema.InPlace().Concat(schema.Nested()))
            {
                if (seen.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
    }

    // Subschemas applied to the same value as this one.
    private IEnumerable<SchemaValidator> InPlace()
    {
        IEnumerable<SchemaValidator?> all =
        [
            reference?.Target, not, condition, then, otherwise,
            .. allOf ?? [], .. anyOf ?? [], .. oneOf ?? [],
        ];
        return all.OfType<SchemaValidator>();
    }

    // Subschemas applied to a property or item of the value.
    private IEnumerable<SchemaValidator> Nested()
    {
        IEnumerable<SchemaValidator?> all = [additionalProperties, items, unevaluatedProperties, .. (IEnumerable<SchemaValidator>?)properties?.Values ?? []];
        return all.OfType<SchemaValidator>();
    }

    /// <summary>Whether the value is valid, stopping at the first failure and allocating nothing.</summary>
    public bool IsValid(JsonNode? instance) => Validate(instance, null, null, null);

    /// <summary>Every keyword the value fails, in document order.</summary>
    public IReadOnlyList<SchemaViolation> Violations(JsonNode? instance) =>
        [.. DetailedViolations(instance).Select(v => v.WithoutDetails())];

    /// <summary>
    /// As <see cref="Violations"/>, each with the failing keyword's place in the schema, the branches
    /// of a failing oneOf or anyOf, and whether an unevaluated property is refused only because a
    /// failing subschema's names did not count.
    /// </summary>
    public IReadOnlyList<SchemaViolation> DetailedViolations(JsonNode? instance)
    {
        var violations = new List<SchemaViolation>();
        Validate(instance, new PointerPath(), violations, null);
        return violations;
    }

    /// <summary>The compiled subschema at a place in this (root) schema's document, or null.</summary>
    internal SchemaValidator? At(string schemaLocation) =>
        document is not null && document.Compiled(schemaLocation) is { } found ? found : null;

    private static SchemaValidator[] Subschemas(JsonNode? value, string at, string keyword, SchemaDocument document) =>
        value is JsonArray { Count: > 0 } array
            ? array.Select((s, i) => Compile(s, at + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), document)).ToArray()
            : throw Malformed(at, keyword);

    private static SchemaValidator Compile(JsonNode? schema, string location, SchemaDocument document) => schema switch
    {
        JsonObject obj => new SchemaValidator(obj, location, document),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new SchemaValidator(value.GetValue<bool>(), location),
        _ => throw Malformed(location, "schema"),
    };

    /// <param name="evaluated">
    /// Collects the names of the properties this schema evaluates at this object, for an enclosing
    /// unevaluatedProperties; null when nothing encloses one, so the common path allocates nothing.
    /// A caller passes a fresh set and keeps it only when the schema passes.
    /// </param>
    private bool Validate(JsonNode? instance, PointerPath? path, List<SchemaViolation>? sink, EvaluatedProperties? evaluated)
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

        var checksUnevaluated = unevaluatedProperties is not null && kind == JsonValueKind.Object;
        var collecting = checksUnevaluated ? new EvaluatedProperties(sink is not null) : evaluated;
        valid &= kind switch
        {
            JsonValueKind.String => ValidateString(instance!.GetValue<string>(), path, sink),
            JsonValueKind.Number => ValidateNumber(instance!.AsValue(), path, sink),
            JsonValueKind.Array => ValidateArray(instance!.AsArray(), path, sink),
            JsonValueKind.Object => ValidateObject(instance!.AsObject(), path, sink, collecting),
            _ => true,
        };
        if (!valid && sink is null)
        {
            return false;
        }

        valid &= ValidateApplicators(instance, path, sink, collecting);
        if (checksUnevaluated && (valid || sink is not null))
        {
            valid &= ValidateUnevaluated(instance!.AsObject(), path, sink, collecting!, evaluated);
        }

        return valid;
    }

    // The keywords that apply subschemas to the same value; their annotations count only when they pass.
    private bool ValidateApplicators(JsonNode? instance, PointerPath? path, List<SchemaViolation>? sink, EvaluatedProperties? evaluated)
    {
        var valid = true;
        if (reference is not null)
        {
            valid &= Apply(reference.Target!, instance, path, sink, evaluated);
        }

        if (allOf is not null)
        {
            foreach (var schema in allOf)
            {
                if (!valid && sink is null)
                {
                    return false;
                }

                valid &= Apply(schema, instance, path, sink, evaluated);
            }
        }

        if (anyOf is not null && (valid || sink is not null))
        {
            valid &= sink is null ? AnyOfPasses(instance, evaluated) : ExplainBranches(anyOf, "anyOf", instance, path!, sink, evaluated);
        }

        if (oneOf is not null && (valid || sink is not null))
        {
            valid &= sink is null ? OneOfPasses(instance, evaluated) : ExplainBranches(oneOf, "oneOf", instance, path!, sink, evaluated);
        }

        if (not is not null && (valid || sink is not null) && not.Validate(instance, null, null, null))
        {
            valid = Fail(path, sink, "not");
        }

        if (condition is not null && (valid || sink is not null))
        {
            // A condition that fails is no error: its names are dropped, never remembered as a failure's.
            var tested = evaluated?.Branch();
            if (condition.Validate(instance, null, null, tested))
            {
                if (tested is not null)
                {
                    evaluated!.Keep(tested);
                }

                valid &= then is null || Apply(then, instance, path, sink, evaluated);
            }
            else
            {
                valid &= otherwise is null || Apply(otherwise, instance, path, sink, evaluated);
            }
        }

        return valid;
    }

    private bool AnyOfPasses(JsonNode? instance, EvaluatedProperties? evaluated)
    {
        var any = false;
        foreach (var schema in anyOf!)
        {
            // Every passing branch annotates, so all are tried when annotations are wanted.
            any |= Apply(schema, instance, null, null, evaluated);
            if (any && evaluated is null)
            {
                break;
            }
        }

        return any;
    }

    private bool OneOfPasses(JsonNode? instance, EvaluatedProperties? evaluated)
    {
        var passed = 0;
        EvaluatedProperties? kept = null;
        foreach (var schema in oneOf!)
        {
            var branch = evaluated?.Branch();
            if (schema.Validate(instance, null, null, branch) && ++passed == 1)
            {
                kept = branch;
            }
        }

        if (passed == 1 && kept is not null)
        {
            evaluated!.Keep(kept);
        }

        return passed == 1;
    }

    // Each branch validated on its own, so a translator can tell which branch the learner meant.
    private bool ExplainBranches(SchemaValidator[] branches, string keyword, JsonNode? instance, PointerPath path, List<SchemaViolation> sink, EvaluatedProperties? evaluated)
    {
        var outcomes = new List<IReadOnlyList<SchemaViolation>>(branches.Length);
        var annotations = new List<EvaluatedProperties?>(branches.Length);
        var passes = new bool[branches.Length];
        var passed = 0;
        for (var i = 0; i < branches.Length; i++)
        {
            var branchSink = new List<SchemaViolation>();
            var branch = evaluated?.Branch();
            passes[i] = branches[i].Validate(instance, path, branchSink, branch);
            passed += passes[i] ? 1 : 0;
            outcomes.Add(branchSink);
            annotations.Add(branch);
        }

        var valid = keyword == "anyOf" ? passed > 0 : passed == 1;
        for (var i = 0; i < branches.Length && evaluated is not null; i++)
        {
            if (!valid)
            {
                evaluated.KeepAsFailed(annotations[i]!);
            }
            else if (passes[i])
            {
                evaluated.Keep(annotations[i]!);
            }
        }

        if (!valid)
        {
            sink.Add(new SchemaViolation(path.Pointer, keyword) { SchemaLocation = KeywordLocation(keyword), Branches = outcomes });
        }

        return valid;
    }

    private static bool Apply(SchemaValidator schema, JsonNode? instance, PointerPath? path, List<SchemaViolation>? sink, EvaluatedProperties? evaluated)
    {
        if (evaluated is null)
        {
            return schema.Validate(instance, path, sink, null);
        }

        var branch = evaluated.Branch();
        if (!schema.Validate(instance, path, sink, branch))
        {
            evaluated.KeepAsFailed(branch);
            return false;
        }

        evaluated.Keep(branch);
        return true;
    }

    private bool ValidateUnevaluated(JsonObject obj, PointerPath? path, List<SchemaViolation>? sink, EvaluatedProperties seen, EvaluatedProperties? evaluated)
    {
        var valid = true;
        for (var i = 0; i < obj.Count; i++)
        {
            var (name, value) = obj.GetAt(i);
            if (seen.Contains(name))
            {
                continue;
            }

            if (!unevaluatedProperties!.Validate(value, null, null, null))
            {
                // Reported like additionalProperties: at the property the learner should remove or rename.
                path?.Push(name);
                valid = Fail(path, sink, "unevaluatedProperties", seen.DeclaredByFailure(name));
                if (unevaluatedProperties.constant is null && sink is not null)
                {
                    unevaluatedProperties.Validate(value, path, sink, null);
                }

                path?.Pop();
                if (sink is null)
                {
                    return false;
                }
            }
        }

        // When this schema fails, its caller remembers these names as a failure's; they count only when it passes.
        if (evaluated is not null && (valid || sink is not null))
        {
            for (var i = 0; i < obj.Count; i++)
            {
                evaluated.Add(obj.GetAt(i).Key);
            }
        }

        return valid;
    }

    private bool ValidateString(string text, PointerPath? path, List<SchemaViolation>? sink)
    {
        var valid = true;
        if (minLength is { } least && CodePoints(text) < least)
        {
            valid = Fail(path, sink, "minLength");
        }

        if (maxLength is { } most && CodePoints(text) > most)
        {
            valid = Fail(path, sink, "maxLength");
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

        if (maxItems is { } most && array.Count > most)
        {
            valid = Fail(path, sink, "maxItems");
        }

        if (uniqueItems && (valid || sink is not null) && HasDuplicate(array))
        {
            valid = Fail(path, sink, "uniqueItems");
        }

        if (items is null)
        {
            return valid;
        }

        for (var i = 0; i < array.Count && (valid || sink is not null); i++)
        {
            path?.Push(i);
            valid &= items.Validate(array[i], path, sink, null);
            path?.Pop();
        }

        return valid;
    }

    private bool ValidateObject(JsonObject obj, PointerPath? path, List<SchemaViolation>? sink, EvaluatedProperties? evaluated)
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
                evaluated?.Add(name);
                valid &= property.Validate(value, path, sink, null);
            }
            else if (additionalProperties is not null && (evaluated?.Add(name) ?? true) && !additionalProperties.Validate(value, null, null, null))
            {
                // One report per refused property, at the property: what the learner should remove or rename.
                valid = Fail(path, sink, "additionalProperties");
                if (additionalProperties.constant is null && sink is not null)
                {
                    additionalProperties.Validate(value, path, sink, null);
                }
            }

            path?.Pop();
        }

        return valid;
    }

    private static bool HasDuplicate(JsonArray array)
    {
        for (var i = 1; i < array.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (JsonValues.AreEqual(array[i], array[j]))
                {
                    return true;
                }
            }
        }

        return false;
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

    private bool Fail(PointerPath? path, List<SchemaViolation>? sink, string keyword, bool declaredByFailedSubschema = false)
    {
        sink?.Add(new SchemaViolation(path!.Pointer, keyword) { SchemaLocation = KeywordLocation(keyword), DeclaredByFailedSubschema = declaredByFailedSubschema });
        return false;
    }

    // A boolean schema's own place is its location; a keyword's is below its schema's.
    private string KeywordLocation(string keyword) => constant is not null ? location : location + "/" + SchemaDocument.Escape(keyword);

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
