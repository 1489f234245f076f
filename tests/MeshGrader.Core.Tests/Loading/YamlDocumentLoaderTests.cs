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
        var document = loader.LoadText("contract:\n  quality_threshold: 95\n", "contract.yaml");

        Assert.True(document.IsUsable);
        Assert.Empty(document.Findings);
        var root = Assert.IsType<SourceMapping>(document.Root);
        var contract = Assert.IsType<SourceMapping>(root.Entries[0].Value);
        var value = Assert.IsType<SourceScalar>(contract.Entries[0].Value);
        Assert.Equal(new SourcePosition(2, 22), value.Span.Start);
        Assert.Equal(new SourcePosition(2, 3), contract.Entries[0].Key.Span.Start);
    }

    [Fact]
    public void SyntaxError_IsLocatedFindingNotException()
    {
        var document = loader.LoadText("contract:\n  a: 1\n   b: 2\n", "contract.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        Assert.Equal(3, finding.Line);
        Assert.StartsWith("YAML syntax error", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFlowSequence_IsLocatedFinding()
    {
        var document = loader.LoadText("domain:\n  data_sources: [crm, erp\n  owner_team: x\n", "domain.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        Assert.NotNull(finding.Line);
        Assert.True(finding.Line >= 2);
    }

    [Fact]
    public void FlowSequenceThatMakesTheParserThrowWithoutPosition_IsLocatedAtTheScanner()
    {
        // YamlDotNet 18.1.0 throws a bare InvalidOperationException for this input.
        var document = loader.LoadText("- [a\n- b", "domain.yaml");

        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.YamlSyntax.Id, finding.Rule);
        Assert.Equal((2, 1), (finding.Line, finding.Column));
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
        var document = loader.LoadText("contract:\n  sla_uptime: 99.9\n  quality_threshold: 95\n  sla_uptime: 99\n", "contract.yaml");

        Assert.True(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.DuplicateKey.Id, finding.Rule);
        Assert.Equal(4, finding.Line);
        Assert.Equal(3, finding.Column);
        Assert.Contains("first at line 2, column 3", finding.Message, StringComparison.Ordinal);
        Assert.Equal("/contract/sla_uptime", finding.Path);
        var contract = Assert.IsType<SourceMapping>(Assert.IsType<SourceMapping>(document.Root).Entries[0].Value);
        Assert.Equal(2, contract.Entries.Count);
    }

    [Fact]
    public void SecondDocument_IsFinding()
    {
        var document = loader.LoadText("contract:\n  a: 1\n---\nother: 2\n", "contract.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.MultipleDocuments.Id, finding.Rule);
        Assert.Equal(3, finding.Line);
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
        var bytes = Encoding.UTF8.GetBytes("contract:\n  product: caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var document = loader.LoadBytes(bytes, "contract.yaml");

        Assert.False(document.IsUsable);
        var finding = Assert.Single(document.Findings);
        Assert.Equal(CoreRules.UnreadableFile.Id, finding.Rule);
        Assert.Equal(2, finding.Line);
        Assert.Equal(15, finding.Column);
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
        var document = loader.LoadText("a: *nowhere\n", "domain.yaml");

        Assert.False(document.IsUsable);
        Assert.Equal(1, Assert.Single(document.Findings).Line);
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
    [InlineData("contract: [a", 1, 13)]
    [InlineData("contract:\n  product: [", 2, 13)]
    [InlineData("contract: {product: x", 1, 22)]
    public void UnclosedCollectionWithoutFinalNewline_IsLocatedOnTheLastLine(string text, int line, int column)
    {
        var finding = Assert.Single(loader.LoadText(text, "contract.yaml").Findings);

        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.Equal((line, column), (finding.EndLine, finding.EndColumn));
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
