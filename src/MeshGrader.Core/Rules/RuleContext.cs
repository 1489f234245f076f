using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Rules;

/// <summary>One lab file after loading, normalising and schema validation.</summary>
internal sealed record GradedFile(string Name, string RelativePath, LabFileSchema Schema, JsonInstance? Source, JsonNode? Value)
{
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>For a contract written as ODCS: the document, and where each graded value was read in it.</summary>
    public Schemas.Odcs.OdcsSource? Odcs { get; init; }

    public bool IsUsable => Source is not null;
}

/// <summary>What a semantic rule sees: the lab's files and the findings so far.</summary>
internal sealed class RuleContext(IReadOnlyDictionary<string, GradedFile> files, IReadOnlyList<Finding> findingsSoFar)
{
    public GradedFile? File(string name) => files.TryGetValue(name, out var file) && file.IsUsable ? file : null;

    /// <summary>The normalised value at a pointer, or null when the file or the value is absent.</summary>
    public JsonNode? Value(string file, string pointer) => JsonPointerText.Resolve(File(file)?.Value, pointer);

    public string? Text(string file, string pointer) =>
        Value(file, pointer) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public decimal? Number(string file, string pointer) =>
        Value(file, pointer) is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

    public IReadOnlyList<string> Items(string file, string pointer) =>
        Value(file, pointer) is JsonArray array ? array.Select(i => i?.ToString() ?? string.Empty).ToArray() : [];

    /// <summary>The choices a field holds: a list's items, or a single choice as one item; none for anything else.</summary>
    public IReadOnlyList<string> Choices(string file, string pointer) =>
        Value(file, pointer) is JsonArray
            ? Items(file, pointer)
            : Text(file, pointer) is { } single ? [single] : [];

    /// <summary>True when an earlier error already explains this value: a rule stays silent there, so one mistake gives one finding.</summary>
    public bool HasError(string file, string pointer)
    {
        var relative = File(file)?.RelativePath;
        return findingsSoFar.Any(f => f.Severity == Severity.Error && f.File == relative && f.Path is { } p
            && (p == pointer || IsBelow(pointer, p) || IsBelow(p, pointer)));
    }

    private static bool IsBelow(string pointer, string ancestor) =>
        pointer.Length > ancestor.Length && pointer[ancestor.Length] == '/' && pointer.StartsWith(ancestor, StringComparison.Ordinal);

    /// <summary>A finding on the value at a pointer (or the mapping that should hold it).</summary>
    public Finding At(RuleDescriptor rule, string file, string pointer, string message, string? hint = null, string? check = null)
    {
        var graded = File(file) ?? throw new InvalidOperationException($"{file} is not loaded.");
        return FindingFactory.At(rule, graded.RelativePath, graded.Source!.SpanOf(pointer), pointer, message, hint, check);
    }

    /// <summary>A finding that reports under a schema field's rule id (the field's own scored check).</summary>
    public Finding AtField(string ruleId, string file, string pointer, string message, string? hint)
    {
        var graded = File(file) ?? throw new InvalidOperationException($"{file} is not loaded.");
        return FindingFactory.FieldError(ruleId, graded.RelativePath, graded.Source!.SpanOf(pointer), pointer, message, hint);
    }
}
