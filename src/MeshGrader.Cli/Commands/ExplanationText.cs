using System.Globalization;
using System.Text;
using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Reference;

namespace MeshGrader.Cli.Commands;

/// <summary>A rule's explanation as <c>meshgrade explain</c> prints it: text, Markdown or JSON.</summary>
internal static class ExplanationText
{
    public static string Text(RuleExplanation e)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{e.Rule.Id}  {e.Rule.Title}\n");
        text.Append(CultureInfo.InvariantCulture, $"  severity: {Severity(e.Rule)}   applies to: {Where(e.Rule)}\n");
        Line(text, "looks at", e.Looks);
        Line(text, "accepts", e.Accepts);
        Line(text, "finding when", e.ShownWhen);
        Line(text, "why", e.Rule.Why);
        Example(text, FailingLabel(e.Rule), e.Failing);
        Example(text, PassingLabel(e.Rule), e.Passing);
        Line(text, "examples", e.NoExamples);
        Line(text, "fix", e.Rule.Hint);
        foreach (var related in e.Related)
        {
            Line(text, "see also", $"{related.Id} {related.Title} (meshgrade explain {related.Id})");
        }

        return text.ToString();
    }

    public static string Markdown(RuleExplanation e)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## {e.Rule.Id}: {e.Rule.Title}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Severity **{Severity(e.Rule)}**, applies to {Where(e.Rule)}.\n\n");
        foreach (var (label, value) in new[] { ("Looks at", e.Looks), ("Accepts", e.Accepts), ("Finding when", e.ShownWhen), ("Why", e.Rule.Why) })
        {
            if (value is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"**{label}:** {value}\n\n");
            }
        }

        foreach (var (label, example) in new[] { (FailingLabel(e.Rule), e.Failing), (PassingLabel(e.Rule), e.Passing) })
        {
            if (example is null)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"**{char.ToUpperInvariant(label[0])}{label[1..]}:**\n\n");
            foreach (var (file, yaml) in example.Snippets())
            {
                text.Append(CultureInfo.InvariantCulture, $"```yaml\n# {file}\n{yaml}```\n\n");
            }
        }

        if (e.NoExamples is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"**No examples:** {e.NoExamples}\n\n");
        }

        if (e.Rule.Hint is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"**Fix:** {e.Rule.Hint}\n");
        }

        if (e.Related.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**See also:** {string.Join(", ", e.Related.Select(r => $"{r.Id} ({r.Title})"))}\n");
        }

        return text.ToString();
    }

    public static string Json(RuleExplanation e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("rule", e.Rule.Id);
            json.WriteString("title", e.Rule.Title);
            json.WriteString("severity", Severity(e.Rule));
            Number(json, "lab", e.Rule.Lab);
            Number(json, "step", e.Rule.Step);
            json.WriteString("looksAt", e.Looks);
            json.WriteString("accepts", e.Accepts);
            json.WriteString("findingWhen", e.ShownWhen);
            json.WriteString("why", e.Rule.Why);
            Example(json, "failing", e.Failing);
            Example(json, "passing", e.Passing);
            json.WriteString("noExamples", e.NoExamples);
            json.WriteString("hint", e.Rule.Hint);
            json.WriteStartArray("related");
            foreach (var related in e.Related)
            {
                json.WriteStringValue(related.Id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string FailingLabel(RuleDescriptor rule) => rule.Severity == Core.Findings.Severity.Info
        ? $"example that shows the notice {rule.Id}"
        : $"failing example (gets {rule.Id})";

    private static string PassingLabel(RuleDescriptor rule) => rule.Severity == Core.Findings.Severity.Info
        ? "example without the notice"
        : "passing example";

    private static string Severity(RuleDescriptor rule) => rule.Severity.ToString().ToLowerInvariant();

    private static string Where(RuleDescriptor rule) => rule.Lab is { } lab
        ? $"Lab {lab}" + (rule.Step is { } step ? $", Step {step}" : string.Empty)
        : "all labs";

    // The terminal shows code spans as plain words.
    private static void Line(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {label}: {value.Replace("`", string.Empty, StringComparison.Ordinal)}\n");
        }
    }

    private static void Example(StringBuilder text, string label, RuleExample? example)
    {
        if (example is null)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"  {label}:\n");
        foreach (var (file, yaml) in example.Snippets())
        {
            text.Append(CultureInfo.InvariantCulture, $"    # {file}\n");
            foreach (var line in yaml.TrimEnd('\n').Split('\n'))
            {
                text.Append(CultureInfo.InvariantCulture, $"    {line}\n");
            }
        }
    }

    private static void Example(Utf8JsonWriter json, string name, RuleExample? example)
    {
        if (example is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var (file, yaml) in example.Snippets())
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("yaml", yaml);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
