using nietras.SeparatedValues;

namespace MeshGrader.Tests.Shared;

/// <summary>A CSV read back by the library that wrote it, as rows of column name to value.</summary>
internal static class CsvRows
{
    public static (IReadOnlyList<string> Columns, List<Dictionary<string, string>> Rows) Read(string text)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                values[name] = row[name].ToString();
            }

            rows.Add(values);
        }

        return (names, rows);
    }
}
