using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// Findings on the short form read from an ODCS contract, said in the ODCS contract's terms: a
/// missing value at the ODCS place that should hold it with what to write there, and any other
/// finding with how its value was read.
/// </summary>
internal static class OdcsFindingWords
{
    public static Finding InOdcsTerms(Finding finding, OdcsSource source, LabFileSchema schema)
    {
        if (finding.Path is not { } path || OdcsPlaces.All.FirstOrDefault(p => ContractProjection.PointerOf(p.Field) == path) is not { } place)
        {
            return finding;
        }

        var title = schema.Root.Property(OdcsDetection.ShortFormSection)?.Property(place.Field)?.Title ?? place.Field;
        if (source.Projection.MissingOf(place.Field) is { } missing && source.Projection.ValueOf(place.Field) is null)
        {
            var span = source.Document.KeySpanOf(missing.Parent);
            return finding with
            {
                Message = $"The ODCS contract has no {Lower(title)} ({place.Field} in the short form).",
                Hint = $"Add {place.Write}.",
                Line = span.Start.Line,
                Column = span.Start.Column,
                EndLine = span.End.Line,
                EndColumn = span.End.Column,
                Answer = null,
            };
        }

        var reading = source.Projection.ValueOf(place.Field)?.Reading;
        return finding with
        {
            Message = reading is null ? finding.Message : $"{finding.Message} (ODCS: {reading}.)",
            Hint = Joined(finding.Hint is { } hint && place.Key is { } key ? hint.Replace(place.Field + ":", key + ":", StringComparison.Ordinal) : finding.Hint, place.ValueHint),

            // The answer is a short-form value at a short-form key: not what to write in ODCS.
            Answer = null,
        };
    }

    private static string? Joined(string? hint, string? more) => more is null ? hint : hint is null ? more : $"{hint} {more}";

    private static string Lower(string title) => title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1])
        ? char.ToLowerInvariant(title[0]) + title[1..]
        : title;
}
