using MeshGrader.Core.Grading;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Tests.Labs.Odcs;

public sealed class OdcsProjectionTests
{
    [Fact]
    public void VersionMissing_TheOdcsVersionKeyIsLeftToTheLabCheck()
    {
        var projection = Project("apiVersion: v3.1.0\nkind: DataContract\n");

        Assert.NotNull(projection.MissingOf(OdcsPlaces.SchemaVersion));
        Assert.True(projection.Reads("/version"));
        Assert.False(projection.Reads("/id"));
    }

    [Fact]
    public void ReadValue_ClaimsItsPointerAndWhatIsBelowIt()
    {
        var projection = Project("apiVersion: v3.1.0\nslaProperties:\n  - property: av\n    value: [99]\n");

        Assert.Equal("/slaProperties/0/value", projection.ValueOf(OdcsPlaces.SlaUptime)!.Source);
        Assert.True(projection.Reads("/slaProperties/0/value/0"));
        Assert.False(projection.Reads("/slaProperties/0/valueExt"));
    }

    [Fact]
    public void QualityRulesInNestedProperties_AreRead()
    {
        var projection = Project("""
            apiVersion: v3.1.0
            schema:
              - name: t
                properties:
                  - name: address
                    properties:
                      - name: zip
                        quality:
                          - {metric: missingValues, unit: '%', mustBeLessOrEqualTo: 2}
            """);

        Assert.Equal("/schema/0/properties/0/properties/0/quality/0/mustBeLessOrEqualTo", projection.ValueOf(OdcsPlaces.QualityThreshold)!.Source);
    }

    private static ContractProjection Project(string yaml)
    {
        var loaded = new YamlDocumentLoader(GradingOptions.Default.Limits).LoadText(yaml, "contract.yaml");
        return OdcsProjection.Project(Assert.IsType<SourceMapping>(loaded.Root));
    }
}
