using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Tests.Loading;

public sealed class SourceLinesTests
{
    [Theory]
    [InlineData("a: 1\nb: 2\n", new[] { "a: 1", "b: 2", "" })]
    [InlineData("a: 1\r\nb: 2", new[] { "a: 1", "b: 2" })]
    [InlineData("a: 1\rb: 2\r\n\r\nc: 3", new[] { "a: 1", "b: 2", "", "c: 3" })]
    [InlineData("", new[] { "" })]
    [InlineData("a:\u000c1\n", new[] { "a:\u000c1", "" })]
    public void Lines_EndWhereYamlEndsThem(string text, string[] expected)
    {
        var lines = new SourceLines(text);

        Assert.Equal(expected, lines);
        Assert.Equal(expected.Length, lines.Count);
    }

    [Fact]
    public void LineBeyondTheEnd_IsAnError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceLines("a\nb")[2]);
    }

    [Theory]
    [InlineData("a: 1", 1, 5)]
    [InlineData("a: 1\n", 2, 1)]
    [InlineData("a: 1\r\nb: 22", 2, 6)]
    [InlineData("a\rbc", 2, 3)]
    public void End_IsJustAfterTheLastCharacter(string text, int line, int column)
    {
        Assert.Equal(new MeshGrader.Core.Findings.SourcePosition(line, column), new SourceLines(text).End);
    }
}
