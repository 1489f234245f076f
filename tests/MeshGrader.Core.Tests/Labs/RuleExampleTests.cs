using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Reference;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs;

/// <summary>
/// The examples <c>meshgrade explain</c> shows, run through the grader: the complete sample with the
/// failing example written over it gets a finding of the rule, with the passing example none.
/// </summary>
public sealed class RuleExampleTests
{
    // The rules with no example a page can show; each says why (CoreRuleExamples.WithoutExamples).
    private static readonly string[] WithoutExamples = ["MG-003", "MG-004", "MG-005", "MG-008", "MG-010", "MG-011", "MG-013", "MG-301"];

    public static TheoryData<string> RulesWithExamples() =>
        new(RuleExplanations.All().Where(e => e.Failing is not null && e.Passing is not null).Select(e => e.Rule.Id));

    [Fact]
    public void EveryRule_HasBothExamplesOrSaysWhyNot()
    {
        var explanations = RuleExplanations.All();

        Assert.Equal(RuleRegistry.All.Select(r => r.Id), explanations.Select(e => e.Rule.Id));
        var without = explanations.Where(e => e.Failing is null || e.Passing is null).ToArray();
        Assert.Equal(WithoutExamples, without.Select(e => e.Rule.Id));
        Assert.All(without, e => Assert.False(string.IsNullOrWhiteSpace(e.NoExamples), e.Rule.Id));
        Assert.All(explanations.Except(without), e => Assert.Null(e.NoExamples));
    }

    [Theory]
    [MemberData(nameof(RulesWithExamples))]
    public void FailingExample_GetsAFindingOfItsRule(string rule)
    {
        var explanation = RuleExplanations.For(rule)!;
        using var submission = ExampleSubmission.Of(explanation.Failing!);

        var report = Grade(submission, explanation);

        Assert.True(report.Findings.Any(f => f.Rule == rule),
            $"The failing example of {rule} gave no {rule} finding: {ReportAssertions.Describe(report.Findings)}");
    }

    [Theory]
    [MemberData(nameof(RulesWithExamples))]
    public void PassingExample_GetsNoFindingOfItsRule(string rule)
    {
        var explanation = RuleExplanations.For(rule)!;
        using var submission = ExampleSubmission.Of(explanation.Passing!);

        var report = Grade(submission, explanation);

        report.NoFinding(rule);
    }

    [Fact]
    public void FailingAndPassingExamples_DifferInWhatTheyWrite()
    {
        Assert.All(RuleExplanations.All().Where(e => e.Failing is not null && e.Passing is not null),
            e => Assert.NotEqual(e.Failing!.Snippets(), e.Passing!.Snippets()));
    }

    [Fact]
    public void RelatedRules_AreMutualAndIncludeTheChecksOnAField()
    {
        var explanations = RuleExplanations.All().ToDictionary(e => e.Rule.Id);

        Assert.Contains("DM-351", explanations["DM-301"].Related.Select(r => r.Id));
        Assert.Equal(["ML-402", "ML-453", "ML-454"], explanations["ML-451"].Related.Select(r => r.Id));
        Assert.All(explanations.Values, e => Assert.All(e.Related, r => Assert.Contains(e.Rule.Id, explanations[r.Id].Related.Select(x => x.Id))));
    }

    // A lab's rule is graded in its lab; a rule of no lab in the lab whose file its example writes.
    private static GradingReport Grade(TemporarySubmission submission, RuleExplanation explanation)
    {
        var file = explanation.Failing!.WholeFile?.File ?? explanation.Failing.Settings[0].File;
        var lab = explanation.Rule.Lab ?? LabCatalog.All.Single(l => l.Files.Contains(file)).Id;
        return submission.Grade(lab);
    }
}
