using System.Text.Json.Nodes;
using MeshGrader.Core.Schemas.Validation;
using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>The official ODCS v3.1.0 JSON Schema, embedded unmodified and compiled on first use.</summary>
/// <remarks>
/// The schema is 86 KB; a run that sees no ODCS contract never pays for compiling it.
/// </remarks>
internal static class OdcsSchema
{
    public const string ResourceName = "odcs/odcs-json-schema-v3.1.0.json";

    /// <summary>The file name the schema is published under, used when it is written out for editors.</summary>
    public const string FileName = "odcs-json-schema-v3.1.0.json";

    /// <summary>The standard's version, as an ODCS contract's <c>apiVersion</c> names it.</summary>
    public const string Version = "v3.1.0";

    private static readonly Lazy<JsonNode> Document = new(() =>
        JsonNode.Parse(ReadText()) ?? throw new InvalidOperationException("The embedded ODCS schema is empty."));

    private static readonly Lazy<SchemaValidator> Compiled = new(() => SchemaValidator.Compile(Document.Value));

    /// <summary>The schema as parsed JSON; callers must not change it.</summary>
    public static JsonNode Json => Document.Value;

    public static SchemaValidator Validator => Compiled.Value;

    public static string ReadText() => EmbeddedResources.ReadText(ResourceName);
}
