using System.Globalization;
using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Rubrics;

/// <summary>
/// The rubric in force when none is named: the lab text's own scoring (steps of equal weight,
/// checks of equal weight, recommendations and notices free). <see cref="Text"/> is that rubric
/// written out, as <c>meshgrade rubric --print</c> prints it for an instructor to start from; its
/// SHA-256 is the stamp of every report graded without a rubric, so printing it and naming it
/// unchanged gives the same stamp.
/// </summary>
internal static class DefaultRubric
{
    /// <summary>The resource <see cref="Write"/>'s text is kept in (labs/default.rubric.yaml), checked by a test.</summary>
    public const string ResourceName = "labs/default.rubric.yaml";

    // Written from the catalogues when they change, not at each start: every check stamps its report
    // with this text's SHA-256, and writing it took as long as grading a submission.
    private static readonly Lazy<string> LazyText = new(() => EmbeddedResources.ReadText(ResourceName));

    public static string Text => LazyText.Value;

    public static Rubric Rubric { get; } = new(
        new RubricStamp("default", RubricReader.Sha256(Encoding.UTF8.GetBytes(Text))), null, [], HintLevel.Answer, []);

    /// <summary>The default rubric of these labs, as the embedded text must read.</summary>
    internal static string Write(IReadOnlyList<LabDefinition> labs)
    {
        var text = new StringBuilder();
        text.AppendLine("# A MeshGrader rubric: how submissions are scored and what learners are shown.");
        text.AppendLine("# This is the default. Keep what your course needs, change the rest, and grade with");
        text.AppendLine("#   meshgrade check SUBMISSION --rubric rubric.yaml");
        text.AppendLine("# Every setting is optional; one left out keeps its default. All settings: docs/rubrics.md.");
        text.AppendLine("name: default");
        text.AppendLine(Commented("hints: answer", "# answer | hint | nudge | none"));
        text.AppendLine(Commented("# pass_mark: 70", "# pass at this overall score; without it, every graded lab must be completed"));
        text.AppendLine(CultureInfo.InvariantCulture, $"# required_labs: [{string.Join(", ", labs.Select(l => l.Slug))}]");
        text.AppendLine("labs:");
        foreach (var lab in labs)
        {
            text.AppendLine(Commented($"  {lab.Slug}:", $"# Lab {lab.Id} {lab.Title}"));
            text.AppendLine(Commented("    steps:", "# each step's points; the lab is scored out of 100 in proportion"));
            foreach (var step in lab.Steps)
            {
                text.AppendLine(Commented($"      {step.Number}: 1", $"# {step.Title}"));
            }

            text.AppendLine(Commented("    checks: {}", "# by check id (docs/rules.md), for example:"));
            var targets = RubricTargets.Of(lab);
            if (targets.FirstOrDefault(t => t.IsNumber) is { } number)
            {
                text.AppendLine(Commented($"    #   {number.Id}: {{ minimum: {number.Field!.Example ?? number.Field.Bound("minimum") ?? "0"} }}", $"# {number.Title}: a stricter bound"));
            }

            if (targets.FirstOrDefault(t => t.Severity == Severity.Warning) is { } recommendation)
            {
                text.AppendLine(Commented($"    #   {recommendation.Id}: {{ points: 1 }}", $"# {recommendation.Title}: now required, worth a point"));
            }

            if (targets.LastOrDefault(t => t.Severity == Severity.Error) is { } last)
            {
                text.AppendLine(Commented($"    #   {last.Id}: {{ off: true }}", $"# {last.Title}: neither scored nor reported"));
            }
        }

        return text.ToString();
    }

    // Comments line up in one column, as a hand-written rubric would have them.
    private static string Commented(string setting, string comment) => setting.PadRight(34) + comment;
}
