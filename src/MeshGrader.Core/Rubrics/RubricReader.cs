using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Rubrics;

/// <summary>A rubric as read: the rubric, or the findings that say why it cannot be used (each located in the rubric file).</summary>
internal sealed record RubricReading(Rubric? Rubric, IReadOnlyList<Finding> Problems);

/// <summary>
/// Reads a rubric file the way a lab file is read: YAML with positions, then its schema (made from
/// the catalogues), so every mistake is a finding at its line and column. A rubric decides every
/// learner's grade, so anything short of exact is refused: an unknown setting is an error here,
/// where a lab file only warns.
/// </summary>
internal static class RubricReader
{
    private static readonly Lazy<LabFileSchema> Schema = new(() => LabFileSchema.Load(RubricSchema.FileName, RubricSchema.Text(LabCatalog.All)));

    /// <summary>Reads the rubric at <paramref name="path"/>, naming it <paramref name="shownAs"/> in findings.</summary>
    public static RubricReading Read(string path, string shownAs)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        FileContent content;
        try
        {
            content = SubmissionFiles.Open(folder).Read(Path.GetFileName(path), LoadLimits.Default.MaxFileBytes);
        }
        catch (SubmissionFolderException ex)
        {
            return Refused(shownAs, ex.Message);
        }

        if (content.Refusal != FileRefusal.None)
        {
            return Refused(shownAs, $"{shownAs} could not be read as a file ({content.Refusal}).");
        }

