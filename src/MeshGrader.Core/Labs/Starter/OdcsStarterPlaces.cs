using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>
/// Where the ODCS starter leaves one of Lab 16's step-3 values for the learner. The place the grader
/// reads it from, in words, is <see cref="OdcsPlaces"/>'s: one list decides both.
/// </summary>
/// <param name="Field">The short form's key in the <c>contract</c> section, e.g. <c>sla_uptime</c>.</param>
/// <param name="Pointer">Where the ODCS starter leaves the value for the learner (a JSON Pointer into the starter).</param>
/// <param name="Complement">
/// The contract holds 100 minus the lab's percentage: ODCS states quality as the share of bad
/// values allowed, so a 95% threshold is written <c>mustBeLessOrEqualTo: 5</c>.
/// </param>
internal sealed record OdcsStarterPlace(string Field, string Pointer, bool Complement = false)
{
    /// <summary>The place the grader reads the value from, in words, with keys and values in Markdown code spans.</summary>
    public string Where => OdcsPlaces.Of(Field).Place;
}

/// <summary>Where the ODCS starter puts each of Lab 16's contract values; the starter and the editor schema are made from these.</summary>
internal static class OdcsStarterPlaces
{
    /// <summary>The lab whose contract may be an ODCS document.</summary>
    public const int LabId = 16;

    /// <summary>The lab file that may be an ODCS document, and its short form's section.</summary>
    public const string LabFile = "contract";

    public const string Section = "contract";

    public static IReadOnlyList<string> QualityMetrics => OdcsPlaces.QualityMetrics;

    public static IReadOnlyList<OdcsStarterPlace> All { get; } =
    [
        new(OdcsPlaces.SchemaVersion, "/version"),
        new(OdcsPlaces.Product, "/dataProduct"),
        new(OdcsPlaces.QualityThreshold, "/schema/0/quality/0/mustBeLessOrEqualTo", Complement: true),
        new(OdcsPlaces.SlaUptime, "/slaProperties/0/value"),
        new(OdcsPlaces.BackwardCompatible, "/customProperties/0/value"),
    ];

    public static bool Offers(LabDefinition lab) => lab.Id == LabId;

    public static OdcsStarterPlace Of(string field) => All.Single(p => p.Field == field);
}
