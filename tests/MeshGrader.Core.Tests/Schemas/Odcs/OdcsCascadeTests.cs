using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>
/// The mistakes for which a plain evaluation of the ODCS schema reports a cascade (the plan's §1.4
/// table, measured with python-jsonschema on full-example): each gives one finding, at the mistake,
/// saying what to write.
/// </summary>
public sealed class OdcsCascadeTests
{
    [Fact]
    public void ServerPortAsText_IsOneTypeFindingAtThePort()
    {
        var text = Edit("    port: 5432\n", "    port: \"5432\"\n");

        var finding = Single(text);

        AssertAt(finding, text, "\"5432\"");
        Assert.Contains("whole number", finding.Message, StringComparison.Ordinal);
        Assert.Contains("port: 5432", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltServerType_IsOneChoiceFindingWithDidYouMean()
    {
        var text = Edit("    type: postgres\n", "    type: postgress\n");

        var finding = Single(text);

        AssertAt(finding, text, "postgress");
        Assert.Contains("did you mean 'postgres", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltPropertyKey_IsOneUnknownKeyNamingTheKeyMeant()
    {
        var text = Edit("        physicalType: date\n", "        physicalTyp: date\n");

        var finding = Single(text);

        AssertAt(finding, text, "physicalTyp:");
        Assert.Contains("physicalType", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltQualityOperator_IsOneFindingNamingTheOperatorMeant()
    {
        var text = Edit("        mustBeGreaterThan: 1000000\n", "        mustBeGreaterThen: 1000000\n");

        var finding = Single(text);

        AssertAt(finding, text, "mustBeGreaterThen:");
        Assert.Contains("did you mean 'mustBeGreaterThan'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltTeamKey_IsOneUnknownKeyOfTheObjectForm()
    {
        var text = Edit("  members:\n", "  membrs:\n");

        var finding = Single(text);

        AssertAt(finding, text, "membrs:");
        Assert.Contains("members", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltRequiredSlaKey_IsOneFindingAtTheKey()
    {
        var text = Edit("    value: 4\n", "    vale: 4\n");

        var finding = Single(text);

        AssertAt(finding, text, "vale:");
        Assert.Contains("did you mean 'value'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltTopLevelKey_IsOneUnknownKey()
    {
        var text = Edit("dataProduct: my quantum", "dataProdcut: my quantum");

        var finding = Single(text);

        AssertAt(finding, text, "dataProdcut:");
        Assert.Contains("dataProduct", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusRemoved_IsOneMissingKeyAtTheTopLevel()
    {
        var text = Edit("status: active\n", string.Empty);

        var finding = Single(text);

        Assert.Contains("'status'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(TextPosition.Of(text, "domain: seller").Line, finding.Line);
    }

    [Fact]
    public void ShortApiVersion_IsOneChoiceFinding()
    {
        var text = Edit("apiVersion: v3.1.0", "apiVersion: v3.1");

        var finding = Single(text);

        AssertAt(finding, text, "v3.1 ");
        Assert.Contains("v3.1.0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltLogicalType_IsOneChoiceFindingWithDidYouMean()
    {
        var text = Edit("        logicalType: string\n", "        logicalType: strng\n", after: "name: rcvr_id\n");

        var finding = Single(text);

        AssertAt(finding, text, "strng");
        Assert.Contains("did you mean 'string'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServerHostMisspelt_IsOneFindingAndNotTheServersOtherKeys()
    {
        var text = Edit("    host: localhost\n", "    hots: localhost\n");

        var finding = Single(text);

        AssertAt(finding, text, "hots:");
        Assert.Contains("did you mean 'host'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOfAnotherKindOfServer_IsStillAnUnknownKey()
    {
        var text = Edit("    host: localhost\n", "    host: localhost\n    location: s3://bucket/data\n");

        var finding = Single(text);

        AssertAt(finding, text, "location:");
        Assert.Contains("Unknown key 'location'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityOperatorRemoved_IsOneFindingNamingTheOperators()
    {
        var text = Edit("        mustBeGreaterThan: 1000000\n", string.Empty);

        var finding = Single(text);

        AssertAt(finding, text, "metric: rowCount");
        Assert.Contains("needs one of the keys", finding.Message, StringComparison.Ordinal);
        Assert.Contains("mustBeGreaterThan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlaValueAsAList_IsOneFindingNamingTheTypesAllowed()
    {
        var text = Edit("    value: 4\n", "    value: [4]\n");

        var finding = Single(text);

        AssertAt(finding, text, "[4]");
        Assert.Contains("must be text, a number", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoMistakes_AreTwoFindings()
    {
        var text = Edit("    port: 5432\n", "    port: \"5432\"\n").Replace("dataProduct: my quantum", "dataProdcut: my quantum", StringComparison.Ordinal);

        var findings = OdcsContracts.Check(text);

        Assert.True(findings.Count == 2, OdcsContracts.Describe(findings));
        Assert.Contains(findings, f => f.Path == "/servers/0/port");
        Assert.Contains(findings, f => f.Path == "/dataProdcut");
    }

    private static string Edit(string from, string to, string? after = null)
    {
        var text = OdcsContracts.Text("full-example.odcs.yaml");
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, after);
        var index = text.IndexOf(from, start, StringComparison.Ordinal);
        Assert.True(index >= 0, from);
        Assert.True(after is not null || text.IndexOf(from, index + 1, StringComparison.Ordinal) < 0, $"'{from}' is not unique");
        return text[..index] + to + text[(index + from.Length)..];
    }

    private static Finding Single(string text)
    {
        var findings = OdcsContracts.Check(text);
        Assert.True(findings.Count == 1, OdcsContracts.Describe(findings));
        var finding = findings[0];
        Assert.Equal("MG-013", finding.Rule);
        Assert.Equal(Severity.Error, finding.Severity);
        return finding;
    }

    private static void AssertAt(Finding finding, string text, string what)
    {
        var position = TextPosition.Of(text, what);
        Assert.Equal((position.Line, position.Column), (finding.Line, finding.Column));
    }
}
