using System.Text.Json.Nodes;
using CsCheck;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Tests.Schemas;

public sealed class SchemaValidatorTests
{
    // Every keyword of issue 15's list at one object, with cascades of annotations through them.
    private const string Composite = """
        {
          "$defs": {"tier": {"enum": ["bronze", "silver", "gold"]}},
          "type": ["object", "array", "string"],
          "allOf": [{"properties": {"name": {"type": "string"}}}],
          "anyOf": [{"required": ["name"]}, {"type": "array", "maxItems": 2, "uniqueItems": true}, {"type": "string"}],
          "oneOf": [{"properties": {"tier": {"$ref": "#/$defs/tier"}}}, {"required": ["extra"], "properties": {"extra": {"not": {"type": "null"}}}}],
          "if": {"properties": {"tier": {"const": "gold"}}, "required": ["tier"]},
          "then": {"properties": {"replicas": {"type": "integer", "minimum": 3}}},
          "else": {"properties": {"tags": {"type": "array"}}},
          "unevaluatedProperties": false
        }
        """;

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
    [InlineData("""{"$ref": "#"}""", "$ref")]
    [InlineData("""{"$defs": {"a": {"allOf": [{"$ref": "#/$defs/b"}]}, "b": {"not": {"$ref": "#/$defs/a"}}}, "$ref": "#/$defs/a"}""", "$ref")]
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

    [Theory]
    [InlineData("^[a-z]+$", "abc", true)]
    [InlineData("^[a-z]+$", "abc\n", false)]
    [InlineData("^a$|^b$", "b\n", false)]
    [InlineData("^[$]\\$$", "$$", true)]
    [InlineData("^[$]\\$$", "$$\n", false)]
    [InlineData("^[^$]+$", "x", true)]
    public void PatternEnd_IsTheEndOfTheStringAsInEcma262(string pattern, string text, bool matches)
    {
        var validator = SchemaValidator.Compile(new JsonObject { ["pattern"] = pattern });

        Assert.Equal(matches, validator.IsValid(JsonValue.Create(text)));
        Assert.Equal(matches, validator.Violations(JsonValue.Create(text)).Count == 0);
    }

    [Fact]
    public void FlagAndDetailedPasses_AlwaysAgree()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(Section));
        Values().Sample(value =>
            Assert.Equal(validator.IsValid(value), validator.Violations(value).Count == 0),
            iter: 2_000);
    }

    [Fact]
    public void FlagAndDetailedPasses_AgreeUnderApplicatorsAndUnevaluatedProperties()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse(Composite));
        var outcomes = new HashSet<bool>();
        Values().Sample(value =>
        {
            var valid = validator.IsValid(value);
            outcomes.Add(valid);
            Assert.Equal(valid, validator.Violations(value).Count == 0);
        }, iter: 2_000);

        // Both verdicts occur, so agreement is not two passes that always say the same thing.
        Assert.Equal(2, outcomes.Count);
    }

    [Fact]
    public void CyclicReference_ValidatesNestedValues()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse("""
            {"$ref": "#/$defs/node", "$defs": {"node": {"type": "object", "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}, "unevaluatedProperties": false}}}
            """));
        var good = JsonNode.Parse("""{"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}""");
        var bad = JsonNode.Parse("""{"name": "a", "children": [{"name": "b", "children": [{"name": 3, "nmae": "c"}]}]}""");

        Assert.True(validator.IsValid(good));
        Assert.Equal(
            [new SchemaViolation("/children/0/children/0/name", "type"), new SchemaViolation("/children/0/children/0/nmae", "unevaluatedProperties")],
            validator.Violations(bad));
    }

    [Fact]
    public void ReferenceWithSiblings_AppliesBothAndSharesEvaluatedProperties()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse("""
            {"$defs": {"base": {"properties": {"id": {"type": "string"}}}}, "$ref": "#/$defs/base", "required": ["id"], "properties": {"extra": {}}, "unevaluatedProperties": false}
            """));

        Assert.True(validator.IsValid(JsonNode.Parse("""{"id": "x", "extra": 1}""")));
        Assert.Equal([new SchemaViolation("", "required")], validator.Violations(JsonNode.Parse("""{"extra": 1}""")));
        Assert.Equal([new SchemaViolation("/other", "unevaluatedProperties")], validator.Violations(JsonNode.Parse("""{"id": "x", "other": 1}""")));
    }

    [Fact]
    public void ReferenceIntoAPlainObjectOfSchemas_IsResolvedOnTheRawDocument()
    {
        // ODCS keeps its server schemas in $defs/ServerSource, an object that is not itself a schema.
        var validator = SchemaValidator.Compile(JsonNode.Parse("""
            {"$defs": {"Bag": {"Postgres": {"properties": {"port": {"type": "integer"}}}}}, "properties": {"server": {"$ref": "#/$defs/Bag/Postgres"}}}
            """));

        Assert.Equal([new SchemaViolation("/server/port", "type")], validator.Violations(JsonNode.Parse("""{"server": {"port": "5432"}}""")));
    }

    [Fact]
    public void IfWithoutRequired_IsVacuouslyTrueWhenThePropertyIsAbsent()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse("""
            {"if": {"properties": {"kind": {"const": "date"}}}, "then": {"required": ["format"]}}
            """));

        Assert.False(validator.IsValid(JsonNode.Parse("{}")));
        Assert.True(validator.IsValid(JsonNode.Parse("""{"kind": "text"}""")));
        Assert.Equal([new SchemaViolation("", "required")], validator.Violations(JsonNode.Parse("""{"kind": "date"}""")));
    }

    [Fact]
    public void FailedBranch_DropsItsEvaluatedProperties()
    {
        var validator = SchemaValidator.Compile(JsonNode.Parse("""
            {"anyOf": [{"properties": {"a": {"type": "string"}}}, {"properties": {"b": true}}], "unevaluatedProperties": false}
            """));

        Assert.True(validator.IsValid(JsonNode.Parse("""{"a": "x", "b": 1}""")));
        Assert.Equal([new SchemaViolation("/a", "unevaluatedProperties")], validator.Violations(JsonNode.Parse("""{"a": 1, "b": 1}""")));
    }

    private static Gen<JsonNode?> Values()
    {
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

        return Gen.OneOf(mapping, list, scalar);
    }
}
