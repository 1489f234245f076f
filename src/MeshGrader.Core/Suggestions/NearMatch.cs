using F23.StringSimilarity;

namespace MeshGrader.Core.Suggestions;

/// <summary>Finds the candidate a learner most likely meant ("did you mean"), ranked by edit distance.</summary>
internal static class NearMatch
{
    private static readonly Damerau Distance = new();

    /// <summary>
    /// The closest candidate within a typo's reach, or null. Spellings that differ only in case,
    /// spaces, '_' or '-' always match; otherwise the allowance grows with the word's length.
    /// </summary>
    public static string? Best(string written, IEnumerable<string> candidates)
    {
        var folded = Fold(written);
        string? best = null;
        var bestScore = double.MaxValue;
        foreach (var candidate in candidates)
        {
            var foldedCandidate = Fold(candidate);
            var allowance = Math.Max(1, Math.Min(folded.Length, candidate.Length) / 3);

            // The distance is at least the difference in length: most candidates are ruled out
            // without computing it, which keeps a file of thousands of unknown keys fast.
            if (Math.Abs(foldedCandidate.Length - folded.Length) > Math.Min(allowance, bestScore))
            {
                continue;
            }

            var score = foldedCandidate == folded ? 0 : Distance.Distance(folded, foldedCandidate);
            if (score <= allowance && score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// As <see cref="Best(string, IEnumerable{string})"/>, where each candidate may be written
    /// several ways (a key, and the label a lab's screen shows for it): the candidate with the
    /// closest spelling wins, and the candidate itself is returned, never the spelling.
    /// </summary>
    public static string? Best(string written, IEnumerable<string> candidates, Func<string, IEnumerable<string>> spellings)
    {
        var bySpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            // The candidate's own name comes first, so it wins a tie with a label that folds the same.
            bySpelling.TryAdd(candidate, candidate);
            foreach (var spelling in spellings(candidate))
            {
                bySpelling.TryAdd(spelling, candidate);
            }
        }

        return Best(written, bySpelling.Keys) is { } nearest ? bySpelling[nearest] : null;
    }

    /// <summary>Lowercase with spaces, '_' and '-' removed: the spelling differences choices forgive.</summary>
    public static string Fold(string text)
    {
        var trimmed = text.AsSpan().Trim();
        Span<char> buffer = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        trimmed.ToLowerInvariant(buffer);
        var length = 0;
        foreach (var c in buffer)
        {
            if (c is not (' ' or '_' or '-' or '\t'))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
