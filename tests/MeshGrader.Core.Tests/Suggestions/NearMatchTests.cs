using CsCheck;
using F23.StringSimilarity;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Tests.Suggestions;

public sealed class NearMatchTests
{
    [Theory]
    [InlineData("nmae", "name")]
    [InlineData("Output-Format", "output_format")]
    [InlineData("  SLA Uptime ", "sla_uptime")]
    [InlineData("retention_yaers", "retention_years")]
    public void Typo_FindsTheMeantCandidate(string written, string meant)
    {
        Assert.Equal(meant, NearMatch.Best(written, ["name", "output_format", "sla_uptime", "retention_years", "owner"]));
    }

    [Fact]
    public void UnrelatedWord_FindsNothing()
    {
        Assert.Null(NearMatch.Best("completely_different", ["name", "owner"]));
    }

    [Fact]
    public void Best_IsTheClosestWithinReach_AsAPlainSearchOverEveryCandidateFindsIt()
    {
        // The length shortcut must never change the answer of the full search it replaces.
        var word = Gen.Char["abcde_-X "].Array[0, 12].Select(chars => new string(chars));
        Gen.Select(word, word.Array[0, 8]).Sample((written, candidates) =>
            Assert.Equal(FullSearch(written, candidates), NearMatch.Best(written, candidates)),
            iter: 5_000);
    }

    private static string? FullSearch(string written, string[] candidates)
    {
        var distance = new Damerau();
        var folded = NearMatch.Fold(written);
        string? best = null;
        var bestScore = double.MaxValue;
        foreach (var candidate in candidates)
        {
            var other = NearMatch.Fold(candidate);
            var score = other == folded ? 0 : distance.Distance(folded, other);
            var allowance = Math.Max(1, Math.Min(folded.Length, candidate.Length) / 3);
            if (score <= allowance && score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }
}
