using MeshGrader.Core.Findings;
using Xunit.Sdk;

namespace MeshGrader.Core.Tests.Support;

/// <summary>
/// The helper that other tests find positions with. Its own expectations are written out: they are
/// the one place where a line and column are stated by hand, on texts made for them.
/// </summary>
public sealed class TextPositionTests
{
    [Fact]
    public void TextOnTheFirstLine_CountsColumnsFromOne()
    {
        Assert.Equal(new SourcePosition(1, 1), TextPosition.Of("a: 1\n", "a"));
        Assert.Equal(new SourcePosition(1, 4), TextPosition.Of("a: 1\n", "1"));
    }

    [Fact]
    public void TextOnALaterLine_CountsTheLinesBeforeIt()
    {
        Assert.Equal(new SourcePosition(3, 5), TextPosition.Of("a:\n  b:\n    c: 1\n", "c: 1"));
    }

    [Fact]
    public void CarriageReturnLineFeed_EndsALineLikeLineFeed()
    {
        Assert.Equal(new SourcePosition(2, 6), TextPosition.Of("a:\r\n  b: 2\r\n", "2"));
    }

    [Fact]
    public void CharacterOutsideAscii_IsOneColumn()
    {
        Assert.Equal(new SourcePosition(1, 4), TextPosition.Of("é: ü\n", "ü"));
    }

    [Fact]
    public void Anchor_PicksTheFirstOccurrenceAfterIt()
    {
        const string Text = "x:\n  name: a\ny:\n  name: b\n";

        Assert.Equal(new SourcePosition(4, 3), TextPosition.Of(Text, "name", after: "y:"));
        Assert.Equal(new SourcePosition(2, 3), TextPosition.Of(Text, "name", after: "x:"));
    }

    [Fact]
    public void TextRightAfterTheAnchor_IsFound()
    {
        Assert.Equal(new SourcePosition(1, 9), TextPosition.Of("ratio: 95.5\n", "5", after: "ratio: 9"));
    }

    [Fact]
    public void TextNotFound_FailsTheTest()
    {
        var failure = Assert.Throws<FailException>(() => TextPosition.Of("a: 1\n", "b: 2"));

        Assert.Contains("'b: 2' is not in the text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOnlyBeforeTheAnchor_FailsTheTest()
    {
        var failure = Assert.Throws<FailException>(() => TextPosition.Of("a: 1\nb: 2\n", "a", after: "b:"));

        Assert.Contains("'a' is not in the text after 'b:'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatOccursTwiceWithoutAnAnchor_FailsTheTest()
    {
        var failure = Assert.Throws<FailException>(() => TextPosition.Of("a: 1\nb: 1\n", "1"));

        Assert.Contains("occurs more than once", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c:")]
    [InlineData("name:")]
    public void AnchorMissingOrTwice_FailsTheTest(string anchor)
    {
        Assert.Throws<FailException>(() => TextPosition.Of("a:\n  name: x\nb:\n  name: y\n", "x", after: anchor));
    }

    [Fact]
    public void EmptyText_IsNotSomethingToFind()
    {
        Assert.Throws<ArgumentException>(() => TextPosition.Of("a: 1\n", string.Empty));
    }

    [Theory]
    [InlineData("a: [1", 1, 6)]
    [InlineData("a:\n  b: [", 2, 7)]
    [InlineData("a: 1\n", 2, 1)]
    [InlineData("", 1, 1)]
    public void End_IsJustPastTheLastCharacter(string text, int line, int column)
    {
        Assert.Equal(new SourcePosition(line, column), TextPosition.End(text));
    }

    [Fact]
    public void InFile_ReadsTheFilesText()
    {
        using var submission = new TemporarySubmission().With("contract.yaml", "contract:\n  sla_uptime: 99.9\n");

        Assert.Equal(new SourcePosition(2, 15), TextPosition.InFile(Path.Combine(submission.Root, "contract.yaml"), "99.9"));
    }
}
