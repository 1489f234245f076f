using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>Lab 16's ODCS starter, and what a learner does to it: write each empty value as its comment says.</summary>
internal static partial class OdcsStarterLab
{
    public static LabDefinition Lab => LabCatalog.Get(16);

    /// <summary>The line of each blank's key, in the order the blanks stand: the next line that is the key with nothing after it.</summary>
    public static IReadOnlyList<(OdcsBlank Blank, int Line)> BlankLines(string text)
    {
        var lines = text.Split('\n');
        var found = new List<(OdcsBlank, int)>();
        var from = 0;
        foreach (var blank in OdcsStarter.Blanks(Lab))
        {
            var line = Array.FindIndex(lines, from, l => EmptyKey().Match(l) is { Success: true } m && m.Groups["key"].Value == blank.Key);
            Assert.True(line >= 0, $"no empty key '{blank.Key}' after line {from + 1}");
            found.Add((blank, line));
            from = line + 1;
        }

        return found;
    }

    /// <summary>The starter with every empty value written as the example its comment gives.</summary>
    public static string Filled()
    {
        var text = OdcsStarter.Text(Lab);
        var lines = text.Split('\n');
        foreach (var (blank, line) in BlankLines(text))
        {
            Assert.Contains(blank.Example, CommentAbove(lines, line), StringComparison.Ordinal);
            lines[line] += " " + blank.Example;
        }

        return string.Join("\n", lines);
    }

    /// <summary>The comment lines right above a line, at its indentation, joined into one text.</summary>
    public static string CommentAbove(IReadOnlyList<string> lines, int line)
    {
        var indent = lines[line].Length - lines[line].TrimStart().Length;
        var comment = new List<string>();
        for (var i = line - 1; i >= 0 && lines[i].Length > indent && lines[i][..indent].Trim().Length == 0 && lines[i][indent] == '#'; i--)
        {
            comment.Insert(0, lines[i].TrimStart()[1..]);
        }

        return Whitespace().Replace(string.Join(" ", comment), " ").Trim();
    }

    public static JsonNode? Json(string text)
    {
        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText(text, "contract.yaml");
        Assert.Empty(loaded.Findings);
        var (instance, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build("contract.yaml", loaded.Root!);
        Assert.Null(problem);
        return instance!.Value;
    }

    /// <summary>The value at a JSON Pointer; a key or item that is not there fails, so a null value is one written empty.</summary>
    public static JsonNode? At(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(token, out var child) => child,
                JsonArray a when int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) < a.Count => a[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)],
                _ => throw new InvalidOperationException($"{pointer} does not lead to a value"),
            };
        }

        return node;
    }

    [GeneratedRegex(@"^\s*(- )?(?<key>[A-Za-z]+):$")]
    private static partial Regex EmptyKey();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
