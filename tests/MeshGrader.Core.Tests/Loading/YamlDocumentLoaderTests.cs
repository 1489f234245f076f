using System.Text;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Loading;

public sealed class YamlDocumentLoaderTests
{
    private readonly YamlDocumentLoader loader = new(LoadLimits.Default);

    [Fact]
    public void ValidMapping_GivesPositionedTree()
    {
        const string Text = "contract:\n  quality_threshold: 95\n";
        var document = loader.LoadText(Text, "contract.yaml");

        Assert.True(document.IsUsable);
        Assert.Empty(document.Findings);
        var root = Assert.IsType<SourceMapping>(document.Root);
        var contract = Assert.IsType<SourceMapping>(root.Entries[0].Value);
        var value = Assert.IsType<SourceScalar>(contract.Entries[0].Value);
        Assert.Equal(TextPosition.Of(Text, "95"), value.Span.Start);
        Assert.Equal(TextPosition.Of(Text, "quality_threshold"), contract.Entries[0].Key.Span.Start);
    }

    [Fact]
    public void SyntaxError_IsLocatedFindingNotException()
    {
        // A stray '-' has no one clear reading, so nothing is read past it.
        const string Text = "contract:\n  a: 1\n  - b: 2\n";
        var document = loader.LoadText(Text, "contract.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        Assert.Equal(TextPosition.Of(Text, "b: 2").Line, finding.Line);
        Assert.StartsWith("YAML syntax error", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFlowSequence_IsLocatedFinding()
    {
        const string Text = "domain:\n  data_sources: [crm, erp\n  owner_team: x\n";
        var document = loader.LoadText(Text, "domain.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        Assert.NotNull(finding.Line);
        // Somewhere from the sequence's opening bracket on, not at the top of the file.
        Assert.True(finding.Line >= TextPosition.Of(Text, "[crm").Line);
    }

    [Fact]
    public void FlowSequenceThatMakesTheParserThrowWithoutPosition_IsLocatedAtTheScanner()
    {
        // YamlDotNet 18.1.0 throws a bare InvalidOperationException for this input.
        const string Text = "- [a\n- b";
        var document = loader.LoadText(Text, "domain.yaml");

        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        var scanner = TextPosition.Of(Text, "- b");
        Assert.Equal((scanner.Line, scanner.Column), (finding.Line, finding.Column));
        Assert.Contains("flow collection", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: [1, 2")]
    [InlineData("a: {b: 1")]
    [InlineData("a: [1, {b: ]")]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("a: &x\n  b: *y\n")]
    [InlineData("? [a]\n: 1\n")]
    [InlineData("a: b: c")]
    [InlineData("- a\nb: c")]
    [InlineData("\"unterminated")]
    [InlineData("a: 'x\n")]
    [InlineData("%YAML 9.9\n---\na: 1\n")]
    [InlineData("a: !!binary ===\n")]
    [InlineData("a:\n\t- b\n")]
    public void MalformedYaml_NeverThrows_AndExplainsWhere(string text)
    {
        var document = loader.LoadText(text, "domain.yaml");

        if (!document.IsUsable)
        {
            Assert.NotEmpty(document.Findings);
            Assert.All(document.Findings, f => Assert.NotNull(f.Line));
        }
    }

    [Fact]
    public void DuplicateKey_ReportsBothPlaces_AndKeepsTheRest()
    {
        const string Text = "contract:\n  sla_uptime: 99.9\n  quality_threshold: 95\n  sla_uptime: 99\n";
        var document = loader.LoadText(Text, "contract.yaml");

        Assert.True(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.DuplicateKey.Id, finding.Rule);
        var first = TextPosition.Of(Text, "sla_uptime", after: "contract:");
        var second = TextPosition.Of(Text, "sla_uptime", after: "quality_threshold");
        Assert.Equal((second.Line, second.Column), (finding.Line, finding.Column));
        Assert.Contains($"first at line {first.Line}, column {first.Column}", finding.Message, StringComparison.Ordinal);
        Assert.Equal("/contract/sla_uptime", finding.Path);
        var contract = Assert.IsType<SourceMapping>(Assert.IsType<SourceMapping>(document.Root).Entries[0].Value);
        Assert.Equal(2, contract.Entries.Count);
    }

    [Fact]
    public void SecondDocument_IsFinding()
    {
        const string Text = "contract:\n  a: 1\n---\nother: 2\n";
        var document = loader.LoadText(Text, "contract.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.MultipleDocuments.Id, finding.Rule);
        Assert.Equal(TextPosition.Of(Text, "---").Line, finding.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("~\n")]
    public void EmptyFile_IsFinding(string text)
    {
        var document = loader.LoadText(text, "contract.yaml");

        Assert.False(document.IsUsable);
        Assert.Equal(CoreRules.EmptyFile.Id, Assert.Single(document.Findings).Rule);
    }

    [Fact]
    public void InvalidUtf8_IsLocatedFinding()
    {
        const string Valid = "contract:\n  product: caf";
        var bytes = Encoding.UTF8.GetBytes(Valid).Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var document = loader.LoadBytes(bytes, "contract.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.UnreadableFile.Id, finding.Rule);
        // The bad byte comes right after the valid text.
        var bad = TextPosition.End(Valid);
        Assert.Equal((bad.Line, bad.Column), (finding.Line, finding.Column));
        Assert.Contains("not valid UTF-8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16File_IsFinding()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("contract:\n  a: 1\n")).ToArray();

        var document = loader.LoadBytes(bytes, "contract.yaml");

        Assert.Contains("UTF-16", Assert.Single(document.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8Bom_IsNotPartOfFirstKey()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("contract:\n  a: 1\n")).ToArray();

        var document = loader.LoadBytes(bytes, "contract.yaml");

        var root = Assert.IsType<SourceMapping>(document.Root);
        Assert.Equal("contract", root.Entries[0].Key.Text);
    }

    [Fact]
    public void HundredThousandNestedLevels_StopAtDepthLimitWithoutCrashing()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var document = loader.LoadText(text, "domain.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.LimitExceeded.Id, finding.Rule);
        Assert.Contains("nests more than 32 levels", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepBlockNesting_StopsAtDepthLimit()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            text.Append(new string(' ', i * 2)).Append("k").Append(i).Append(":\n");
        }

        var document = loader.LoadText(text.ToString(), "domain.yaml");

        Assert.Equal(CoreRules.LimitExceeded.Id, Assert.Single(document.Findings).Rule);
    }

    [Fact]
    public void AliasToEnclosingNode_IsFindingNotInfiniteLoop()
    {
        var document = loader.LoadText("a: &x\n  b: *x\n", "domain.yaml");

        Assert.False(document.IsUsable);
        Assert.Contains(document.Findings, f => f.Rule == CoreRules.LimitExceeded.Id || f.Rule == CoreRules.YamlSyntax.Id);
    }

    [Fact]
    public void UnknownAlias_IsFinding()
    {
        const string Text = "a: *nowhere\n";
        var document = loader.LoadText(Text, "domain.yaml");

        Assert.False(document.IsUsable);
        Assert.Equal(TextPosition.Of(Text, "*nowhere").Line, Assert.Single(document.Findings).Line);
    }

    [Fact]
    public void FileLargerThanLimit_IsFinding()
    {
        using var submission = new TemporarySubmission().With("domain.yaml", "a: " + new string('x', 2 * 1024 * 1024));

        var document = new YamlDocumentLoader(LoadLimits.Default).Load(SubmissionFiles.Open(submission.Root), "domain.yaml");

        Assert.Equal(CoreRules.LimitExceeded.Id, Assert.Single(document.Findings).Rule);
    }

    [Fact]
    public void FolderInsteadOfFile_IsFinding()
    {
        using var submission = new TemporarySubmission();
        Directory.CreateDirectory(Path.Combine(submission.Root, "domain.yaml"));

        var document = loader.Load(SubmissionFiles.Open(submission.Root), "domain.yaml");

        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.UnreadableFile.Id, finding.Rule);
        Assert.Contains("is a folder", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplexKey_IsFinding()
    {
        var document = loader.LoadText("? [a, b]\n: 1\n", "domain.yaml");

        Assert.False(document.IsUsable);
        Assert.Contains("key must be plain text", Assert.Single(document.Findings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contract: [a")]
    [InlineData("contract:\n  product: [")]
    [InlineData("contract: {product: x")]
    public void UnclosedCollectionWithoutFinalNewline_IsLocatedOnTheLastLine(string text)
    {
        var finding = Assert.Single(loader.LoadText(text, "contract.yaml").Findings);

        var end = TextPosition.End(text);
        Assert.Equal((end.Line, end.Column), (finding.Line, finding.Column));
        Assert.Equal((end.Line, end.Column), (finding.EndLine, finding.EndColumn));
    }

    [Theory]
    [InlineData("x: \"\\U80000000\"\n")]
    [InlineData("name: \"\\UFFFFFFFF\"\n")]
    public void EscapeBeyondUnicode_IsASyntaxFinding(string text)
    {
        var finding = Assert.Single(loader.LoadText(text, "domain.yaml").Findings);

        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        Assert.Contains("names no Unicode character", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x", 'f', 16)]
    [InlineData("0o", '7', 8)]
    public void MegabyteOfDigits_IsReadInOnePass(string prefix, char digit, int radix)
    {
        // Digit by digit into a big integer this took about 15 minutes; a double is read in one pass.
        var resolved = ScalarResolver.Resolve(new SourceScalar(SourceSpan.FileStart, prefix + new string(digit, 1_000_000), YamlDotNet.Core.ScalarStyle.Plain, null));

        Assert.Equal(ScalarKind.Float, resolved.Kind);
        Assert.True(double.IsPositiveInfinity(resolved.Double), radix.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
