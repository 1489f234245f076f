using System.Globalization;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using YamlDotNet.Core;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// Reads the lab's step-3 values from their ODCS places (<see cref="OdcsPlaces"/>) into the short
/// form. The tree must already have passed the alias budget (the ODCS document was built first).
/// </summary>
internal static class OdcsProjection
{
    private const decimal Largest = 1_000_000_000_000m;

    public static ContractProjection Project(SourceMapping odcs)
    {
        var entries = new List<SourceEntry>();
        var values = new List<ProjectedValue>();
        var missing = new List<MissingValue>();
        var unreadable = new List<UnreadableValue>();

        void Read(string field, SourceScalar key, SourceNode value, string source, string reading)
        {
            // The key keeps the ODCS key's place, so a finding on the key points at what the learner wrote.
            entries.Add(new SourceEntry(new SourceScalar(key.Span, field, ScalarStyle.Plain, null), value));
            values.Add(new ProjectedValue(field, source, reading));
        }

        if (odcs.Find("dataProduct") is { } product)
        {
            Read(OdcsPlaces.Product, product.Key, product.Value, "/dataProduct", "read from dataProduct");
        }

        if (odcs.Find("version") is { } version)
        {
            Read(OdcsPlaces.SchemaVersion, version.Key, version.Value, "/version", "read from version");
        }
        else
        {
            missing.Add(new MissingValue(OdcsPlaces.SchemaVersion, OdcsPlaces.Of(OdcsPlaces.SchemaVersion).Parent, "/version"));
        }

        if ((QualityRule(odcs) ?? ErrorRate(odcs)) is { } quality)
        {
            Read(OdcsPlaces.QualityThreshold, quality.Key, quality.Value, quality.Source, quality.Reading);
        }
        else
        {
            missing.Add(new MissingValue(OdcsPlaces.QualityThreshold, OdcsPlaces.Of(OdcsPlaces.QualityThreshold).Parent));
        }

        ReadAvailability(odcs, Read, missing, unreadable);
        ReadBackwardCompatible(odcs, Read, missing);

        var section = new SourceMapping(odcs.Span);
        section.Entries.AddRange(entries);
        var root = new SourceMapping(odcs.Span);
        root.Entries.Add(new SourceEntry(new SourceScalar(new SourceSpan(odcs.Span.Start, odcs.Span.Start), OdcsDetection.ShortFormSection, ScalarStyle.Plain, null), section));
        return new ContractProjection(root, values, missing, unreadable);
    }

    private sealed record Found(SourceScalar Key, SourceNode Value, string Source, string Reading);

    private delegate void Reader(string field, SourceScalar key, SourceNode value, string source, string reading);

    /// <summary>
    /// The weakest quality rule that bounds the share of bad values in percent: a rule that at most
    /// N percent may be bad guarantees 100 − N. A bound that is not a number is projected as
    /// written, so the contract schema says it must be a number, at that value.
    /// </summary>
    private static Found? QualityRule(SourceMapping odcs)
    {
        Found? weakest = null;
        decimal? weakestBound = null;
        Found? unreadable = null;
        foreach (var (rule, pointer) in QualityRules(odcs))
        {
            if (TextOf(rule, "metric") is not { } metric || !OdcsPlaces.QualityMetrics.Contains(metric, StringComparer.Ordinal)
                || !IsPercent(TextOf(rule, "unit"), unitRequired: true))
            {
                continue;
            }

            foreach (var name in OdcsPlaces.QualityOperators)
            {
                if (rule.Find(name) is not { } bound)
                {
                    continue;
                }

                var source = JsonPointerText.Append(pointer, name);
                if (NumberOf(bound.Value) is not { } n)
                {
                    unreadable ??= new Found(bound.Key, bound.Value, source, $"read from the {metric} rule's {name}, which must be a number of percent");
                    continue;
                }

                if (weakestBound is null || n > weakestBound)
                {
                    weakestBound = n;
                    var threshold = 100m - n;
                    weakest = new Found(bound.Key, Computed(bound.Value, threshold), source,
                        $"the {metric} rule allows at most {Text(n)} percent, so the quality threshold is 100 − {Text(n)} = {Text(threshold)}");
                }
            }
        }

        return weakest ?? unreadable;
    }

    /// <summary>The fallback when no quality rule bounds bad values: an error rate in percent, 100 − its value.</summary>
    private static Found? ErrorRate(SourceMapping odcs)
    {
        foreach (var (entry, pointer) in SlaEntries(odcs))
        {
            if (TextOf(entry, "property") is not { } property || !OdcsPlaces.ErrorRateNames.Contains(property, StringComparer.OrdinalIgnoreCase)
                || !IsPercent(TextOf(entry, "unit"), unitRequired: true) || entry.Find("value") is not { } value)
            {
                continue;
            }

            var source = JsonPointerText.Append(pointer, "value");
            return NumberOf(value.Value) is { } rate
                ? new Found(value.Key, Computed(value.Value, 100m - rate), source,
                    $"no quality rule bounds bad values in percent, so the threshold is 100 − the error rate {Text(rate)} = {Text(100m - rate)}")
                : new Found(value.Key, value.Value, source, $"read from the slaProperties entry {property}, which must be a number of percent");
        }

        return null;
    }

