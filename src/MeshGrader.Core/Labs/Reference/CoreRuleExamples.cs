using System.Globalization;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// The rules of no lab, explained: they are about a file as a whole, so their examples are written
/// here rather than derived from a schema. A few have none a page can show, each with the reason.
/// </summary>
internal static class CoreRuleExamples
{
    private static readonly Dictionary<string, (string ShownWhen, RuleExample Failing, RuleExample Passing)> Examples = new(StringComparer.Ordinal)
    {
        [CoreRules.YamlSyntax.Id] = ("a lab file is not valid YAML, e.g. a line indented with a tab",
            File("contract:\n\tschema_version: \"1.0.0\"\n"), File("contract:\n  schema_version: \"1.0.0\"\n")),
        [CoreRules.DuplicateKey.Id] = ("a mapping holds the same key twice",
            File("contract:\n  sla_uptime: 99.9\n  sla_uptime: 99.5\n"), File("contract:\n  sla_uptime: 99.9\n")),
        [CoreRules.MultipleDocuments.Id] = ("a lab file holds a second YAML document after a '---' line",
            File("contract:\n  sla_uptime: 99.9\n---\ncontract:\n  sla_uptime: 99.5\n"), File("contract:\n  sla_uptime: 99.9\n")),
        [CoreRules.EmptyFile.Id] = ("a lab file is empty or holds only comments",
            File("# contract.yaml: to do\n"), File("# contract.yaml\ncontract:\n  sla_uptime: 99.9\n")),
        [CoreRules.FileStructure.Id] = ("a lab file's top level is not a mapping of sections, e.g. a list",
            File("- schema_version: \"1.0.0\"\n- sla_uptime: 99.9\n"), File("contract:\n  schema_version: \"1.0.0\"\n  sla_uptime: 99.9\n")),
        [CoreRules.UnknownKey.Id] = ("a key is not one the lab defines at that place",
            RuleExample.Of(new ExampleSetting("contract", "/contract/owner", "data-platform-team")), RuleExample.Of(new ExampleSetting("contract", "/contract/sla_uptime", "99.9"))),
        [CoreRules.ChoiceSpelling.Id] = ("a choice is written in another accepted spelling (an alias, other capitals or spaces); it still counts",
            RuleExample.Of(new ExampleSetting("domain", "/data_product/update_frequency", "realtime")), RuleExample.Of(new ExampleSetting("domain", "/data_product/update_frequency", "real-time"))),
        [CoreRules.RepeatedListItem.Id] = ("a list names the same item twice",
            RuleExample.Of(new ExampleSetting("domain", "/domain/data_sources", "[crm, erp, crm]")), RuleExample.Of(new ExampleSetting("domain", "/domain/data_sources", "[crm, erp]"))),
        [CoreRules.OtherLabFileContent.Id] = ("a lab file holds another lab file's sections and none of its own, e.g. contract.yaml holding domain.yaml's",
            File("domain:\n  name: sales-analytics\n"), File("contract:\n  product: customer_revenue_metrics\n")),
    };

    private static readonly LoadLimits Limits = LoadLimits.Default;

    /// <summary>The rules with no example, when their finding appears, and why no example can be shown as a lab file's text.</summary>
    public static IReadOnlyDictionary<string, (string ShownWhen, string Reason)> WithoutExamples { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [CoreRules.UnreadableFile.Id] = ("a lab file cannot be read as UTF-8 text, or is not a regular file",
            "Its example is a file that is not UTF-8 text: bytes, which a page of text cannot show."),
        [CoreRules.MissingFile.Id] = ("a lab file of a chosen lab is not in the submission folder",
            "Its example is a folder without the lab file, not a value written in one."),
        [CoreRules.AmbiguousFile.Id] = ("a lab file is there as both .yaml and .yml",
            "Its example is a folder holding both contract.yaml and contract.yml, not a value written in a file."),
        [CoreRules.MisplacedFile.Id] = ("a lab file is in a subfolder of the submission, or named with capitals",
            "Its example is a folder where the lab file is in a subfolder (lab16/domain.yaml) or named Domain.yaml, not a value written in a file."),
        [CoreRules.LimitExceeded.Id] = ("a lab file is over the grader's limits of size, nesting or alias expansion",
            string.Create(CultureInfo.InvariantCulture,
                $"Its example is a file over the limits ({Limits.MaxFileBytes / 1024 / 1024} MiB, {Limits.MaxDepth} levels of nesting, {Limits.MaxExpandedNodes:N0} nodes after aliases), too large to show.")),
        [CoreRules.OdcsStructure.Id] = ("contract.yaml is an ODCS document (apiVersion and kind at the top) that the official ODCS v3.1.0 schema refuses",
            "Its example is a whole ODCS contract (a required apiVersion, kind, id, status and version, then its schema), too long for a rule's example; the official examples of the Open Data Contract Standard show whole contracts."),
        [CoreRules.FindingsNotShown.Id] = ("a report has more findings than it shows",
            "Its example is a submission with more findings than a report shows, too long to show."),
        [CoreRules.RubricSetting.Id] = ("the rubric given with --rubric has a setting the grader cannot read exactly as written",
            "It is about an instructor's rubric, not a lab file; docs/rubrics.md shows rubrics and their settings."),
    };

    public static RuleExplanation Explain(RuleDescriptor rule)
    {
        if (Examples.TryGetValue(rule.Id, out var example))
        {
            return new RuleExplanation(rule, "every lab file", null, example.ShownWhen, example.Failing, example.Passing);
        }

        var looks = rule.Id == CoreRules.RubricSetting.Id ? "the rubric given with --rubric" : "every lab file";
        return WithoutExamples.TryGetValue(rule.Id, out var without)
            ? new RuleExplanation(rule, looks, null, without.ShownWhen, null, null, without.Reason)
            : new RuleExplanation(rule, looks, null, rule.Title, null, null, "No example is written for this rule.");
    }

    private static RuleExample File(string text) => new([], new ExampleFileText("contract", text));
}
