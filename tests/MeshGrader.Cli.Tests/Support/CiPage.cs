namespace MeshGrader.Cli.Tests.Support;

/// <summary>The recipes of docs/ci.md, read as the page shows them, so a test runs what users copy.</summary>
internal static class CiPage
{
    /// <summary>The lines of the first <paramref name="fence"/> block (e.g. <c>```sh</c>) after the heading.</summary>
    public static string[] Block(string heading, string fence)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "ci.md"));
        var section = Array.IndexOf(lines, heading);
        Assert.True(section >= 0, $"docs/ci.md has no '{heading}' section.");
        var start = Array.IndexOf(lines, fence, section);
        Assert.True(start >= 0, $"docs/ci.md has no {fence} block after '{heading}'.");
        var end = Array.IndexOf(lines, "```", start);
        return lines[(start + 1)..end];
    }
}
