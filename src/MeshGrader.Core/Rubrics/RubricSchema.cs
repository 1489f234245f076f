using System.Text.Json;
using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Rubrics;

/// <summary>
/// The JSON Schema of a rubric file, made from the lab catalogues: every lab, step and check a
/// rubric may name is a property, so a misspelt check id is an unknown key with "did you mean",
/// and an editor completes the ids. Each setting is offered only where it fits the check (a
/// minimum only on a number). <c>schemas/rubric.schema.json</c> is this text, for editors.
/// </summary>
internal static class RubricSchema
{
    public static string FileName => "rubric";

    public static JsonObject Build(IReadOnlyList<LabDefinition> labs)
    {
        var labProperties = new JsonObject();
        foreach (var lab in labs)
        {
            labProperties[lab.Slug] = Mapping($"Lab {lab.Id} {lab.Title}", $"How Lab {lab.Id} is scored.", new JsonObject
            {
                ["steps"] = Mapping("Step points",
                    "Each step's points. The lab is scored out of 100 in proportion to them; steps left out keep 1 point each, like the others by default.",
                    Properties(lab.Steps.Select(s => (s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Number($"Step {s.Number}: {s.Title}", "The step's points (0 or more).", minimum: 0))))),
                ["checks"] = Mapping("Check settings", "Settings of particular checks, by check id.",
                    Properties(RubricTargets.Of(lab).Select(t => (t.Id, CheckSettings(t))))),
            });
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:meshgrader:schema:rubric",
            ["title"] = "MeshGrader rubric",
            ["description"] = "How submissions are scored and what learners are shown; every setting is optional.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["name"] = Setting("Rubric name", "The name shown with the rubric's SHA-256 in every report.", "Write a short name, e.g. name: Spring cohort.",
                    new JsonObject { ["type"] = "string", ["pattern"] = "\\S" }),
                ["pass_mark"] = Number("Pass mark", "The overall score (0 to 100) a submission needs to pass; without it, a submission passes when every graded lab is completed.", 0, 100),
                ["required_labs"] = Setting("Required labs", "The labs graded even when their files are missing, so a weak lab cannot be left out by deleting its files.",
                    $"List labs by slug: {string.Join(", ", labs.Select(l => l.Slug))}.",
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["enum"] = Strings(labs.Select(l => l.Slug)) } }),
                ["hints"] = Setting("Hint level", "What learners are shown of each finding: answer (what is wrong and the value to write), hint (what is wrong, and its rule), nudge (only where, and which check), none (the score only).",
                    "Write hints: answer, hint, nudge or none.",
                    new JsonObject { ["enum"] = Strings(["answer", "hint", "nudge", "none"]) }),
                ["labs"] = Mapping("Labs", "Each lab's step points and check settings, by lab slug.", labProperties),
            },
        };
    }

    public static string Text(IReadOnlyList<LabDefinition> labs) =>
        Build(labs).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    private static JsonObject CheckSettings(RubricTarget target)
    {
        var settings = new JsonObject
        {
            ["off"] = Setting("Off", "Turn the check off: it is neither scored nor reported.", "Write off: true.", new JsonObject { ["type"] = "boolean" }),
        };
        if (target.Severity != Severity.Info)
        {
            settings["points"] = Number("Points", target.Severity == Severity.Error
                ? "The check's points inside its step (1 by default, like every other check)."
                : "Points for following the recommendation: it becomes a required check of its step, worth these points.", minimum: 0);
        }

        if (target.IsNumber)
        {
            settings["minimum"] = Number("Minimum", $"A new lower bound for {target.Title}, e.g. a stricter threshold.");
            settings["maximum"] = Number("Maximum", $"A new upper bound for {target.Title}.");
        }

        var choices = target.IsChoice ? target.Field!.Choices : target.IsListOfChoices ? target.Field!.Items!.Choices : null;
        if (choices is not null)
        {
            settings["allowed"] = Setting("Allowed choices", "The choices still accepted: some of the lab's.", $"List some of: {string.Join(", ", choices)}.",
                new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["enum"] = Strings(choices) } });
        }

        if (target.IsListOfChoices)
        {
            settings["must_include"] = Setting("Must include", "Choices the list must hold, beyond what the lab requires.", $"List some of: {string.Join(", ", choices!)}.",
                new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["enum"] = Strings(choices!) } });
        }

        return Mapping($"{target.Id}: {target.Title}", $"Settings of {target.Id} (step {target.Step}, {target.Severity.ToString().ToLowerInvariant()}).", settings);
    }

    private static JsonObject Mapping(string title, string description, JsonObject properties) =>
        Setting(title, description, null, new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties });

    private static JsonObject Number(string title, string description, decimal? minimum = null, decimal? maximum = null)
    {
        var schema = new JsonObject { ["type"] = "number" };
        if (minimum is { } least)
        {
            schema["minimum"] = least;
        }

        if (maximum is { } most)
        {
            schema["maximum"] = most;
        }

        return Setting(title, description, null, schema);
    }

    // The grader's annotations (x-rule, x-hint) let the lab files' translator explain a rubric's mistakes too.
    private static JsonObject Setting(string title, string description, string? hint, JsonObject schema)
    {
        var setting = new JsonObject
        {
            ["x-rule"] = CoreRules.RubricSetting.Id,
            ["title"] = title,
            ["description"] = description,
        };
        if (hint is not null)
        {
            setting["x-hint"] = hint;
        }

        foreach (var (keyword, value) in schema.ToArray())
        {
            schema.Remove(keyword);
            setting[keyword] = value;
        }

        return setting;
    }

    private static JsonObject Properties(IEnumerable<(string Name, JsonObject Schema)> properties)
    {
        var result = new JsonObject();
        foreach (var (name, schema) in properties)
        {
            result[name] = schema;
        }

        return result;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
