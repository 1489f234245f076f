using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Rules.Semantic;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>Values of examples as a learner writes them in YAML, and read back from an <c>x-example</c>.</summary>
internal static partial class ExampleValues
{
    public static string Number(decimal value) => NumberRecommendation.Format(value);

    /// <summary>Text plain when YAML reads it back as the same text, in double quotes otherwise.</summary>
    public static string Text(string value) =>
        PlainText().IsMatch(value) && !Reserved.Contains(value.ToLowerInvariant()) ? value : $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    public static string FlowList(IEnumerable<string> items) => $"[{string.Join(", ", items.Select(Text))}]";

    /// <summary>An <c>x-example</c> (YAML text) read as a value, through the grader's own loader.</summary>
    public static JsonNode? Read(string yaml)
    {
        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText($"value: {yaml}\n", "example");
        if (loaded.Root is null)
        {
            return null;
        }

        var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build("example", loaded.Root);
        return instance?.Value?["value"];
    }

    /// <summary>The items of an example list, as text.</summary>
    public static IReadOnlyList<string>? Items(string? yaml) =>
        yaml is not null && Read(yaml) is JsonArray items ? items.Select(i => i?.ToString() ?? string.Empty).ToArray() : null;

    public static decimal? NumberOf(string? yaml) =>
        yaml is not null && Read(yaml) is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    // Words YAML 1.1 or 1.2 reads as something other than text.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_ -]*(?<! )\\z")]
    private static partial Regex PlainText();
}
