using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>The official ODCS v3.1.0 examples are contracts the structure check accepts as written.</summary>
public sealed class OdcsExamplesTests
{
    public static TheoryData<string> Examples() => new(OdcsContracts.Examples);

    [Theory]
    [MemberData(nameof(Examples))]
    public void OfficialExample_HasNoErrorFinding(string example)
    {
        var findings = OdcsContracts.Check(OdcsContracts.Text(example));

        Assert.True(findings.All(f => f.Severity != Severity.Error), OdcsContracts.Describe(findings));
        Assert.Empty(findings);
    }
}
