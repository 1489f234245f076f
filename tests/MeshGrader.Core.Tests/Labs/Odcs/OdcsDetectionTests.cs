using MeshGrader.Core.Grading;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Tests.Labs.Odcs;

public sealed class OdcsDetectionTests
{
    [Theory]
    [InlineData("contract:\n  schema_version: \"1.0.0\"\n", "Short")]
    [InlineData("apiVersion: v3.1.0\nkind: DataContract\n", "Odcs")]
    [InlineData("kind: DataContract\n", "Odcs")]
    [InlineData("apiVersion: v3.1.0\ncontract:\n  sla_uptime: 99\n", "Mixed")]
    [InlineData("version: 1.0.0\n", "Short")]
    [InlineData("- apiVersion\n", "Short")]
    public void TopLevelKeys_DecideTheForm(string yaml, string expected)
    {
        var loaded = new YamlDocumentLoader(GradingOptions.Default.Limits).LoadText(yaml, "contract.yaml");

        Assert.Equal(Enum.Parse<ContractForm>(expected), OdcsDetection.FormOf(loaded.Root));
    }
}