    private static void ReadAvailability(SourceMapping odcs, Reader read, List<MissingValue> missing, List<UnreadableValue> unreadable)
    {
        foreach (var (entry, pointer) in SlaEntries(odcs))
        {
            if (TextOf(entry, "property") is not { } property || !OdcsPlaces.AvailabilityNames.Contains(property, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!IsPercent(TextOf(entry, "unit"), unitRequired: false) && entry.Find("unit") is { } unit)
            {
                var written = TextOf(entry, "unit") ?? "not a word";
                unreadable.Add(new UnreadableValue(OdcsPlaces.SlaUptime, JsonPointerText.Append(pointer, "unit"), unit.Value.Span,
                    $"The {property} service level is in '{written}': the lab reads availability in percent.",
                    "Write unit: percent with the availability in percent, e.g. value: 99.9."));
                return;
            }

            if (entry.Find("value") is { } value)
            {
                read(OdcsPlaces.SlaUptime, value.Key, value.Value, JsonPointerText.Append(pointer, "value"), $"read from the slaProperties entry {property}");
            }
            else
            {
                missing.Add(new MissingValue(OdcsPlaces.SlaUptime, pointer));
            }

            return;
        }

        missing.Add(new MissingValue(OdcsPlaces.SlaUptime, OdcsPlaces.Of(OdcsPlaces.SlaUptime).Parent));
    }

    private static void ReadBackwardCompatible(SourceMapping odcs, Reader read, List<MissingValue> missing)
    {
        if (Deref(odcs.Find("customProperties")?.Value) is SourceSequence properties)
        {
            for (var i = 0; i < properties.Items.Count; i++)
            {
                if (Deref(properties.Items[i]) is not SourceMapping entry
                    || !string.Equals(TextOf(entry, "property"), OdcsPlaces.BackwardCompatibleProperty, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var pointer = JsonPointerText.Append("/customProperties", i);
                if (entry.Find("value") is { } value)
                {
                    read(OdcsPlaces.BackwardCompatible, value.Key, value.Value, JsonPointerText.Append(pointer, "value"),
                        $"read from the customProperties entry {OdcsPlaces.BackwardCompatibleProperty}");
                }
                else
                {
                    missing.Add(new MissingValue(OdcsPlaces.BackwardCompatible, pointer));
                }

                return;
            }
        }

        missing.Add(new MissingValue(OdcsPlaces.BackwardCompatible, OdcsPlaces.Of(OdcsPlaces.BackwardCompatible).Parent));
    }

    private static IEnumerable<(SourceMapping Rule, string Pointer)> QualityRules(SourceMapping odcs)
    {
        if (Deref(odcs.Find("schema")?.Value) is not SourceSequence objects)
        {
            yield break;
        }

        for (var i = 0; i < objects.Items.Count; i++)
        {
            if (Deref(objects.Items[i]) is SourceMapping element)
            {
                foreach (var rule in QualityRulesIn(element, JsonPointerText.Append("/schema", i)))
                {
                    yield return rule;
                }
            }
        }
    }

    /// <summary>The rules of a table or column and of the columns nested in it (the loader bounds the depth).</summary>
    private static IEnumerable<(SourceMapping Rule, string Pointer)> QualityRulesIn(SourceMapping element, string pointer)
    {
        if (Deref(element.Find("quality")?.Value) is SourceSequence rules)
        {
            for (var i = 0; i < rules.Items.Count; i++)
            {
                if (Deref(rules.Items[i]) is SourceMapping rule)
                {
                    yield return (rule, JsonPointerText.Append(JsonPointerText.Append(pointer, "quality"), i));
                }
            }
        }

        if (Deref(element.Find("properties")?.Value) is SourceSequence properties)
        {
            for (var i = 0; i < properties.Items.Count; i++)
            {
                if (Deref(properties.Items[i]) is SourceMapping property)
                {
                    foreach (var rule in QualityRulesIn(property, JsonPointerText.Append(JsonPointerText.Append(pointer, "properties"), i)))
                    {
                        yield return rule;
                    }
                }
            }
        }

        if (Deref(element.Find("items")?.Value) is SourceMapping items)
        {
            foreach (var rule in QualityRulesIn(items, JsonPointerText.Append(pointer, "items")))
            {
                yield return rule;
            }
        }
    }

    private static IEnumerable<(SourceMapping Entry, string Pointer)> SlaEntries(SourceMapping odcs)
    {
        if (Deref(odcs.Find("slaProperties")?.Value) is not SourceSequence entries)
        {
            yield break;
        }

        for (var i = 0; i < entries.Items.Count; i++)
        {
            if (Deref(entries.Items[i]) is SourceMapping entry)
            {
                yield return (entry, JsonPointerText.Append("/slaProperties", i));
            }
        }
    }

    private static bool IsPercent(string? unit, bool unitRequired) =>
        unit is null ? !unitRequired : unit.Trim() is var u && (u == "%" || string.Equals(u, "percent", StringComparison.OrdinalIgnoreCase));

    private static string? TextOf(SourceMapping mapping, string key) => Deref(mapping.Find(key)?.Value) is SourceScalar scalar ? scalar.Text : null;

    /// <summary>
    /// A plain number as YAML reads it; a quoted one is text, as the schema sees it. A number too
    /// large to subtract from 100 is left as written, for the schema's range to refuse.
    /// </summary>
    private static decimal? NumberOf(SourceNode node) =>
        Deref(node) is SourceScalar { IsPlain: true } scalar
        && decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && Math.Abs(number) <= Largest ? number : null;

    /// <summary>A computed value standing where the learner's number is, so its findings point there.</summary>
    private static SourceScalar Computed(SourceNode written, decimal value) =>
        new(written.Span, Text(value), ScalarStyle.Plain, null);

    private static string Text(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static SourceNode? Deref(SourceNode? node)
    {
        while (node is SourceAlias alias)
        {
            node = alias.Target;
        }

        return node;
    }
}
