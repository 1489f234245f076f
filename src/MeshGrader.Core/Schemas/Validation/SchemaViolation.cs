namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// One keyword a value fails: where the value is (a JSON Pointer into the instance) and which
/// keyword it breaks. A property that <c>additionalProperties</c> refuses is reported at the
/// property itself; a missing <c>required</c> key at the mapping that lacks it.
/// </summary>
/// <remarks>
/// <see cref="SchemaValidator.Violations"/> gives the pointer and keyword alone; the details below are
/// filled in by <see cref="SchemaValidator.DetailedViolations"/>, for a translator that must tell one
/// mistake from the reports it causes elsewhere in a schema with branches.
/// </remarks>
internal readonly record struct SchemaViolation(string Pointer, string Keyword)
{
    /// <summary>The failing keyword in the schema document, e.g. <c>#/$defs/Server/properties/type/enum</c>.</summary>
    public string? SchemaLocation { get; init; }

    /// <summary>For a failing <c>oneOf</c> or <c>anyOf</c>: each branch's own violations, in the schema's order.</summary>
    public IReadOnlyList<IReadOnlyList<SchemaViolation>>? Branches { get; init; }

    /// <summary>
    /// For <c>unevaluatedProperties</c>: a subschema that failed for another reason declares the key,
    /// so it is refused only because the failure dropped what that subschema evaluated.
    /// </summary>
    public bool DeclaredByFailedSubschema { get; init; }

    /// <summary>The violation without its details, as <see cref="SchemaValidator.Violations"/> reports it (a method: a property of the record's own type would make printing it endless).</summary>
    public SchemaViolation WithoutDetails() => new(Pointer, Keyword);
}
