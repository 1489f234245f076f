using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Rules.Semantic;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>A value the ODCS starter leaves for the learner: its key, where it is, and the example its comment gives.</summary>
/// <param name="Pointer">The value's JSON Pointer in the starter.</param>
/// <param name="Place">The lab value it holds, or null for a key only ODCS asks for.</param>
internal sealed record OdcsBlank(string Key, string Pointer, string Example, OdcsStarterPlace? Place);

/// <summary>
/// Lab 16's <c>contract.yaml</c> as an ODCS v3.1.0 data contract for <c>init --odcs</c>: the keys
/// ODCS requires and one place for each of the lab's values, each under a comment. A lab value's
/// comment is the short form's (its title, rule, meaning, accepted values and tip, from the contract
/// schema) and says where the lab reads it; a key only ODCS asks for carries the ODCS schema's own
/// description. Values the learner decides are left empty.
/// </summary>
internal static class OdcsStarter
{
    /// <summary>The modeline that points the YAML language server at the lab's ODCS schema.</summary>
    public static string Modeline { get; } = $"# yaml-language-server: $schema={StarterText.SchemaFolder}/{OdcsEditorSchema.FileName}";

    public static string Text(LabDefinition lab) => new Writer(lab).Write().Text.ToString();

    /// <summary>The values left empty, in the order they stand in the file.</summary>
    public static IReadOnlyList<OdcsBlank> Blanks(LabDefinition lab) => new Writer(lab).Write().Blanks;

    private sealed class Writer(LabDefinition lab)
    {
        private readonly StepEntry step = LabReference.Steps(lab).Single(s => s.File == OdcsStarterPlaces.LabFile && s.Section == OdcsStarterPlaces.Section);
        private readonly FieldSchema section = lab.Schema(OdcsStarterPlaces.LabFile).Root.Property(OdcsStarterPlaces.Section)!;

        public StringBuilder Text { get; } = new();

        public List<OdcsBlank> Blanks { get; } = [];

        public Writer Write()
        {
            var product = lab.Schema("domain").SubschemaFor(ContractProductRule.DomainProductPointer)?.Example ?? "my_data_product";
            Text.Append(Modeline).Append('\n');
            Comment(string.Empty, $"{lab.Schema(OdcsStarterPlaces.LabFile).Root.Title}, as an Open Data Contract Standard (ODCS) v3.1.0 data contract.");
            Comment(string.Empty, StarterText.Instructions(lab));
            Comment(string.Empty, "The lab reads its values from the places the comments name and checks the whole file against the official "
                + "ODCS v3.1.0 schema; ODCS has many more keys (servers, team, support, ...): https://bitol-io.github.io/open-data-contract-standard/");
            Text.Append('\n');
            Comment(string.Empty, $"Step {step.Step.Number}: {step.Step.Title}. {section.Description}");

            Fixed(string.Empty, "apiVersion", "v3.1.0", "#/properties/apiVersion");
            Fixed(string.Empty, "kind", "DataContract", "#/properties/kind");
            OdcsOnly(string.Empty, "id", "/id", "#/properties/id", $"{product}_contract");
            OdcsOnly(string.Empty, "status", "/status", "#/properties/status", null);
            LabValue(string.Empty, "version", "schema_version", null);
            LabValue(string.Empty, "dataProduct", "product", product);

            Fixed(string.Empty, "schema", null, "#/properties/schema", "The lab reads the quality threshold from a quality rule of one of them.");
            OdcsOnly("  - ", "name", "/schema/0/name", "#/$defs/SchemaElement/properties/name", product, "#/$defs/SchemaObject");
            Fixed("    ", "quality", null, "#/$defs/DataQualityChecks");
            Fixed("      - ", "metric", OdcsStarterPlaces.QualityMetrics[0], "#/$defs/DataQualityLibrary/properties/metric",
                $"The lab reads a rule whose metric is one of {string.Join(", ", OdcsStarterPlaces.QualityMetrics)}.");
            Fixed("        ", "unit", "percent", "#/$defs/DataQuality/properties/unit", "The lab reads percent.");
            LabValue("        ", "mustBeLessOrEqualTo", "quality_threshold", null);

            Fixed(string.Empty, "slaProperties", null, "#/properties/slaProperties");
            Fixed("  - ", "property", "availability", "#/$defs/ServiceLevelAgreementProperty/properties/property",
                "The lab reads the entry whose property is availability, in percent.");
            Fixed("    ", "unit", "percent", "#/$defs/ServiceLevelAgreementProperty/properties/unit");
            LabValue("    ", "value", "sla_uptime", null);

            Fixed(string.Empty, "customProperties", null, "#/$defs/CustomProperties");
            Fixed("  - ", "property", "backwardCompatible", "#/$defs/CustomProperty/properties/property",
                "The lab reads the entry whose property is backwardCompatible.");
            LabValue("    ", "value", "backward_compatible", null);
            return this;
        }

