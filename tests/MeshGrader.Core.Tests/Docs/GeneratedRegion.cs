using System.Text.RegularExpressions;

namespace MeshGrader.Core.Tests.Docs;

/// <summary>
/// A part of a hand-written page that is generated: the text between
/// <c>&lt;!-- BEGIN GENERATED: NAME --&gt;</c> and <c>&lt;!-- END GENERATED: NAME --&gt;</c>.
/// The prose around it stays the author's; what lies between the markers is the catalogue's.
/// </summary>
internal static class GeneratedRegion
{
    /// <summary>The page with the region's text replaced by <paramref name="content"/>.</summary>
    public static string Replace(string page, string name, string content)
    {
        var begin = $"<!-- BEGIN GENERATED: {name} -->";
        var end = $"<!-- END GENERATED: {name} -->";
        var pattern = new Regex($"{Regex.Escape(begin)}\n.*?{Regex.Escape(end)}", RegexOptions.Singleline);
        var matches = pattern.Matches(page);
        if (matches.Count != 1)
        {
            throw new InvalidOperationException($"The page has {matches.Count} regions named {name}; it needs exactly one.");
        }

        return page[..matches[0].Index] + begin + "\n" + content + end + page[(matches[0].Index + matches[0].Length)..];
    }

    /// <summary>
    /// Asserts that the page at <paramref name="path"/> holds the regions as generated now; with
    /// MESHGRADE_UPDATE_GOLDEN=1 it writes them first, as the golden outputs do.
    /// </summary>
    public static void AssertUpToDate(string path, params (string Name, string Content)[] regions) =>
        AssertUpToDate(path, Environment.GetEnvironmentVariable("MESHGRADE_UPDATE_GOLDEN") == "1", regions);

    public static void AssertUpToDate(string path, bool update, params (string Name, string Content)[] regions)
    {
        var page = File.ReadAllText(path);
        var expected = regions.Aggregate(page, (text, region) => Replace(text, region.Name, region.Content));
        if (update)
        {
            File.WriteAllText(path, expected);
            page = expected;
        }

        Assert.True(expected == page,
            $"{Path.GetRelativePath(RepositoryPaths.Root, path)} differs from what the lab catalogues generate; run the tests with MESHGRADE_UPDATE_GOLDEN=1 and review the diff.");
    }
}
