using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>
/// Findings on the short form read from an ODCS contract, said in the ODCS contract's terms: a
/// missing value at the ODCS place that should hold it with what to write there, and any other
/// finding with how its value was read; each points into the ODCS document (its JSON Pointer there).
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
                Path = missing.Key ?? missing.Parent,
                Line = span.Start.Line,
                Column = span.Start.Column,
                EndLine = span.End.Line,
                EndColumn = span.End.Column,
                Answer = null,
            };
        }

        var read = source.Projection.ValueOf(place.Field);
        var reading = read?.Reading;
        return finding with
        {
            // The report's pointer is into the file the learner wrote, not into the short form it was read as.
            Path = read?.Source ?? source.Projection.Unreadable.FirstOrDefault(u => u.Field == place.Field)?.Source ?? finding.Path,
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
