using System.Text.Json.Nodes;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Schemas;

/// <summary>
/// What <see cref="SchemaValidator.DetailedViolations"/> adds for a translator: where the failing
/// keyword is, each branch of a failing oneOf/anyOf, and which unevaluated keys only a failure refused;
/// and the keys a schema declares for a value.
/// </summary>
public sealed class SchemaViolationDetailTests
{
    // A miniature of ODCS's servers: keys of each kind of server under a then chosen by `type`.
    private const string Servers = """
        {
          "$defs": {
            "Bag": {"Pg": {"properties": {"host": {"type": "string"}, "port": {"type": "integer"}}, "required": ["host"]}},
            "Server": {
              "type": "object",
              "properties": {"type": {"enum": ["pg", "s3"]}},
              "allOf": [
                {"if": {"properties": {"type": {"const": "pg"}}, "required": ["type"]}, "then": {"$ref": "#/$defs/Bag/Pg"}},
                {"if": {"properties": {"type": {"const": "s3"}}, "required": ["type"]}, "then": {"properties": {"location": {"type": "string"}}}}
              ],
              "unevaluatedProperties": false
            }
          },
          "$ref": "#/$defs/Server"
        }
        """;

    private static readonly SchemaValidator Validator = SchemaValidator.Compile(JsonNode.Parse(Servers));

    [Fact]
    public void FailingKeyword_NamesItsPlaceInTheSchema()
    {
        var violations = Validator.DetailedViolations(JsonNode.Parse("""{"type": "pg", "host": "h", "port": "5432"}"""));

        Assert.Contains(violations, v => v.Pointer == "/port" && v.Keyword == "type" && v.SchemaLocation == "#/$defs/Bag/Pg/properties/port/type");
    }

    [Fact]
    public void KeysOfAFailedThen_AreMarkedAsRefusedOnlyBecauseOfTheFailure()
    {
        var violations = Validator.DetailedViolations(JsonNode.Parse("""{"type": "pg", "host": "h", "port": "5432", "hots": 1}"""));

        var unevaluated = violations.Where(v => v.Keyword == "unevaluatedProperties").ToDictionary(v => v.Pointer, v => v.DeclaredByFailedSubschema);
        Assert.True(unevaluated["/host"]);
        Assert.True(unevaluated["/port"]);
        Assert.False(unevaluated["/hots"]);
        Assert.Equal(Validator.Violations(JsonNode.Parse("""{"type": "pg", "host": "h", "port": "5432", "hots": 1}""")),
            violations.Select(v => v.WithoutDetails()));
    }

    [Fact]
    public void FailingOneOf_CarriesEachBranchsViolations()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse("""
            {"oneOf": [{"type": "object", "additionalProperties": false, "properties": {"name": {}}}, {"type": "array"}]}
            """));

        var violation = Assert.Single(validator.DetailedViolations(JsonNode.Parse("""{"nmae": 1}""")));

        Assert.Equal("oneOf", violation.Keyword);
        Assert.Equal("#/oneOf", violation.SchemaLocation);
        Assert.Equal(2, violation.Branches!.Count);
        Assert.Equal([("/nmae", "additionalProperties")], violation.Branches[0].Select(v => (v.Pointer, v.Keyword)));
        Assert.Equal([("", "type")], violation.Branches[1].Select(v => (v.Pointer, v.Keyword)));
    }

    [Fact]
    public void DeclaredKeys_FollowTheThenTheValueSelects()
    {
        var postgres = Validator.Declared("#/$defs/Server", JsonNode.Parse("""{"type": "pg"}"""))!;
        var s3 = Validator.Declared("#/$defs/Server", JsonNode.Parse("""{"type": "s3"}"""))!;

        Assert.Equal(["host", "port", "type"], postgres.Applying.Order(StringComparer.Ordinal));
        Assert.Equal(["location", "type"], s3.Applying.Order(StringComparer.Ordinal));
        Assert.Equal(["host", "location", "port"], postgres.Conditional.Order(StringComparer.Ordinal));
        Assert.Equal(["type"], postgres.Discriminators);
    }
}
