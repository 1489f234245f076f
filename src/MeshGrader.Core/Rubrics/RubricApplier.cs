using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Catalogue;

namespace MeshGrader.Core.Rubrics;

/// <summary>The labs as a rubric changes them, and how it shares out points.</summary>
internal sealed record RubricLabs(IReadOnlyList<LabDefinition> Labs, ScoringPolicy Scoring);

/// <summary>
/// Applies a rubric to the labs. What a rubric changes about a value (a stricter bound, fewer
/// choices, values a list must hold, a recommendation made required) becomes part of the lab, its
/// schema and its checks, so grading, messages and reports need no idea of rubrics; what it changes
/// about points becomes the <see cref="ScoringPolicy"/>.
/// </summary>
internal static class RubricApplier
{
    public static RubricLabs Apply(Rubric rubric, IReadOnlyList<LabDefinition> labs)
    {
        var stepWeights = new Dictionary<(int, int), decimal>();
        var checkWeights = new Dictionary<(int, string), decimal>();
        var off = new HashSet<(int, string)>();
        var prerequisites = new Dictionary<(int, string), string>();
        var changed = labs.ToList();
        foreach (var labRubric in rubric.Labs)
        {
            var index = changed.FindIndex(l => l.Slug == labRubric.Slug);
            if (index < 0)
            {
                continue;
            }

            var lab = changed[index];
            foreach (var (step, points) in labRubric.StepPoints)
            {
                stepWeights[(lab.Id, step)] = points;
            }

            var targets = RubricTargets.Of(lab).ToDictionary(t => t.Id, StringComparer.Ordinal);
            var checks = lab.Checks.ToList();
            var schemaChanges = new List<(RubricTarget Target, CheckSettings Settings)>();
            foreach (var (id, settings) in labRubric.Checks)
            {
                var target = targets[id];
                if (settings.Off)
                {
                    off.Add((lab.Id, id));
                }

                if (settings.Points is { } points)
                {
                    checkWeights[(lab.Id, id)] = points;
                    if (target is { Severity: Severity.Warning, Check: { } recommendation })
                    {
                        checks[checks.IndexOf(recommendation)] = recommendation.WithSeverity(RuleSeverity.Error);
                        if (lab.Schema(target.File).FieldFor(target.Pointer)?.Field.RuleId is { } fieldCheck && fieldCheck != id)
                        {
                            prerequisites[(lab.Id, id)] = fieldCheck;
                        }
                    }
                }

                if (settings.MustInclude is { } items)
                {
                    checks.Add(new AllOfCheck(id, target.File, target.Pointer, items));
                }

                if (settings.Minimum is not null || settings.Maximum is not null || settings.Allowed is not null)
                {
                    schemaChanges.Add((target, settings));
                }
            }

            var schemas = schemaChanges.Count == 0
                ? lab.Schemas
                : lab.Schemas.WithChanges((file, schema) => Changed(file, schema, schemaChanges));
            changed[index] = new LabDefinition(
                lab.Id, lab.Slug, lab.Title, lab.ConsoleName, lab.CompletionLine, lab.Files, lab.Steps,
                checks.Select(c => c.Build(lab.Id)).ToArray())
            {
                Schemas = schemas,
                Checks = checks,
            };
        }

        return new RubricLabs(changed, new ScoringPolicy(stepWeights)
        {
            CheckWeights = checkWeights,
            Off = off,
            Prerequisites = prerequisites,
        });
    }

    private static JsonObject Changed(string file, JsonObject schema, IEnumerable<(RubricTarget Target, CheckSettings Settings)> changes)
    {
        foreach (var (target, settings) in changes.Where(c => c.Target.File == file))
        {
            var field = Subschema(schema, target.Pointer);
            if (settings.Minimum is { } minimum)
            {
                field.Remove("exclusiveMinimum");
                field["minimum"] = minimum;
            }

            if (settings.Maximum is { } maximum)
            {
                field.Remove("exclusiveMaximum");
                field["maximum"] = maximum;
            }

            if (settings.Allowed is { } allowed)
            {
                var holder = target.IsListOfChoices ? field["items"]!.AsObject() : field;
                holder["enum"] = new JsonArray(allowed.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
            }
        }

        return schema;
    }

    private static JsonObject Subschema(JsonObject schema, string pointer) =>
        JsonPointerText.Segments(pointer).Aggregate(schema, (current, segment) => current["properties"]![segment]!.AsObject());
}
