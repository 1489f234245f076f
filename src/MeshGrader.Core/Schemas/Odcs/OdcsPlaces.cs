namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// Where one value of the lab's short-form contract is read in an ODCS contract.
/// </summary>
/// <param name="Field">The short-form key under <c>contract:</c>.</param>
/// <param name="Place">Where ODCS holds it, in Markdown, for the lab page's mapping table.</param>
/// <param name="Parent">The ODCS pointer a missing value is reported at when that is written (else the document).</param>
/// <param name="Write">What to write in ODCS, for the hint of a missing value.</param>
/// <param name="Key">The ODCS key that holds the value itself, when a hint naming the short-form key can name it instead.</param>
/// <param name="Note">Why it is read there, for the mapping table.</param>
/// <param name="ValueHint">Added to the hint of a finding on the value, when writing it in ODCS takes more than the short form's hint says.</param>
internal sealed record OdcsPlace(string Field, string Place, string Parent, string Write, string? Key, string Note, string? ValueHint = null);

/// <summary>
/// The one list of ODCS places of Lab 16's step-3 values: the projection reads these places and the
/// lab page's mapping table is generated from this list, so the two cannot disagree.
/// </summary>
internal static class OdcsPlaces
{
    public const string Product = "product";
    public const string SchemaVersion = "schema_version";
    public const string QualityThreshold = "quality_threshold";
    public const string SlaUptime = "sla_uptime";
    public const string BackwardCompatible = "backward_compatible";

    /// <summary>The custom property that carries backward compatibility: ODCS has no place of its own for it.</summary>
    public const string BackwardCompatibleProperty = "backwardCompatible";

    /// <summary>The quality metrics that measure bad values as a share of all values.</summary>
    public static IReadOnlyList<string> QualityMetrics { get; } = ["invalidValues", "missingValues", "nullValues"];

    /// <summary>The operators that bound the share of bad values from above.</summary>
    public static IReadOnlyList<string> QualityOperators { get; } = ["mustBeLessOrEqualTo", "mustBeLessThan"];

    /// <summary>The <c>slaProperties</c> names of availability (ODCS's own list of service-level properties).</summary>
    public static IReadOnlyList<string> AvailabilityNames { get; } = ["availability", "av"];

    /// <summary>The <c>slaProperties</c> names of the error rate, the quality threshold's fallback.</summary>
    public static IReadOnlyList<string> ErrorRateNames { get; } = ["errorRate", "er"];

    public static IReadOnlyList<OdcsPlace> All { get; } =
    [
        new(Product, "`dataProduct`", string.Empty,
            "dataProduct: <the data product from domain.yaml>", "dataProduct",
            "Optional. `dataProduct` is deprecated since ODCS v3.1.0 (a data product now lists its contracts) but it is still the only place a contract names its product; using it gives no finding."),
        new(SchemaVersion, "`version`", string.Empty,
            "version: \"1.0.0\"", "version",
            "ODCS requires `version` but not semantic versioning; the lab does."),
        new(QualityThreshold,
            "a quality rule in `schema[*].quality` or `schema[*].properties[*].quality` (nested properties too) with `metric` `invalidValues`, `missingValues` or `nullValues`, `unit: percent` and `mustBeLessOrEqualTo: N` or `mustBeLessThan: N`; without one, the `slaProperties` entry `property: errorRate` (or `er`) with `unit: percent`, read as 100 − its value",
            "/schema",
            "a quality rule on a table or column, e.g. quality: [{metric: invalidValues, unit: percent, mustBeLessOrEqualTo: 5}] for a threshold of 95", null,
            "ODCS has no contract-wide quality percentage. A rule that at most N percent of values may be bad guarantees a quality of 100 − N; with several rules the weakest counts. Findings point at N.",
            "In ODCS the threshold is 100 − N: mustBeLessOrEqualTo: 5 (at most 5 percent bad values) gives 95."),
        new(SlaUptime,
            "the `slaProperties` entry `property: availability` (or `av`, any case) with a numeric `value` and `unit: percent` or `%`",
            "/slaProperties",
            "slaProperties: [{property: availability, value: 99.9, unit: percent}]", "value",
            "A missing `unit` is read as percent."),
        new(BackwardCompatible,
            "the `customProperties` entry `property: backwardCompatible` with `value: true`",
            "/customProperties",
            "customProperties: [{property: backwardCompatible, value: true}]", "value",
            "ODCS has no place for backward compatibility: the lab names this custom property (camelCase, as ODCS asks of custom properties)."),
    ];

    public static OdcsPlace Of(string field) => All.Single(p => p.Field == field);
}
