using System.CommandLine;
using MeshGrader.Core.Diff;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade explain RULE [--format text|markdown|json]</c>: what a rule checks, why, a failing and a passing example, offline.</summary>
internal static class ExplainCommandFactory
{
    private static readonly string[] Formats = ["text", "markdown", "json"];

    public static Command Create(CliEnvironment environment)
    {
        var ruleId = new Argument<string>("rule") { Description = "A rule id from a finding, e.g. DM-301, or from meshgrade diff, e.g. DF-201." };
        var format = new Option<string>("--format", "-f") { Description = "text (default), markdown or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("explain", "Explain a rule: what it looks at, why, a failing and a passing example, and the fix.") { ruleId, format };
        command.SetAction(parse =>
        {
            var chosen = (parse.GetValue(format) ?? "text").Trim().ToLowerInvariant();
            if (!Formats.Contains(chosen))
            {
                return (int)CommandFailures.Usage(environment, $"unknown format '{LearnerText.Printable(chosen, 40)}'; formats: {string.Join(", ", Formats)}.");
            }

            var id = (parse.GetValue(ruleId) ?? string.Empty).Trim().ToUpperInvariant();
            if (DiffRules.Find(id) is { } diffRule)
            {
                environment.Out.Write(chosen switch
                {
                    "json" => DiffRuleText.Json(diffRule),
                    "markdown" => DiffRuleText.Markdown(diffRule),
                    _ => DiffRuleText.Text(diffRule),
                });
                return (int)ExitCode.Passed;
            }

            if (RuleExplanations.For(id) is not { } explanation)
            {
                var near = NearMatch.Best(id, RuleRegistry.All.Select(r => r.Id).Concat(DiffRules.All.Select(r => r.Id)));
                environment.Error.WriteLine($"meshgrade: unknown rule '{LearnerText.Printable(id, 80)}'{(near is null ? string.Empty : $"; did you mean {near}?")}");
                return (int)ExitCode.UsageError;
            }

            environment.Out.Write(chosen switch
            {
                "json" => ExplanationText.Json(explanation),
                "markdown" => ExplanationText.Markdown(explanation),
                _ => ExplanationText.Text(explanation),
            });
            return (int)ExitCode.Passed;
        });
        return command;
    }
}
