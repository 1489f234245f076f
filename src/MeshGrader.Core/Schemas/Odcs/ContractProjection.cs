using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>A short-form value read from an ODCS contract.</summary>
/// <param name="Source">The ODCS pointer of the value it was read from.</param>
/// <param name="Reading">How it was read, in the learner's terms, for the findings on it.</param>
internal sealed record ProjectedValue(string Field, string Source, string Reading);

/// <summary>A short-form value the ODCS contract does not hold; its finding points at <paramref name="Parent"/>.</summary>
/// <param name="Key">The ODCS pointer of the missing key, when ODCS itself requires it (<c>/version</c>): its schema finding would repeat the lab's.</param>
internal sealed record MissingValue(string Field, string Parent, string? Key = null);

/// <summary>A value written in a form the lab cannot read (availability in hours): one error on the field's check.</summary>
internal sealed record UnreadableValue(string Field, string Source, SourceSpan Span, string Message, string Hint);

/// <summary>
/// An ODCS contract seen as the lab's short form: <see cref="Root"/> is a <c>contract:</c> section
/// whose keys and values are the learner's own ODCS nodes (so every finding on it points into the
/// ODCS file), graded by the unchanged contract schema and checks.
/// </summary>
internal sealed record ContractProjection(
    SourceMapping Root,
    IReadOnlyList<ProjectedValue> Values,
    IReadOnlyList<MissingValue> Missing,
    IReadOnlyList<UnreadableValue> Unreadable)
{
    public ProjectedValue? ValueOf(string field) => Values.FirstOrDefault(v => v.Field == field);

    public MissingValue? MissingOf(string field) => Missing.FirstOrDefault(v => v.Field == field);

    /// <summary>
    /// True when an ODCS pointer lies in a value the projection read: the schema finding there
    /// would repeat the lab check's finding on the same value.
    /// </summary>
    public bool Reads(string odcsPointer) =>
        Values.Select(v => v.Source).Concat(Unreadable.Select(u => u.Source)).Concat(Missing.Select(m => m.Key).OfType<string>())
            .Any(source => odcsPointer == source
                || (odcsPointer.Length > source.Length && odcsPointer[source.Length] == '/' && odcsPointer.StartsWith(source, StringComparison.Ordinal)));

    /// <summary>The short-form pointer of a field, e.g. <c>/contract/sla_uptime</c>.</summary>
    public static string PointerOf(string field) => JsonPointerText.Append("/" + OdcsDetection.ShortFormSection, field);
}
