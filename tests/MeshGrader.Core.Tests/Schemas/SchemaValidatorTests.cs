using System.Text.Json.Nodes;
using CsCheck;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Schemas;

public sealed class SchemaValidatorTests
{
    private const string Section = """
        {
          "type": "object",
          "required": ["name", "tier"],
          "additionalProperties": false,
          "properties": {
            "name": { "type": "string", "pattern": "\\S" },
            "tier": { "enum": ["bronze", "silver"] },
            "replicas": { "type": "integer", "minimum": 1, "maximum": 5 },
            "tags": { "type": "array", "minItems": 1, "items": { "type": "string" } },
            "a/b~c": { "const": true }
          }
        }
        """;

    [Fact]
    public void EveryFailure_IsReportedAtTheValueWithItsKeyword()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(Section));
        var value = JsonNode.Parse("""{"name": " ", "replicas": 9, "tags": ["x", 3], "extra": 1, "a/b~c": false}""");

        var violations = validator.Violations(value);

        Assert.Equal(
            [
                new SchemaViolation("", "required"),
                new SchemaViolation("/name", "pattern"),
                new SchemaViolation("/replicas", "maximum"),
                new SchemaViolation("/tags/1", "type"),
                new SchemaViolation("/extra", "additionalProperties"),
                new SchemaViolation("/a~1b~0c", "const"),
            ],
            violations);
        Assert.False(validator.IsValid(value));
    }

    [Fact]
    public void WrongType_ReportsTheTypeAloneAndNothingBeneathIt()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(Section));

        Assert.Equal([new SchemaViolation("", "type")], validator.Violations(JsonNode.Parse("[1, 2]")));
    }

    [Fact]
    public void ValidValue_HasNoViolations()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(Section));
        var value = JsonNode.Parse("""{"name": "orders", "tier": "silver", "replicas": 2.0, "tags": ["pii"]}""");

        Assert.True(validator.IsValid(value));
        Assert.Empty(validator.Violations(value));
    }

    [Theory]
    [InlineData("""{"patternProperties": {"^a": {"type": "string"}}}""", "patternProperties")]
    [InlineData("""{"properties": {"a": {"$ref": "#/$defs/x"}}}""", "$ref")]
    [InlineData("""{"properties": {"a": {"$ref": "other.json#/x"}}}""", "$ref")]
    [InlineData("""{"$defs": {"a": {"$anchor": "a"}}, "$ref": "#a"}""", "$anchor")]
    [InlineData("""{"items": {"multipleOf": 2}}""", "multipleOf")]
    [InlineData("""{"type": "text"}""", "type")]
    public void SchemaWithAnUnimplementedKeyword_IsRefusedWhenCompiled(string schema, string keyword)
    {
        var refused = Assert.Throws<UnsupportedSchemaException>(() => SchemaValidator.Compile(JsonNode.Parse(schema)));

        Assert.Equal(keyword, refused.Keyword);
    }

    [Fact]
    public void LabSchemaWithAnUnimplementedKeyword_CannotBeLoaded()
    {
        Assert.Throws<UnsupportedSchemaException>(() => LabFileSchema.Load("domain", """{"type": "object", "patternProperties": {"^a": {}}}"""));
    }

    [Fact]
    public void PatternThatBacktracksForever_FailsInsteadOfHanging()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse("""{"pattern": "^(a+)+$"}"""));

        Assert.False(validator.IsValid(JsonValue.Create(new string('a', 5_000) + "!")));
    }

    [Fact]
    public void FlagAndDetailedPasses_AlwaysAgree()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(Section));
        var scalar = Gen.OneOf(
            Gen.Const(() => (JsonNode?)null),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Int[-3, 8].Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Double[-3, 8].Select(d => (JsonNode?)JsonValue.Create(d)),
            Gen.OneOf("", " ", "bronze", "silver", "gold", "x").Select(s => (JsonNode?)JsonValue.Create(s)));
        var list = scalar.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items));
        var key = Gen.OneOf("name", "tier", "replicas", "tags", "a/b~c", "extra");
        var mapping = Gen.Select(key, Gen.OneOf(scalar, list), (name, value) => (Name: name, Value: value)).Array[0, 6]
            .Select(entries =>
            {
                var obj = new JsonObject();
                foreach (var (name, value) in entries)
                {
                    obj[name] = value?.DeepClone();
                }

                return (JsonNode?)obj;
            });

        Gen.OneOf(mapping, list, scalar).Sample(value =>
            Assert.Equal(validator.IsValid(value), validator.Violations(value).Count == 0),
            iter: 2_000);
    }
}
