namespace MeshGrader.Core.Labs.Starter;

/// <summary>
/// Where one of Lab 16's step-3 values stands in an ODCS v3.1.0 contract: the place the grader
/// reads it from, as docs/labs/data-mesh.md documents it.
/// </summary>
/// <param name="Field">The short form's key in the <c>contract</c> section, e.g. <c>sla_uptime</c>.</param>
/// <param name="Pointer">Where the ODCS starter leaves the value for the learner (a JSON Pointer into the starter).</param>
/// <param name="Where">The place in words, with keys and values in Markdown code spans.</param>
/// <param name="Complement">
/// The contract holds 100 minus the lab's percentage: ODCS states quality as the share of bad
/// values allowed, so a 95% threshold is written <c>mustBeLessOrEqualTo: 5</c>.
/// </param>
internal sealed record OdcsPlace(string Field, string Pointer, string Where, bool Complement = false);

/// <summary>The ODCS place of each of Lab 16's contract values; the starter and the editor schema are made from these.</summary>
internal static class OdcsPlaces
{
    /// <summary>The lab whose contract may be an ODCS document.</summary>
    public const int LabId = 16;

    /// <summary>The lab file that may be an ODCS document, and its short form's section.</summary>
    public const string LabFile = "contract";

    public const string Section = "contract";

    /// <summary>The quality metrics whose percentage the lab reads as the share of bad values allowed.</summary>
    public static IReadOnlyList<string> QualityMetrics { get; } = ["invalidValues", "missingValues", "nullValues"];

    public static IReadOnlyList<OdcsPlace> All { get; } =
    [
        new("schema_version", "/version", "`version`"),
        new("product", "/dataProduct", "`dataProduct`"),
        new("quality_threshold", "/schema/0/quality/0/mustBeLessOrEqualTo",
            "a quality rule of a `schema` object or of one of its `properties`, with `metric: invalidValues` "
            + "(or `missingValues`, `nullValues`) and `unit: percent`: the threshold is 100 minus its `mustBeLessOrEqualTo` "
            + "(`5` means 95%)",
            Complement: true),
        new("sla_uptime", "/slaProperties/0/value", "the `value` of the `slaProperties` entry with `property: availability` and `unit: percent`"),
        new("backward_compatible", "/customProperties/0/value",
            "the `value` of the `customProperties` entry with `property: backwardCompatible` (ODCS has no key of its own for it)"),
    ];

    public static bool Offers(LabDefinition lab) => lab.Id == LabId;

    public static OdcsPlace Of(string field) => All.Single(p => p.Field == field);
}
