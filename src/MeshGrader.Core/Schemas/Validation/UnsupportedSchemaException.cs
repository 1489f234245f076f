namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// A schema uses a keyword the validator does not implement. Raised when a schema is compiled, so
/// a lab can never ship a rule that would silently go unchecked.
/// </summary>
internal sealed class UnsupportedSchemaException(string location, string keyword)
    : Exception($"The schema keyword '{keyword}' at {location} is not supported.")
{
    public string Location { get; } = location;

    public string Keyword { get; } = keyword;
}
