using System.Text;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Rubrics;

/// <summary>Grading a submission under a rubric given as YAML text, as the command line does.</summary>
internal static class RubricGrading
{
    public static Rubric Read(string yaml)
    {
        var reading = RubricReader.Read(Encoding.UTF8.GetBytes(yaml), "rubric.yaml");
        return reading.Rubric ?? throw new Xunit.Sdk.XunitException("The rubric was refused: " + ReportAssertions.Describe(reading.Problems));
    }

    public static GradingReport Grade(string submission, Rubric rubric, params int[] labs)
    {
        var applied = RubricApplier.Apply(rubric, LabCatalog.All);
        var grader = new Grader(new GradingOptions(LoadLimits.Default, applied.Scoring) { Hints = rubric.Hints, Rubric = rubric.Stamp });
        return grader.Grade(submission, labs.Select(id => applied.Labs.Single(l => l.Id == id)).ToArray());
    }
}
