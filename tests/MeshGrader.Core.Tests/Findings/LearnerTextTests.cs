using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Tests.Findings;

public sealed class LearnerTextTests
{
    [Theory]
    [InlineData("a\u001b[31mb", "a\\u001B[31mb")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("csi\u009b2J", "csi\\u009B2J")]
    [InlineData("del\u007f", "del\\u007F")]
    [InlineData("admin\u202E\u2066txt.exe", "admin\\u202E\\u2066txt.exe")]
    [InlineData("\u200E\u200F\u061C\u2069", "\\u200E\\u200F\\u061C\\u2069")]
    [InlineData("line\nbreak\r", "line\\nbreak\\r")]
    public void UnsafeCharacters_BecomeVisibleEscapes(string text, string expected)
    {
        Assert.Equal(expected, LearnerText.Printable(text));
    }

    [Theory]
    [InlineData("::add-mask::secret", ":\\:add-mask::secret")]
    [InlineData("  ::stop-commands::token", "  :\\:stop-commands::token")]
    [InlineData("value ::not-at-start::", "value ::not-at-start::")]
    [InlineData("\u00A0::error::x", "\u00A0:\\:error::x")]
    [InlineData("\u2003::set-output name=a::b", "\u2003:\\:set-output name=a::b")]
    [InlineData("x ##[set-output name=a]b", "x ##\\[set-output name=a]b")]
    [InlineData("##[command]rm", "##\\[command]rm")]
    [InlineData("x ##vso[task.setvariable variable=a]b", "x ##vso\\[task.setvariable variable=a]b")]
    [InlineData("x ##VSO[task.setvariable]", "x ##VSO\\[task.setvariable]")]
    [InlineData("list [a, b] and # [c]", "list [a, b] and # [c]")]
    public void RunnerCommands_AreNeutralised(string text, string expected)
    {
        Assert.Equal(expected, LearnerText.Printable(text));
    }

    [Fact]
    public void CommandAfterAnEscapedLineBreak_StaysOnTheLineItWasOn()
    {
        Assert.Equal("'\\n::add-mask::x'", LearnerText.Printable("'\n::add-mask::x'"));
    }

    [Fact]
    public void Lines_KeepLineBreaksAndNeutraliseEachLine()
    {
        Assert.Equal("first\n:\\:error::forged\n\tat ##\\[x]", LearnerText.Lines("first\n::error::forged\n\tat ##[x]"));
    }

    [Fact]
    public void SourceLine_KeepsTabsForCaretAlignment()
    {
        Assert.Equal("\tname: a\\u001B]8;;", LearnerText.SourceLine("\tname: a\u001b]8;;"));
    }

    [Fact]
    public void LongText_IsCut()
    {
        var printable = LearnerText.Printable(new string('x', 10_000));

        Assert.Equal(LearnerText.MaxLength + 1, printable.Length);
        Assert.EndsWith("…", printable, StringComparison.Ordinal);
    }
}
