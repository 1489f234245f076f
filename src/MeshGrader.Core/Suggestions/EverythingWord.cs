namespace MeshGrader.Core.Suggestions;

/// <summary>
/// Words a learner writes to mean "every choice" (<c>ALL</c>, <c>*</c>, <c>everything</c>, a group
/// name such as <c>gdpr-all</c>, or the field's own name, <c>pii</c> for pii_categories): YAML
/// has no such word, so each choice has to be written out.
/// </summary>
internal static class EverythingWord
{
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "all", "*", "everything", "any", "every", "each", "both", "allofthem", "alloftheabove", "theall", "full",
    };

    private static readonly HashSet<string> Parts = new(StringComparer.Ordinal) { "all", "every", "everything", "*" };

    /// <summary>True when <paramref name="written"/> stands for every choice of the field named <paramref name="key"/>.</summary>
    public static bool Means(string written, string key)
    {
        var folded = NearMatch.Fold(written);
        if (folded.Length == 0)
        {
            return false;
        }

        if (Whole.Contains(folded))
        {
            return true;
        }

        var words = written.ToLowerInvariant().Split([' ', '-', '_', '.', '/', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.Any(Parts.Contains))
        {
            return true;
        }

        // A group named after the field: "pii" for pii_categories, "metrics" for metrics.
        return key.Split('_').Any(word => word.Length >= 3 && (folded == word || folded == word.TrimEnd('s')));
    }
}
