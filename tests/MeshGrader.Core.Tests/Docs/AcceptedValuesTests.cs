using System.Text.Json.Nodes;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Tests.Docs;

public sealed class AcceptedValuesTests
{
    [Theory]
    [InlineData("""{"const": true}""", "must be `true`")]
    [InlineData("""{"enum": ["a", "b"], "x-aliases": {"aa": "a"}}""", "`a` | `b`; alias `aa` → `a`")]
    [InlineData("""{"type": "number", "exclusiveMinimum": 0, "maximum": 1}""", "a number, 0 < x ≤ 1")]
    [InlineData("""{"type": "integer", "minimum": 1}""", "a whole number, at least 1")]
    [InlineData("""{"type": "number", "exclusiveMaximum": 5}""", "a number, below 5")]
    [InlineData("""{"type": "number"}""", "a number")]
    [InlineData("""{"type": "array", "minItems": 1, "items": {"enum": ["x", "y"]}}""", "a list of at least 1 of `x`, `y`")]
    [InlineData("""{"type": "array", "minItems": 2, "items": {"type": "string"}}""", "a list of at least 2 non-blank items")]
    [InlineData("""{"type": "string", "pattern": "\\S", "x-example": "abc"}""", "non-blank text, e.g. `abc`")]
    [InlineData("""{"type": "string", "pattern": "^[a-z]+$", "x-pattern-name": "lowercase"}""", "lowercase text")]
    public void FieldSchema_IsDescribedFromItsKeywords(string schema, string expected)
    {
        Assert.Equal(expected, AcceptedValues.Describe(new FieldSchema(JsonNode.Parse(schema)!.AsObject()), ownCheck: null));
    }

    [Fact]
    public void ListThatMustHoldEveryChoice_IsDescribedByItsCheck()
    {
        var field = new FieldSchema(JsonNode.Parse("""{"type": "array", "items": {"enum": ["x", "y"]}}""")!.AsObject());

        var accepted = AcceptedValues.Describe(field, new AllOfCheck("T-101", "t", "/s/f"));

        Assert.StartsWith("all of `x`, `y`", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public void VersionField_IsDescribedByItsCheck()
    {
        var field = new FieldSchema(JsonNode.Parse("""{"type": "string"}""")!.AsObject());

        Assert.StartsWith("a SemVer 2.0.0 version", AcceptedValues.Describe(field, new SemVerCheck("T-101", "t", "/s/f")), StringComparison.Ordinal);
    }
}