        return Read(content.Bytes, shownAs);
    }

    public static RubricReading Read(byte[] bytes, string shownAs)
    {
        if (bytes.Length > LoadLimits.Default.MaxFileBytes)
        {
            return Refused(shownAs, $"{shownAs} is larger than {LoadLimits.Default.MaxFileBytes / 1024} KiB; a rubric is a few dozen lines.");
        }

        var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadBytes(bytes, shownAs);
        if (loaded.Root is null || loaded.Findings.Any(f => f.Severity == Severity.Error))
        {
            return new RubricReading(null, loaded.Findings.Where(f => f.Severity != Severity.Info).ToArray());
        }

        var (instance, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build(shownAs, loaded.Root);
        if (instance is null)
        {
            return new RubricReading(null, [problem!]);
        }

        var schema = Schema.Value;
        var normaliser = new ValueNormaliser(schema, instance, shownAs);
        var value = normaliser.Normalise();
        var problems = normaliser.Findings
            .Concat(new SchemaFindingTranslator(schema, instance, value, shownAs).Translate(schema.Evaluate(value)))
            .Where(f => f.Severity != Severity.Info)
            .Select(Strict)
            .ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(Conflicts(value!.AsObject(), instance, shownAs));
        }

        if (problems.Count > 0)
        {
            return new RubricReading(null, problems.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0).ToArray());
        }

        var stamp = new RubricStamp(value!["name"]?.GetValue<string>().Trim() ?? Path.GetFileNameWithoutExtension(shownAs), Sha256(bytes));
        return new RubricReading(Build(value.AsObject(), stamp), []);
    }

    /// <summary>The SHA-256 of a rubric's bytes, as lowercase hex: what reports show and --rubric-sha256 compares.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static RubricReading Refused(string shownAs, string message) =>
        new(null, [FindingFactory.Unlocated(CoreRules.RubricSetting, shownAs, message, "Name a readable rubric file.")]);

    // In a lab file an unknown key is a warning; in a rubric it would be a setting silently ignored.
    private static Finding Strict(Finding finding)
    {
        if (finding.Severity == Severity.Error)
        {
            return finding;
        }

        var strict = finding with
        {
            Rule = CoreRules.RubricSetting.Id,
            Severity = Severity.Error,
            Message = finding.Message.Replace(" is ignored.", " is not something a rubric can set.", StringComparison.Ordinal),
        };
        if (finding.Rule != CoreRules.UnknownKey.Id || finding.Path is not { } path)
        {
            return strict;
        }

        // A lab file's hint assumes the near key is already written; in a rubric, name what may be written.
        var known = Schema.Value.SubschemaFor(JsonPointerText.Parent(path))?.PropertyNames ?? [];
        var key = JsonPointerText.LastSegment(path);
        var near = key.All(char.IsAsciiDigit) ? null : Suggestions.NearMatch.Best(key, known);
        return strict with
        {
            Hint = near is not null ? $"Did you mean '{near}'?" : $"Known keys here: {string.Join(", ", known)}.",
        };
    }

    /// <summary>What the schema cannot see: settings that are valid one by one but cannot hold together.</summary>
    private static IEnumerable<Finding> Conflicts(JsonObject rubric, JsonInstance source, string file)
    {
        if (rubric["labs"] is not JsonObject labs)
        {
            yield break;
        }

        foreach (var (slug, node) in labs)
        {
            var lab = LabCatalog.Find(slug)!;
            var pointer = JsonPointerText.Append(JsonPointerText.Append("/labs", slug), "steps");
            if (node?["steps"] is JsonObject steps && lab.Steps.All(s => Points(steps, s.Number) == 0))
            {
                yield return FindingFactory.At(CoreRules.RubricSetting, file, source.SpanOf(pointer), pointer,
                    $"Every step of Lab {lab.Id} is worth 0 points, so no submission could score anything in it.",
                    "Give at least one step points, or leave the lab out of the rubric.");
            }

            if (node?["checks"] is not JsonObject checks)
            {
                continue;
            }

            var targets = RubricTargets.Of(lab).ToDictionary(t => t.Id, StringComparer.Ordinal);
            foreach (var (id, settings) in checks)
            {
                var at = JsonPointerText.Append(JsonPointerText.Append(JsonPointerText.Append("/labs", slug), "checks"), id);
                var target = targets[id];
                var minimum = Decimal(settings?["minimum"]) ?? Bound(target.Field, "minimum");
                var maximum = Decimal(settings?["maximum"]) ?? Bound(target.Field, "maximum");
                if (minimum > maximum)
                {
                    yield return FindingFactory.At(CoreRules.RubricSetting, file, source.SpanOf(at), at,
                        $"{id}: the minimum {minimum} is above the maximum {maximum}, so no value could pass.",
                        "Lower the minimum or raise the maximum.");
                }
            }
        }
    }

    private static decimal Points(JsonObject steps, int step) =>
        Decimal(steps[step.ToString(CultureInfo.InvariantCulture)]) ?? 1m;

    private static decimal? Bound(FieldSchema? field, string keyword) =>
        field?.Bound(keyword) is { } text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static decimal? Decimal(JsonNode? node) => node is JsonValue value ? value.GetValue<decimal>() : null;

    private static Rubric Build(JsonObject rubric, RubricStamp stamp)
    {
        var labs = new List<LabRubric>();
        if (rubric["labs"] is JsonObject labSettings)
        {
            foreach (var (slug, node) in labSettings)
            {
                var steps = (node?["steps"] as JsonObject ?? [])
                    .ToDictionary(s => int.Parse(s.Key, CultureInfo.InvariantCulture), s => s.Value!.GetValue<decimal>());
                var checks = (node?["checks"] as JsonObject ?? [])
                    .ToDictionary(c => c.Key, c => Settings(c.Value as JsonObject ?? []), StringComparer.Ordinal);
                labs.Add(new LabRubric(slug, steps, checks));
            }
        }

        return new Rubric(
            stamp,
            Decimal(rubric["pass_mark"]),
            Strings(rubric["required_labs"]) ?? [],
            rubric["hints"]?.GetValue<string>() switch
            {
                "hint" => HintLevel.Hint,
                "nudge" => HintLevel.Nudge,
                "none" => HintLevel.None,
                _ => HintLevel.Answer,
            },
            labs);
    }

    private static CheckSettings Settings(JsonObject settings) => new(
        Decimal(settings["points"]),
        settings["off"]?.GetValue<bool>() ?? false,
        Decimal(settings["minimum"]),
        Decimal(settings["maximum"]),
        Strings(settings["allowed"]),
        Strings(settings["must_include"]));

    private static IReadOnlyList<string>? Strings(JsonNode? node) =>
        node is JsonArray items ? items.Select(i => i!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToArray() : null;
}
