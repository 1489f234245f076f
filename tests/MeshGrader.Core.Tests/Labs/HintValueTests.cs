using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

/// <summary>
/// Every value a hint of the catalogues or schemas tells a learner to write satisfies the rule it
/// hints at: written into the complete sample (with the rule's condition made true), it gets no
/// finding of that rule and no error on the value itself. A hint names a value as YAML,
/// <c>key: value</c>, or after "e.g."; each schema <c>x-example</c> is such a value too.
/// </summary>
public sealed partial class HintValueTests
{
    public static TheoryData<string, string, string, string, string> HintedValues()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var (rule, source, setting) in Cases())
        {
            data.Add(rule, source, setting.File, setting.Pointer, setting.Yaml);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HintedValues))]
    public void HintedValue_SatisfiesTheRuleItHintsAt(string rule, string source, string file, string pointer, string yaml)
    {
        var context = Context(rule).Where(s => s.File != file || s.Pointer != pointer);
        var example = new RuleExample([.. context, new ExampleSetting(file, pointer, yaml)]);
        using var submission = ExampleSubmission.Of(example);

        var report = submission.Grade(RuleExplanations.For(rule)!.Rule.Lab!.Value);

        var wrong = report.Findings.Where(f => f.Rule == rule || (f.Severity == Severity.Error && f.File == file + ".yaml" && f.Path == pointer)).ToArray();
        Assert.True(wrong.Length == 0, $"{source} names {pointer}: {yaml}, which gets: {ReportAssertions.Describe(wrong)}");
    }

    [Fact]
    public void Hints_NameValuesToCheck()
    {
        var cases = Cases().ToArray();

        // The extraction finds the values the tips are known to name, so a change that loses them fails here.
        Assert.Contains(cases, c => c.Rule == "GV-404" && c.Setting is { Pointer: "/privacy/consent", Yaml: "explicit-opt-in" });
        Assert.Contains(cases, c => c.Rule == "ML-453" && c.Setting is { Pointer: "/deployment/strategy", Yaml: "canary" });
        Assert.Contains(cases, c => c.Rule == "DM-101" && c.Setting.Yaml == "customer-360");
        Assert.Contains(cases, c => c.Rule == "DM-303" && c.Setting.Yaml == "\"2.1.3\"");
        Assert.Contains(cases, c => c.Source.StartsWith("x-example", StringComparison.Ordinal) && c.Rule == "GV-201");
    }

    private static IEnumerable<(string Rule, string Source, ExampleSetting Setting)> Cases()
    {
        foreach (var lab in LabCatalog.All)
        {
            foreach (var file in lab.Files)
            {
                var schema = lab.Schema(file);
                foreach (var (section, sectionSchema) in schema.Sections)
                {
                    foreach (var key in sectionSchema.PropertyNames)
                    {
                        var field = sectionSchema.Property(key)!;
                        if (field.RuleId is not { } rule)
                        {
                            continue;
                        }

                        var pointer = $"/{section}/{key}";
                        if (field.Example is { } example)
                        {
                            yield return (rule, $"x-example of {rule}", new ExampleSetting(file, pointer, example));
                        }

                        foreach (var setting in Named(field.Hint, lab, file, pointer))
                        {
                            yield return (rule, $"x-hint of {rule}", setting);
                        }
                    }
                }
            }

            foreach (var (check, semantic) in lab.Checks.Zip(lab.Rules))
            {
                // A number recommendation's advice is the hint its findings carry.
                var advice = (check as NumberRecommendationCheck)?.Advice;
                foreach (var rule in semantic.Introduces)
                {
                    foreach (var setting in new[] { rule.Hint, advice }.SelectMany(h => Named(h, lab, check.ReadsFile, check.ReadsField)))
                    {
                        yield return (rule.Id, $"hint of {rule.Id}", setting);
                    }
                }
            }
        }
    }

    // The values a tip names: "key: value" for a key of the file, and "e.g. A or B" for the field itself.
    private static IEnumerable<ExampleSetting> Named(string? hint, LabDefinition lab, string file, string pointer)
    {
        if (hint is null)
        {
            yield break;
        }

        var schema = lab.Schema(file);
        var section = JsonPointerText.Segments(pointer)[0];
        foreach (Match match in KeyValue().Matches(hint))
        {
            // A key of the field's own section; "tool: fairlearn" in "the bias detection tool: fairlearn, ..." is prose.
            var key = match.Groups["key"].Value;
            if (schema.Root.Property(section)!.Property(key) is not null)
            {
                yield return new ExampleSetting(file, $"/{section}/{key}", match.Groups["value"].Value);
            }
        }

        foreach (Match match in ForExample().Matches(hint))
        {
            foreach (var value in match.Groups["values"].Value.Split(" or ", StringSplitOptions.TrimEntries))
            {
                if (!value.Contains(": ", StringComparison.Ordinal))
                {
                    yield return new ExampleSetting(file, pointer, value);
                }
            }
        }
    }

    // What the rule needs to apply: the failing example's other settings (its condition made true).
    private static IEnumerable<ExampleSetting> Context(string rule)
    {
        var explanation = RuleExplanations.For(rule)!;
        return explanation.Failing?.Settings.SkipLast(1) ?? [];
    }

    [GeneratedRegex("\\b(?<key>[a-z][a-z0-9_]*): (?<value>\"[^\"]*\"|\\[[^\\]]*\\]|[^\\s,;()]+?)(?=[\\s,;()]|\\.?$|\\.\\s)")]
    private static partial Regex KeyValue();

    // "e.g." then the values up to the end of the sentence; code such as f(x) is not a value to write.
    [GeneratedRegex("e\\.g\\. (?<values>[^;(]+?)(?=\\.\\s|\\.?$|;|\\s\\()")]
    private static partial Regex ForExample();
}
