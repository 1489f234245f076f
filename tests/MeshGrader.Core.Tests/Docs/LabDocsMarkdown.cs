using System.Globalization;
using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Reference;

namespace MeshGrader.Core.Tests.Docs;

/// <summary>The Markdown that the lab pages and the README show about the labs, rendered from the catalogues.</summary>
internal static class LabDocsMarkdown
{
    /// <summary>A lab page's tables of the fields each step scores, with the scored checks across fields.</summary>
    public static string FieldTables(LabDefinition lab)
    {
        var text = new StringBuilder();
        foreach (var step in LabReference.Steps(lab))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"### Step {step.Step.Number}: {step.Step.Title} — `{step.Section}` in `{step.File}.yaml` ({RuleLink(step.SectionRule)})");
            text.AppendLine();
            text.AppendLine("| key | rule | required | accepted | what it is |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var field in step.Fields)
            {
                text.AppendLine($"| `{field.Key}` | {RuleLink(field.RuleId)} | {(field.Required ? "yes" : "no")} | {Cell(field.Accepted)} | {Cell(field.Title)} |");
            }

            foreach (var check in step.Checks)
            {
                text.AppendLine($"| (across fields) | {RuleLink(check.RuleId)} | yes | an error when {Cell(check.ShownWhen)} | {Cell(check.Title)} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>A lab page's table of recommendations and notices: when each appears, and why.</summary>
    public static string AdviceTable(LabDefinition lab)
    {
        var text = new StringBuilder();
        text.AppendLine("| rule | step | kind | shown when | advice and why |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var check in LabReference.Checks(lab).Where(c => c.Severity != Severity.Error))
        {
            var kind = check.Severity == Severity.Warning ? "warning" : "notice";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {RuleLink(check.RuleId)} | {check.Step} | {kind} | {Cell(check.ShownWhen)} | **{Cell(check.Title)}.** {Cell(check.Why)} |");
        }

        text.AppendLine();
        return text.ToString();
    }

    /// <summary>The README's table of lab files and its line per lab.</summary>
    public static string ReadmeSummary(IReadOnlyList<LabDefinition> labs)
    {
        var text = new StringBuilder();
        text.AppendLine("| file | lab | steps | format |");
        text.AppendLine("|---|---|---|---|");
        foreach (var lab in labs)
        {
            foreach (var file in lab.Files)
            {
                var steps = lab.Schema(file).Sections.Select(s => s.Schema.Step!.Value).Order().ToArray();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| `{file}.yaml` | {lab.Id} {lab.Title} | {Steps(steps)} | [docs/labs/{lab.Slug}.md](docs/labs/{lab.Slug}.md) |");
            }
        }

        text.AppendLine();
        foreach (var lab in labs)
        {
            var checks = LabReference.Checks(lab);
            var steps = LabReference.Steps(lab);
            var required = steps.Sum(s => s.Fields.Count(f => f.Required) + s.Checks.Count);
            var optional = steps.Sum(s => s.Fields.Count(f => !f.Required));
            text.Append(CultureInfo.InvariantCulture,
                $"- **Lab {lab.Id} {lab.Title}** (`--lab {lab.Id}` or `--lab {lab.Slug}`) prints the *{lab.ConsoleName}*: ");
            text.Append(CultureInfo.InvariantCulture, $"{string.Join(", ", lab.Steps.Select(s => s.Title))}; {required} required checks{(optional > 0 ? $" and {optional} optional" : string.Empty)}");
            text.Append(Titles("; recommendations", checks.Where(c => c.Severity == Severity.Warning)));
            text.Append(Titles("; notices", checks.Where(c => c.Severity == Severity.Info)));
            text.AppendLine(".");
        }

        text.AppendLine();
        return text.ToString();
    }

    private static string Titles(string label, IEnumerable<CheckEntry> checks)
    {
        var titles = checks.Select(c => $"{c.Title} ({c.RuleId})").ToArray();
        return titles.Length == 0 ? string.Empty : $"{label}: {string.Join(", ", titles)}";
    }

    // Consecutive steps read as a range ("1 to 6"), others as a list ("1, 2, 4, 5, 6").
    private static string Steps(IReadOnlyList<int> steps) =>
        steps.Count > 2 && steps[^1] - steps[0] == steps.Count - 1
            ? $"{steps[0]} to {steps[^1]}"
            : string.Join(", ", steps);

    private static string RuleLink(string id) => $"[{id}](../rules.md#{id.ToLowerInvariant()})";

    private static string Cell(string text) => text.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
