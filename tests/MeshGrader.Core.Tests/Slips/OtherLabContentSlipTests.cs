using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>A lab file that holds another lab file's sections is recognised by the sections each schema names.</summary>
public sealed class OtherLabContentSlipTests
{
    [Theory]
    [InlineData(16, "domain.yaml", "contract.yaml", "contract:")]
    [InlineData(16, "contract.yaml", "domain.yaml", "domain:")]
    [InlineData(17, "mlops.yaml", "governance.yaml", "operating_model:")]
    [InlineData(18, "governance.yaml", "mlops.yaml", "feature_store:")]
    public void FileHoldingAnotherLabFilesSections_IsOneFindingNamingWhereTheyBelong(int lab, string file, string holds, string firstSection)
    {
        using var submission = TemporarySubmission.FromSample("complete");
        submission.With(file, File.ReadAllText(Path.Combine(submission.Root, holds)));

        var report = submission.Grade(lab);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(CoreRules.OtherLabFileContent.Id, finding.Rule);
        Assert.Equal(submission.PositionOf(file, firstSection).Line, finding.Line);
        Assert.Contains($"holds the sections of {holds}", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"into {holds}", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void GovernanceSectionsInMlopsWithNoGovernanceFile_HintNamesTheRename()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("governance.yaml");
        submission.With("mlops.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", "governance.yaml")));

        var finding = submission.Grade(17, 18).SingleError(CoreRules.OtherLabFileContent.Id);

        Assert.Contains("Lab 18", finding.Message, StringComparison.Ordinal);
        Assert.Contains("`git mv mlops.yaml governance.yaml`", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractSectionInDomainWithNoContractFile_IsOneErrorInTheContractStep()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("contract.yaml");
        submission.With("domain.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", "domain.yaml"))
            + File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", "contract.yaml")));

        var report = submission.Grade(16);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((CoreRules.OtherLabFileContent.Id, Severity.Error, 3), (finding.Rule, finding.Severity, finding.Step));
        Assert.Equal(submission.PositionOf("domain.yaml", "contract:").Line, finding.Line);
        Assert.Contains("new file contract.yaml", finding.Hint, StringComparison.Ordinal);
        Assert.Equal(5, report.Labs.Single().TasksCompleted);
    }

    [Fact]
    public void GovernanceLabSectionAddedToMlops_IsOneWarningNamingItsFileAndCostsNothing()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        submission.With("mlops.yaml", File.ReadAllText(Path.Combine(submission.Root, "mlops.yaml")) + "\nprivacy:\n  consent: explicit-opt-in\n");

        var report = submission.Grade(17);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((CoreRules.OtherLabFileContent.Id, Severity.Warning), (finding.Rule, finding.Severity));
        Assert.Equal(submission.PositionOf("mlops.yaml", "privacy:").Line, finding.Line);
        Assert.Contains("into governance.yaml", finding.Hint, StringComparison.Ordinal);
        Assert.Equal(100m, report.Score);
    }
}
