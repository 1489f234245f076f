using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using YamlDotNet.Core;

namespace MeshGrader.Core.Tests.Loading;

public sealed class ScalarResolverTests
{
    private static SourceScalar Plain(string text, string? tag = null) => new(SourceSpan.FileStart, text, ScalarStyle.Plain, tag);

    [Theory]
    [InlineData("true", "Boolean")]
    [InlineData("True", "Boolean")]
    [InlineData("FALSE", "Boolean")]
    [InlineData("yes", "String")]
    [InlineData("on", "String")]
    [InlineData("off", "String")]
    [InlineData("y", "String")]
    [InlineData("~", "Null")]
    [InlineData("null", "Null")]
    [InlineData("", "Null")]
    [InlineData("95", "Integer")]
    [InlineData("-7", "Integer")]
    [InlineData("0o17", "Integer")]
    [InlineData("0x1F", "Integer")]
    [InlineData("1.10", "Float")]
    [InlineData("1e3", "Float")]
    [InlineData(".inf", "Float")]
    [InlineData(".NaN", "Float")]
    [InlineData("1.0.0", "String")]
    [InlineData("1:20", "String")]
    [InlineData("١٢", "String")]
    [InlineData("95%", "String")]
    public void PlainScalar_FollowsYaml12CoreSchema(string text, string expected)
    {
        Assert.Equal(expected, ScalarResolver.Resolve(Plain(text)).Kind.ToString());
    }

    [Theory]
    [InlineData(ScalarStyle.SingleQuoted)]
    [InlineData(ScalarStyle.DoubleQuoted)]
    [InlineData(ScalarStyle.Literal)]
    [InlineData(ScalarStyle.Folded)]
    public void QuotedOrBlockScalar_IsAlwaysText(ScalarStyle style)
    {
        Assert.Equal(ScalarKind.String, ScalarResolver.Resolve(new SourceScalar(SourceSpan.FileStart, "95", style, null)).Kind);
    }

    [Fact]
    public void StrTag_KeepsNumberAsText()
    {
        Assert.Equal(ScalarKind.String, ScalarResolver.Resolve(Plain("1.10", "tag:yaml.org,2002:str")).Kind);
    }

    [Fact]
    public void DecimalValue_IsExact()
    {
        Assert.Equal(99.9m, ScalarResolver.Resolve(Plain("99.9")).Decimal);
    }

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("On", "true")]
    [InlineData("NO", "false")]
    [InlineData("true", null)]
    [InlineData("maybe", null)]
    public void Yaml11Reading_NamesWhatOlderToolsWouldRead(string text, string? expected)
    {
        Assert.Equal(expected, ScalarResolver.Yaml11Reading(Plain(text)));
    }
}