        // A key whose value the lab or ODCS fixes: the ODCS schema's description of it, and the lab's note.
        private void Fixed(string indent, string key, string? value, string odcsPointer, string? note = null)
        {
            var required = indent.Length == 0 && value is not null && Required("#", key) ? "ODCS requires it; keep it as it is." : null;
            Comment(Indent(indent), Join(Join(OdcsDescription(odcsPointer), required), note));
            Text.Append(indent).Append(key).Append(':').Append(value is null ? string.Empty : " " + value).Append('\n');
        }

        // A key only ODCS asks for: its ODCS description and examples; the lab does not check its value.
        private void OdcsOnly(string indent, string key, string pointer, string odcsPointer, string? example, string? requiredBy = null)
        {
            var required = Required(requiredBy ?? "#", key) ? "ODCS requires it; the lab does not check it." : "The lab does not check it.";
            var examples = Odcs(odcsPointer)?["examples"] is JsonArray list ? list.Select(e => e!.ToString()).ToArray() : [];
            Comment(Indent(indent), Join(OdcsDescription(odcsPointer), required));
            Comment(Indent(indent), examples.Length > 0 ? $"Examples: {string.Join(", ", examples)}." : $"Example: {example}");
            Text.Append(indent).Append(key).Append(":\n");
            Blanks.Add(new OdcsBlank(key, pointer, examples.Length > 0 ? examples[0] : example!, null));
        }

        // A lab value: the short form's comment, and where the lab reads it in an ODCS contract.
        private void LabValue(string indent, string key, string field, string? example)
        {
            var place = OdcsStarterPlaces.Of(field);
            var entry = step.Fields.Single(f => f.Key == field);
            var schema = section.Property(field)!;
            var at = Indent(indent);
            StarterText.Heading(Text, at, entry, schema);
            string? shown;
            if (place.Complement)
            {
                var minimum = schema.NumericBound("minimum") ?? 0m;
                var maximum = schema.NumericBound("maximum") ?? 100m;
                Comment(at, $"Accepts: 100 minus the {entry.Title.ToLowerInvariant()}, which is {StarterText.Plain(entry.Accepted)}; "
                    + $"so a number from {Number(100m - maximum)} to {Number(100m - minimum)}.");
                example = schema.Example is { } threshold ? Number(100m - decimal.Parse(threshold, CultureInfo.InvariantCulture)) : null;
                shown = example is null ? null : $"{example} (for a {entry.Title.ToLowerInvariant()} of {schema.Example})";
            }
            else
            {
                Comment(at, $"Accepts: {StarterText.Plain(entry.Accepted)}.");
                example ??= schema.Example ?? schema.Const;
                // As in the short form: no example where the accepted values already show it.
                shown = example is null || schema.Const is not null || entry.Accepted.Contains(LabReference.Code(example), StringComparison.Ordinal) ? null : example;
            }

            if (shown is not null)
            {
                Comment(at, $"Example: {shown}");
            }

            StarterText.Tip(Text, at, schema);
            Comment(at, $"The lab reads it from {StarterText.Plain(place.Where)}; the short form's {OdcsStarterPlaces.Section}.{field}.");
            Text.Append(indent).Append(key).Append(":\n");
            Blanks.Add(new OdcsBlank(key, place.Pointer, example ?? throw new InvalidOperationException($"{field} has no example to fill it from."), place));
        }

        private void Comment(string indent, string comment) => StarterText.Comment(Text, indent, comment);

        // A comment stands at the key's column: under "  - " that is the dash's.
        private static string Indent(string prefix) => prefix.Replace("- ", string.Empty, StringComparison.Ordinal);

        private static string Join(string? first, string? second) => string.Join(" ", new[] { first, second }.Where(s => !string.IsNullOrWhiteSpace(s)));

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The ODCS schema's description at a pointer (e.g. <c>#/properties/id</c>), with its Markdown marks dropped.</summary>
    internal static string? OdcsDescription(string pointer) =>
        Odcs(pointer)?["description"] is JsonValue description ? StarterText.Plain((string)description!).Replace("**", string.Empty, StringComparison.Ordinal) : null;

    internal static JsonObject? Odcs(string pointer)
    {
        JsonNode? node = OdcsSchema.Json;
        foreach (var token in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out var child) ? child : null;
        }

        return node as JsonObject;
    }

    private static bool Required(string objectPointer, string key) =>
        Odcs(objectPointer)?["required"] is JsonArray required && required.Any(r => (string?)r == key);
}
