using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>
/// The schema an editor checks an ODCS <c>contract.yaml</c> against: the official ODCS v3.1.0
/// schema, referred to as the unmodified copy written beside it, and what Lab 16 adds to it: where
/// the lab reads each of its values (as descriptions an editor shows) and the keys the lab needs
/// (<c>required</c>, <c>minItems</c>, a non-blank <c>dataProduct</c>), with only keywords the
/// grader's own validator implements. The copy keeps its provenance and licence notice beside it.
/// </summary>
internal static class OdcsEditorSchema
{
    public const string FileName = "contract-odcs.schema.json";

    /// <summary>The provenance and licence notice written beside every copy of the ODCS schema.</summary>
    public const string NoticeFileName = "odcs-json-schema-v3.1.0.NOTICE.md";

    private const string NoticeResource = "odcs/README.md";

    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The files <c>init --odcs</c> and <c>schema --odcs</c> write for the contract, by name, in the order written.</summary>
    public static IReadOnlyList<(string Name, string Text)> Files(LabDefinition lab) =>
        [(FileName, Text(lab)), (OdcsSchema.FileName, OdcsSchema.ReadText()), (NoticeFileName, Notice())];

    public static string Text(LabDefinition lab)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            Build(lab).WriteTo(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static JsonObject Build(LabDefinition lab)
    {
        var step = LabReference.Steps(lab).Single(s => s.File == OdcsStarterPlaces.LabFile && s.Section == OdcsStarterPlaces.Section);
        var section = lab.Schema(OdcsStarterPlaces.LabFile).Root.Property(OdcsStarterPlaces.Section)!;
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var entry in step.Fields)
        {
            var place = OdcsStarterPlaces.Of(entry.Key);
            var field = section.Property(entry.Key)!;
            var key = place.Pointer.Split('/')[1];
            var where = $"In an ODCS contract the lab reads it from {place.Where}.";
            var direct = place.Pointer == "/" + key;
            var node = new JsonObject
            {
                // A list only holds the value: its title says so, not that it is the value.
                ["title"] = direct ? entry.Title : $"Holds the lab's {entry.Title.ToLowerInvariant()}",
                ["description"] = $"{field.Description} {StarterText.Plain(where)}",
                ["markdownDescription"] = $"{EditorSchema.Describe(field, entry)}\n\n{where}",
            };
            if (direct)
            {
                // The value stands at the key itself: the editor can offer the lab's example and refuse a blank name.
                if (field.Example is { } example && EditorSchema.ExampleValue(example) is { } value)
                {
                    node["examples"] = new JsonArray(value);
                }

                if (field.Pattern is { } pattern)
                {
                    node["pattern"] = pattern;
                }
            }
            else
            {
                // The value stands in an entry of a list: the lab needs the list to have one.
                node["minItems"] = 1;
            }

            properties[key] = node;
            if (entry.Required)
            {
                required.Add((JsonNode)JsonValue.Create(key));
            }
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2019-09/schema",
            ["title"] = $"{lab.Schema(OdcsStarterPlaces.LabFile).Root.Title}, as an ODCS v3.1.0 data contract",
            ["description"] = $"Step {step.Step.Number}: {step.Step.Title}. The official Open Data Contract Standard v3.1.0 schema "
                + $"({OdcsSchema.FileName}, unmodified, beside this file; see {NoticeFileName}) and what the lab adds to it: "
                + "where it reads each of its values, and the keys it needs.",
            ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = OdcsSchema.FileName }),
            ["required"] = required,
            ["properties"] = properties,
        };
    }

    /// <summary>The ODCS schema's provenance and licence notice, as vendored with it.</summary>
    public static string Notice() => EmbeddedResources.ReadText(NoticeResource);
}
