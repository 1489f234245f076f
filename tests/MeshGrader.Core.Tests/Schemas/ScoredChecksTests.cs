using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Tests.Schemas;

public sealed class ScoredChecksTests
{
    private static readonly LabFileSchema Governance = EmbeddedSchemas.Get("governance");

    [Theory]
    [InlineData("", Finding.WholeStep)]
    [InlineData("/privacy", Finding.WholeStep)]
    [InlineData("/privacy/consent", "GV-402")]
    [InlineData("/privacy/data_subject_rights/2", "GV-403")]
    [InlineData("/privacy/not_a_field", null)]
    [InlineData("/not_a_section", null)]
    public void ErrorAtAPointer_FailsTheCheckOfWhereItLies(string pointer, string? check)
    {
        Assert.Equal(check, ScoredChecks.At(Governance, pointer));
    }

    [Fact]
    public void StepOfAPointer_IsItsSectionsStep_AndOutsideEverySectionTheFirst()
    {
        Assert.Equal(4, ScoredChecks.StepOf(Governance, "/privacy/consent"));
        Assert.Null(ScoredChecks.StepOf(Governance, "/not_a_section"));
        Assert.Equal(1, ScoredChecks.StepOutsideSections(Governance));
    }
}
