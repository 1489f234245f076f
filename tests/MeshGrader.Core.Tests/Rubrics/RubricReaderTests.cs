using System.Text;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rubrics;

public sealed class RubricReaderTests
{
    private static IReadOnlyList<Finding> Problems(string yaml)
    {
        var reading = RubricReader.Read(Encoding.UTF8.GetBytes(yaml), "rubric.yaml");
        Assert.Null(reading.Rubric);
        Assert.NotEmpty(reading.Problems);
        return reading.Problems;
    }

    private static void AssertAt(Finding finding, string yaml, string what, string? after = null)
    {
        var position = TextPosition.Of(yaml, what, after);
        Assert.Equal((position.Line, position.Column), (finding.Line!.Value, finding.Column!.Value));
        Assert.Equal("rubric.yaml", finding.File);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void UnknownCheck_IsRefusedAtItsKeyWithDidYouMean()
    {
        const string Yaml = "labs:\n  data-mesh:\n    checks:\n      DM-310: { minimum: 96 }\n";

        var problem = Assert.Single(Problems(Yaml));

        AssertAt(problem, Yaml, "DM-310");
        Assert.Equal(CoreRules.RubricSetting.Id, problem.Rule);
        Assert.Contains("DM-310", problem.Message, StringComparison.Ordinal);
        Assert.Contains("DM-301", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void StepTheLabDoesNotHave_IsRefusedAtItsKey()
    {
        const string Yaml = "labs:\n  mlops:\n    steps:\n      7: 2\n";

        AssertAt(Assert.Single(Problems(Yaml)), Yaml, "7");
    }

    [Fact]
    public void NegativeStepPoints_AreRefusedAtTheValue()
    {
        const string Yaml = "labs:\n  governance:\n    steps:\n      2: -1\n";

        var problem = Assert.Single(Problems(Yaml));

        AssertAt(problem, Yaml, "-1");
        Assert.Contains("at least 0", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeCheckPoints_AreRefusedAtTheValue()
    {
        const string Yaml = "labs:\n  data-mesh:\n    checks:\n      DM-301:\n        points: -2\n";

        AssertAt(Assert.Single(Problems(Yaml)), Yaml, "-2");
    }

    [Fact]
    public void SettingThatDoesNotFitTheCheck_IsRefused()
    {
        // A minimum belongs to a number; DM-203 is a choice.
        const string Yaml = "labs:\n  data-mesh:\n    checks:\n      DM-203: { minimum: 3 }\n";

        var problem = Assert.Single(Problems(Yaml));

        AssertAt(problem, Yaml, "minimum");
        Assert.Contains("not something a rubric can set", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedChoiceTheLabDoesNotOffer_IsRefusedWithDidYouMean()
    {
        const string Yaml = "labs:\n  data-mesh:\n    checks:\n      DM-403: { allowed: [terraform, pulumy] }\n";

        var problem = Assert.Single(Problems(Yaml));

        AssertAt(problem, Yaml, "pulumy");
        Assert.Contains("did you mean 'pulumi'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimumAboveTheMaximum_IsRefusedAtTheCheck()
    {
        const string Yaml = "labs:\n  data-mesh:\n    checks:\n      DM-301: { minimum: 120 }\n";

        var problem = Assert.Single(Problems(Yaml));

        AssertAt(problem, Yaml, "{ minimum");
        Assert.Contains("above the maximum 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryStepAtZeroPoints_IsRefused()
    {
        const string Yaml = "labs:\n  mlops:\n    steps: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 }\n";

        Assert.Contains("worth 0 points", Assert.Single(Problems(Yaml)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pass_mark: 120\n", "120")]
    [InlineData("hints: some\n", "some")]
    [InlineData("required_labs: [data-mash]\n", "data-mash")]
    [InlineData("labs:\n  data-mash: {}\n", "data-mash")]
    [InlineData("pass-mark: 70\n", "pass-mark")]
    public void TopLevelMistake_IsRefusedWhereItIsWritten(string yaml, string at)
    {
        AssertAt(Problems(yaml)[0], yaml, at);
    }

    [Theory]
    [InlineData("labs: [\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("- just\n- a list\n")]
    public void RubricThatIsNotAMappingOrNotYaml_IsRefusedWithALocatedFinding(string yaml)
    {
        var problem = Problems(yaml)[0];

        Assert.Equal(Severity.Error, problem.Severity);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void ValidRubric_KeepsEverySetting()
    {
        var rubric = RubricGrading.Read("""
            name: Spring cohort
            pass_mark: 70
            required_labs: data-mesh, mlops
            hints: Hint
            labs:
              data-mesh:
                steps: { 3: 2 }
                checks:
                  DM-301: { minimum: 96, points: 3 }
                  DM-351: { points: 1 }
                  DM-604: { off: true }
                  DM-501: { must_include: [confidential] }
            """);

        Assert.Equal("Spring cohort", rubric.Stamp.Name);
        Assert.Matches("^[0-9a-f]{64}$", rubric.Stamp.Sha256);
        Assert.Equal(70m, rubric.PassMark);
        Assert.Equal(["data-mesh", "mlops"], rubric.RequiredLabs);
        Assert.Equal(HintLevel.Hint, rubric.Hints);
        var lab = Assert.Single(rubric.Labs);
        Assert.Equal(2m, lab.StepPoints[3]);
        Assert.Equal(new CheckSettings(Points: 3, Minimum: 96), lab.Checks["DM-301"] with { Allowed = null });
        Assert.True(lab.Checks["DM-604"].Off);
        Assert.Equal(["confidential"], lab.Checks["DM-501"].MustInclude);
    }

    [Fact]
    public void RubricWithoutAName_IsNamedAfterItsFile()
    {
        Assert.Equal("rubric", RubricGrading.Read("hints: answer\n").Stamp.Name);
    }

    [Fact]
    public void SameBytes_GiveTheSameStampAndOneByteMoreAnother()
    {
        var first = RubricGrading.Read("pass_mark: 70\n").Stamp;
        var again = RubricGrading.Read("pass_mark: 70\n").Stamp;
        var other = RubricGrading.Read("pass_mark: 70\n\n").Stamp;

        Assert.Equal(first, again);
        Assert.NotEqual(first.Sha256, other.Sha256);
    }
}
