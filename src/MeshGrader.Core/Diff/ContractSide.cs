using System.Text.Json.Nodes;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Diff;

/// <summary>
/// One side of a diff: the contract read, its form, and the errors that stop it being compared.
/// <see cref="Shown"/> names it in every message and location (a path, or <c>git:REF:path</c>).
/// </summary>
internal sealed class ContractSide
{
    // The lab's pass marks (quality at least 80, uptime at least 90, backward_compatible true) are
    // what step 3 grades, not the shape of a contract: a contract below them is still compared.
    private static readonly HashSet<string> LabBars = new(StringComparer.Ordinal) { "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "const" };

    private ContractSide(string shown, ContractForm form, JsonInstance? instance, IReadOnlyList<Finding> errors, ContractProjection? projection = null, JsonInstance? labValues = null)
    {
        Shown = shown;
        Form = form;
        Instance = instance;
        Errors = errors;
        Projection = projection;
        LabValues = form == ContractForm.Short ? instance : labValues;
    }

    public string Shown { get; }

    public ContractForm Form { get; }

    /// <summary>The contract as JSON with the way back to its lines; null when it could not be read.</summary>
    public JsonInstance? Instance { get; }

    /// <summary>Error findings (YAML, schema): a side with any is not compared.</summary>
    public IReadOnlyList<Finding> Errors { get; }

    public bool IsValid => Errors.Count == 0 && Instance is not null;

    public JsonNode? Value => Instance?.Value;

    /// <summary>
    /// The lab's five values as the short form holds them (<c>/contract/...</c>): the contract itself
    /// in the short form, and for ODCS the values read from their places, whose nodes are the ODCS
    /// file's own, so a span found here is a place in that file.
    /// </summary>
    public JsonInstance? LabValues { get; }

    /// <summary>For an ODCS side, where each lab value was read from.</summary>
    public ContractProjection? Projection { get; }

    /// <summary>A short-form pointer (<c>/contract/sla_uptime</c>) as a pointer into this side's own file.</summary>
    public string OwnPointer(string shortFormPointer)
    {
        if (Projection is null)
        {
            return shortFormPointer;
        }

        var field = shortFormPointer[("/" + OdcsDetection.ShortFormSection + "/").Length..];
        return Projection.ValueOf(field)?.Source ?? Projection.MissingOf(field)?.Key ?? Projection.MissingOf(field)?.Parent ?? JsonPointerText.Root;
    }

    /// <summary>Where the version is: <c>/contract/schema_version</c> or <c>/version</c>.</summary>
    public string VersionPointer => Form == ContractForm.Short ? "/contract/schema_version" : "/version";

    public string? Version => JsonPointerText.Resolve(Value, VersionPointer) is JsonValue v ? VersionText(v) : null;

    /// <summary>The side declares itself backward compatible: <c>backward_compatible: true</c>, or ODCS <c>backwardCompatible: true</c>.</summary>
    public bool DeclaresBackwardCompatible => BackwardCompatible is JsonValue v && v.TryGetValue<bool>(out var declared) && declared;

    /// <summary>The compatibility declaration's value and pointer, where the side has one.</summary>
    public (JsonNode? Value, string Pointer) BackwardCompatibility
    {
        get
        {
            if (Form == ContractForm.Short)
            {
                return (JsonPointerText.Resolve(Value, "/contract/backward_compatible"), "/contract/backward_compatible");
            }

            var entries = Value?["customProperties"] as JsonArray;
            for (var i = 0; entries is not null && i < entries.Count; i++)
            {
                if (entries[i] is JsonObject entry && entry["property"] is JsonValue name && name.TryGetValue<string>(out var text) && text == OdcsPlaces.BackwardCompatibleProperty)
                {
                    return (entry["value"], $"/customProperties/{i}/value");
                }
            }

            return (null, "/customProperties");
        }
    }

    private JsonNode? BackwardCompatible => BackwardCompatibility.Value;

    /// <summary>A contract file on disk, read through the containment of its folder.</summary>
    /// <exception cref="SubmissionFolderException">The file's folder cannot be read.</exception>
    public static ContractSide FromFile(string path, string shown)
    {
        var full = Path.GetFullPath(path);
        var files = SubmissionFiles.Open(Path.GetDirectoryName(full)!);
        var loaded = new YamlDocumentLoader(LoadLimits.Default).Load(files, Path.GetFileName(full));
        return Read(loaded with { Findings = [.. loaded.Findings.Select(f => f with { File = shown })] }, shown);
    }

    /// <summary>A contract from bytes (a file as a commit holds it).</summary>
    public static ContractSide FromBytes(byte[] bytes, string shown) =>
        Read(new YamlDocumentLoader(LoadLimits.Default).LoadBytes(bytes, shown), shown);

    /// <summary>A contract from text, as tests write it.</summary>
    public static ContractSide FromText(string text, string shown) =>
        Read(new YamlDocumentLoader(LoadLimits.Default).LoadText(text, shown), shown);

    private static ContractSide Read(LoadedDocument loaded, string shown)
    {
        var errors = loaded.Findings.Where(f => f.Severity == Severity.Error).ToList();
        if (loaded.Root is null || errors.Count > 0)
        {
            return new ContractSide(shown, ContractForm.Short, null, errors);
        }

        var (instance, problem) = new JsonInstanceBuilder(LoadLimits.Default).Build(shown, loaded.Root);
        if (instance is null)
        {
            return new ContractSide(shown, ContractForm.Short, null, [problem!]);
        }

        var form = OdcsDetection.FormOf(loaded.Root);
        if (form == ContractForm.Short)
        {
            return new ContractSide(shown, form, instance, [.. ShortFormErrors(instance, shown).Where(f => f.Severity == Severity.Error)]);
        }

        var odcsErrors = OdcsStructureCheck.Check(instance, shown).Where(f => f.Severity == Severity.Error).ToList();
        if (form == ContractForm.Mixed)
        {
            var span = instance.KeySpanOf("/" + OdcsDetection.ShortFormSection);
            odcsErrors.Add(new Finding(DiffRules.FormsMixed.Id, Severity.Error,
                $"{LearnerText.Printable(shown)} is an ODCS document (apiVersion, kind) that also holds the short form's '{OdcsDetection.ShortFormSection}:' section; a contract is written in one form.",
                "Remove the 'contract:' section and keep its values in their ODCS places, or remove the ODCS keys.", shown,
                span.Start.Line, span.Start.Column, span.End.Line, span.End.Column, "/" + OdcsDetection.ShortFormSection, null, null, DiffRules.FormsMixed.Id));
        }

        // The ODCS document passed the alias budget when it was built, which the projection's walk relies on.
        var projection = OdcsProjection.Project((SourceMapping)loaded.Root!);
        var (labValues, _) = new JsonInstanceBuilder(LoadLimits.Default).Build(shown, projection.Root);
        return new ContractSide(shown, ContractForm.Odcs, instance, odcsErrors, projection, labValues);
    }

    private static IReadOnlyList<Finding> ShortFormErrors(JsonInstance instance, string shown)
    {
        var schema = EmbeddedSchemas.Get("contract");
        // Checked as written: the normaliser would rewrite the value in place, and a diff compares what the author wrote.
        var violations = schema.Evaluate(instance.Value).Where(v => !LabBars.Contains(v.Keyword)).ToList();
        return violations.Count == 0 ? [] : new SchemaFindingTranslator(schema, instance, instance.Value, shown).Translate(violations);
    }

    private static string? VersionText(JsonValue value) =>
        value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
}
