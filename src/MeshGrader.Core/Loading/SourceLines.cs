using System.Collections;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Loading;

/// <summary>
/// The lines of a decoded file, cut out only when a report quotes one: a file of forty thousand
/// lines with three findings needs three strings, not forty thousand. Lines end where YAML ends
/// them: at a line feed, a carriage return, or both together.
/// </summary>
internal sealed class SourceLines : IReadOnlyList<string>
{
    private readonly string text;
    private readonly List<int> starts = [0];

    public SourceLines(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    starts.Add(i + 1);
                    break;
                case '\r' or '\n':
                    starts.Add(i + 1);
                    break;
            }
        }
    }

    public int Count => starts.Count;

    /// <summary>The position just after the last character: where the parser puts the end of the file.</summary>
    public SourcePosition End => new(starts.Count, text.Length - starts[^1] + 1);

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, starts.Count);
            var start = starts[index];
            var end = index + 1 < starts.Count ? starts[index + 1] : text.Length;
            while (end > start && text[end - 1] is '\n' or '\r')
            {
                end--;
            }

            return text[start..end];
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
