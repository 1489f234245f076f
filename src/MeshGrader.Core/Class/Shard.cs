using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MeshGrader.Core.Class;

/// <summary>
/// One share of a class graded in one CI job: shard K of N takes the submissions at positions
/// K-1, K-1+N, K-1+2N… of the class order, so the shares are disjoint, cover the class, differ in
/// size by at most one, and mix the alphabet (a long run of heavy submissions is split over jobs).
/// </summary>
/// <param name="Index">K, from 1.</param>
/// <param name="Count">N.</param>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>More shards than this is no CI matrix (GitHub allows 256 jobs in one).</summary>
    public const int MaxCount = 10_000;

    /// <summary>Reads <c>K/N</c>; null with the reason when it is not one.</summary>
    public static Shard? Parse(string text, out string? problem)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index >= 1 && index <= count)
        {
            problem = null;
            return new Shard(index, count);
        }

        problem = $"--shard takes K/N with 1 <= K <= N <= {MaxCount} (for example 2/4)";
        return null;
    }

    public bool Holds(int position) => position % Count == Index - 1;

    public IReadOnlyList<T> Of<T>(IReadOnlyList<T> classOrder) => classOrder.Where((_, position) => Holds(position)).ToArray();

    /// <summary>How many submissions of a class of <paramref name="classSize"/> this shard holds.</summary>
    public int SizeIn(int classSize) => (classSize - Index + Count) / Count;

    /// <summary>
    /// The class the shards were cut from: the SHA-256 of every submission's shown path in class order,
    /// each ended by a NUL (the one character no path holds), so partials made from different classes
    /// (a folder added between two jobs) are told apart.
    /// </summary>
    public static string Fingerprint(IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        foreach (var path in paths)
        {
            text.Append(path).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>What a partial class result says of the shard it holds.</summary>
/// <param name="ClassSize">How many submissions the whole class has.</param>
/// <param name="ClassSha256">The <see cref="Shard.Fingerprint"/> of the whole class.</param>
internal sealed record ShardInfo(int Index, int Count, int ClassSize, string ClassSha256);
