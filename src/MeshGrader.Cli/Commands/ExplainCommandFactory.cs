using MeshGrader.Core.Findings;
using System.CommandLine;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade explain RULE</c>: what a rule checks and why, offline.</summary>
internal static class ExplainCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var ruleId = new Argument<string>("rule") { Description = "A rule id from a finding, e.g. DM-301." };
        var command = new Command("explain", "Explain a rule: what it checks, why, and how to fix a finding.") { ruleId };
        command.SetAction(parse =>
        {
            var id = (parse.GetValue(ruleId) ?? string.Empty).Trim().ToUpperInvariant();
            if (RuleRegistry.Find(id) is not { } rule)
            {
                var near = NearMatch.Best(id, RuleRegistry.All.Select(r => r.Id));
                environment.Error.WriteLine($"meshgrade: unknown rule '{LearnerText.Printable(id, 80)}'{(near is null ? string.Empty : $"; did you mean {near}?")}");
                return (int)ExitCode.UsageError;
            }

            var where = rule.Lab is { } lab ? $"Lab {lab}" + (rule.Step is { } step ? $", Step {step}" : string.Empty) : "all labs";
            environment.Out.WriteLine($"{rule.Id}  {rule.Title}");
            environment.Out.WriteLine($"  severity: {rule.Severity.ToString().ToLowerInvariant()}   applies to: {where}");
            environment.Out.WriteLine($"  why: {rule.Why}");
            if (rule.Hint is not null)
            {
                environment.Out.WriteLine($"  fix: {rule.Hint}");
            }

            return (int)ExitCode.Passed;
        });
        return command;
    }
}
