using System.Text;
using System.Text.Json;
using MeshGrader.Core.Diff;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// <c>meshgrade explain</c> for a rule of <c>meshgrade diff</c> (<c>DF-</c>): a kind of contract change
/// and its class, or a refused version bump. Its examples are pairs of contracts, which docs/diff.md shows.
/// </summary>
internal static class DiffRuleText
{
    private const string Page = "docs/diff.md";

    public static string Text(DiffRule rule) =>
        $"""
        {rule.Id}  {rule.Title}
          reported by: meshgrade diff
          {Kind(rule)}
          why: {rule.Why}
          more: the change classes and the version bump rules, with examples, in {Page}

        """.ReplaceLineEndings("\n");

    public static string Markdown(DiffRule rule) =>
        $"""
        ## {rule.Id}: {rule.Title}

        Reported by `meshgrade diff`. {Capitalised(Kind(rule))}.

        {rule.Why}

        The change classes and the version bump rules, with examples: [{Page}]({Page}).

        """.ReplaceLineEndings("\n");

    public static string Json(DiffRule rule)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("rule", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("command", "diff");
            if (rule.Class is { } change)
            {
                json.WriteString("class", change.Name());
            }
            else
            {
                json.WriteString("severity", "error");
            }

            json.WriteString("why", rule.Why);
            json.WriteString("more", Page);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Kind(DiffRule rule) => rule.Class is { } change
        ? $"a change of this kind is {change.Name()}"
        : "a refused version bump: an error (exit 1)";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
