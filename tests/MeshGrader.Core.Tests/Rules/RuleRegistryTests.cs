using System.Text;
using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Reference;

namespace MeshGrader.Core.Tests.Rules;

public sealed class RuleRegistryTests
{
    private const string CorePrefix = "MG";

    // Rule ids are public (docs anchors, SARIF, explain), so each lab's prefix is written down here rather than
    // derived from its rules; a new lab has to add its own.
    private static readonly Dictionary<int, string> LabPrefixes = new() { [16] = "DM", [17] = "ML", [18] = "GV" };

    [Fact]
    public void EveryLab_HasItsOwnRuleIdPrefix()
    {
        Assert.All(LabCatalog.All, lab =>
            Assert.True(LabPrefixes.ContainsKey(lab.Id), $"Lab {lab.Id} ({lab.Slug}) has no rule id prefix in {nameof(LabPrefixes)}."));
        Assert.Distinct(LabPrefixes.Values.Append(CorePrefix));
    }

    [Fact]
    public void EveryRuleId_FollowsTheStableScheme()
    {
        foreach (var rule in RuleRegistry.All)
        {
            if (rule.Lab is not { } lab)
            {
                Assert.Matches($"^{CorePrefix}-[0-9]{{3}}$", rule.Id);
                continue;
            }

            Assert.True(LabPrefixes.TryGetValue(lab, out var prefix), $"{rule.Id} belongs to lab {lab}, which has no rule id prefix in {nameof(LabPrefixes)}.");
            Assert.Matches($"^{prefix}-{rule.Step}[0-9]{{2}}$", rule.Id);
        }
    }

    [Fact]
    public void EveryRule_HasTitleAndWhy()
    {
        Assert.All(RuleRegistry.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Why), rule.Id);
        });
    }

    /// <summary>
    /// docs/rules.md is generated from the registry and must match it, so every rule has its doc.
    /// Regenerate with MESHGRADE_UPDATE_GOLDEN=1.
    /// </summary>
    [Fact]
    public void RulesReference_IsUpToDate()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "rules.md");
        var expected = RulesReference.Render();
        if (Environment.GetEnvironmentVariable("MESHGRADE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void EveryRuleIdEmittedBySamples_IsInTheRegistry()
    {
        foreach (var golden in Directory.GetFiles(RepositoryPaths.Samples, "*.expected.txt"))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(golden), @"\[([A-Z]{2}-[0-9]{3})\]"))
            {
                Assert.NotNull(RuleRegistry.Find(match.Groups[1].Value));
            }
        }
    }

    private static class RulesReference
    {
        public static string Render()
        {
            var text = new StringBuilder();
            text.AppendLine("# Rules reference");
            text.AppendLine();
            text.AppendLine("Every finding names one of these rules. `meshgrade explain RULE` prints the same text offline, with what the rule looks at and its examples in their sections.");
            text.AppendLine("The examples are graded by the tests: the failing one gets the rule's finding, the passing one does not.");
            text.AppendLine("Errors are required checks and cost points; warnings are recommendations and notices are tips, both free by default.");
            text.AppendLine("This page is generated from the grader's rule registry and checked by its tests.");
            foreach (var group in RuleRegistry.All.GroupBy(r => r.Lab))
            {
                text.AppendLine();
                text.AppendLine(group.Key is { } lab
                    ? $"## Lab {lab}: {LabCatalog.All.Single(l => l.Id == lab).Title}"
                    : "## All labs: files and YAML");
                text.AppendLine();
                text.AppendLine("| rule | step | severity | title | why | fix | failing example | passing example |");
                text.AppendLine("|---|---|---|---|---|---|---|---|");
                foreach (var rule in group.OrderBy(r => r.Id, StringComparer.Ordinal))
                {
                    text.AppendLine($"| <a id=\"{rule.Id.ToLowerInvariant()}\"></a>{rule.Id} | {rule.Step?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {rule.Severity.ToString().ToLowerInvariant()} | {Cell(rule.Title)} | {Cell(rule.Why)} | {Cell(rule.Hint ?? string.Empty)} | {Example(rule.Id, e => e.Failing)} | {Example(rule.Id, e => e.Passing)} |");
                }
            }

            return text.ToString();
        }

        // An example's settings as the learner writes them; a whole file is shown by `meshgrade explain`.
        private static string Example(string rule, Func<RuleExplanation, RuleExample?> pick) =>
            pick(RuleExplanations.For(rule)!) switch
            {
                null => "-",
                { WholeFile: not null } => $"a whole file: `meshgrade explain {rule}`",
                { } example => Cell(string.Join(", ", example.Settings.Select(s =>
                    $"`{JsonPointerText.LastSegment(s.Pointer)}:{(s.Yaml.Length == 0 ? string.Empty : " " + s.Yaml)}`"))),
            };

        private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
    }
}
