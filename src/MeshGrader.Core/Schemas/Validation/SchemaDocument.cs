using System.Text.Json.Nodes;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// The schema document being compiled: every subschema by its JSON Pointer, so a local <c>$ref</c>
/// finds the one compiled copy of its target, cycles included. A reference may point anywhere in
/// the raw document, even inside a keyword the validator ignores (ODCS keeps its server schemas in
/// a plain object under <c>$defs</c>), so targets are found on the raw JSON, not among compiled nodes.
/// </summary>
internal sealed class SchemaDocument(JsonNode? root)
{
    private readonly Dictionary<string, SchemaValidator> compiled = new(StringComparer.Ordinal);
    private readonly Queue<SchemaReference> pending = new();

    public void Register(string location, SchemaValidator schema) => compiled.TryAdd(location, schema);

    public SchemaValidator? Compiled(string location) => compiled.GetValueOrDefault(location);

    public SchemaReference Refer(string reference, string at)
    {
        var link = new SchemaReference(Normalise(reference, at));
        pending.Enqueue(link);
        return link;
    }

    /// <summary>
    /// Links every reference once the tree is built, compiling targets not reached yet; a target's own
    /// references join the queue, so the whole reachable document is compiled (and refused) up front.
    /// </summary>
    public void Link(Func<JsonNode?, string, SchemaDocument, SchemaValidator> compile)
    {
        while (pending.TryDequeue(out var link))
        {
            if (!compiled.TryGetValue(link.Pointer, out var target))
            {
                target = compile(Resolve(link.Pointer), link.Pointer, this);
                compiled.TryAdd(link.Pointer, target);
            }

            link.Target = target;
        }
    }

    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // Only same-document references: "#" or "#/json/pointer". Anchors and other documents are refused.
    private static string Normalise(string reference, string at)
    {
        if (reference != "#" && !reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new UnsupportedSchemaException(at, "$ref");
        }

        var tokens = reference[1..].Split('/').Select(t => Uri.UnescapeDataString(t));
        return "#" + string.Join("/", tokens.Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).Select(Escape));
    }

    private JsonNode? Resolve(string pointer)
    {
        var node = root;
        foreach (var escaped in pointer[1..].Split('/').Skip(1))
        {
            var token = escaped.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
                JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => throw new UnsupportedSchemaException(pointer, "$ref"),
            };
        }

        return node;
    }
}

/// <summary>A <c>$ref</c> whose target is set once the whole document is compiled.</summary>
internal sealed class SchemaReference(string pointer)
{
    public string Pointer { get; } = pointer;

    public SchemaValidator? Target { get; set; }
}
