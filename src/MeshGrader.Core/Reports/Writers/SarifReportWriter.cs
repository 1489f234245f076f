using System.Text;
using System.Text.Json;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning (codeql-action/upload-sarif) accepts it: the rules from the
/// registry, one result per finding, located relative to the repository root.
/// </summary>
/// <remarks>
/// Written with Utf8JsonWriter rather than the Sarif.Sdk object model, because that package does not
/// restore in this build; a test validates the output against the SARIF 2.1.0 JSON Schema instead.
/// Rules carry no helpUri: the project publishes no absolute documentation address, and SARIF
/// consumers need an absolute one. <c>partialFingerprints</c> are left to upload-sarif, which
/// computes them from the file content.
/// </remarks>
internal sealed class SarifReportWriter(string toolVersion, ArtifactPaths paths) : IReportWriter
{
    /// <summary>GitHub's limit for shortDescription and fullDescription.</summary>
    private const int MaxDescriptionLength = 1024;

    private static readonly JsonWriterOptions Options = ReportJson.Indented;

    public void Write(GradingReport report, TextWriter output)
    {
        var rules = RuleRegistry.All.ToArray();
        var indexOf = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            SarifRun.StartAtRules(json, toolVersion);
            foreach (var rule in rules)
            {
                WriteRule(json, rule, report.Hints == HintLevel.Answer ? rule.Hint : null);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                WriteResult(json, finding, indexOf.TryGetValue(finding.Rule, out var index) ? index : null);
            }

            json.WriteEndArray();

            // The rubric the results were graded under, so a grade in code scanning can be traced to it.
            json.WriteStartObject("properties");
            json.WriteString("rubric", report.Rubric.Name);
            json.WriteString("rubricSha256", report.Rubric.Sha256);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <param name="hint">The rule's fix, or null where the run's hint level hides fixes.</param>
    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule, string? hint)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", IdentifierName(rule.Title));
        WriteText(json, "shortDescription", Limit(rule.Title));
        WriteText(json, "fullDescription", Limit(rule.Why));
        json.WriteStartObject("help");
        var explain = $"Run `meshgrade explain {rule.Id}` for details.";
        json.WriteString("text", hint is not null ? $"{hint}\n\nWhy: {rule.Why}\n\n{explain}" : $"{rule.Why}\n\n{explain}");
        json.WriteString("markdown", hint is not null ? $"**Fix:** {hint}\n\n**Why:** {rule.Why}\n\n{explain}" : $"{rule.Why}\n\n{explain}");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Lab is { } lab ? $"lab-{lab}" : "meshgrade");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Finding finding, int? ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        if (ruleIndex is { } index)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        WriteText(json, "message", string.IsNullOrWhiteSpace(finding.Hint) ? finding.Message : $"{finding.Message} Hint: {finding.Hint}");
        if (finding.File is { } file)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", UriPath(paths.Of(file)));
            json.WriteEndObject();
            {
                // GitHub code scanning requires a region; a finding with no line (a missing file) is put on line 1.
                var line = finding.Line ?? 1;
                var column = finding.Column ?? 1;
                var endLine = Math.Max(finding.EndLine ?? line, line);
                var endColumn = finding.EndColumn ?? column;
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteNumber("startColumn", column);
                json.WriteNumber("endLine", endLine);
                json.WriteNumber("endColumn", endLine == line ? Math.Max(endColumn, column) : endColumn);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Limit(string text) => text.Length <= MaxDescriptionLength ? text : text[..(MaxDescriptionLength - 1)] + "…";

    /// <summary>A relative URI reference: each path segment percent-encoded, '/' kept.</summary>
    private static string UriPath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>SARIF's rule name is an identifier-like string: "Duplicate key" becomes DuplicateKey.</summary>
    private static string IdentifierName(string title)
    {
        var name = new StringBuilder();
        foreach (var word in title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.Length > 0 ? name.ToString() : "Rule";
    }
}
