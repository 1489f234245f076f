namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// One keyword a value fails: where the value is (a JSON Pointer into the instance) and which
/// keyword it breaks. A property that <c>additionalProperties</c> refuses is reported at the
/// property itself; a missing <c>required</c> key at the mapping that lacks it.
/// </summary>
internal readonly record struct SchemaViolation(string Pointer, string Keyword);
