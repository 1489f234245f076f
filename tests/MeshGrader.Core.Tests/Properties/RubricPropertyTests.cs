using System.Globalization;
using System.Text;
using CsCheck;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Tests.Rubrics;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Properties;

public sealed class RubricPropertyTests
{
    private static readonly string[] Keys =
        ["name", "pass_mark", "required_labs", "hints", "labs", "data-mesh", "mlops", "steps", "checks", "DM-301", "ML-451", "points", "off", "minimum", "allowed", "1", "7"];

    private static readonly Gen<string> Value = Gen.Frequency(
        (4, Gen.OneOf("1", "-1", "0", "96", "true", "full", "[gdpr]", "{}", "[]", "~", "\"70%\"", "1e400", "{ points: 2 }")),
        (2, HostileText.Any.Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")),
        (1, HostileText.Any));

    /// <summary>Lines of keys and values at random depths: mostly wrong, sometimes right, never a crash.</summary>
    private static readonly Gen<string> AnyRubricText = Gen.Select(Gen.OneOf(Keys), Gen.Int[0, 4], Value, (key, depth, value) => $"{new string(' ', depth * 2)}{key}: {value}")
        .Array[0, 12].Select(lines => string.Join('\n', lines) + "\n");

    [Fact]
    public void AnyRubricText_IsReadOrRefusedWithFindingsNeverACrash()
    {
        AnyRubricText.Sample(text =>
        {
            var reading = RubricReader.Read(Encoding.UTF8.GetBytes(text), "rubric.yaml");
            return reading.Rubric is not null
                ? reading.Problems.Count == 0 && reading.Rubric.Stamp.Sha256.Length == 64
                : reading.Problems.Count > 0 && reading.Problems.All(p => p.Severity == Severity.Error && p.File == "rubric.yaml");
        }, iter: 300);
    }

    private static readonly Gen<(string Text, int Lab)> PointsOnlyRubric =
        Gen.OneOf(LabCatalog.All.ToArray()).SelectMany(lab =>
            Gen.Select(
                Gen.Int[0, 5].Array[lab.Steps.Count],
                Gen.OneOf(RubricTargets.Of(lab).Where(t => t.Severity == Severity.Error).ToArray()).Select(t => t.Id).Array[0, 6],
                Gen.Int[0, 5].Array[6],
                (steps, checks, points) =>
                {
                    if (steps.All(p => p == 0))
                    {
                        steps[0] = 1;
                    }

                    var text = new StringBuilder($"labs:\n  {lab.Slug}:\n    steps:\n");
                    foreach (var (step, p) in lab.Steps.Zip(steps))
                    {
                        text.Append(CultureInfo.InvariantCulture, $"      {step.Number}: {p}\n");
                    }

                    text.Append(checks.Length == 0 ? "    checks: {}\n" : "    checks:\n");
                    foreach (var (id, p) in checks.Distinct().Zip(points))
                    {
                        text.Append(CultureInfo.InvariantCulture, $"      {id}: {{ points: {p} }}\n");
                    }

                    return (text.ToString(), lab.Id);
                }));

    [Fact]
    public void PointsOnly_NeverChangeTheFindingsAndKeepEveryScoreWithinItsShare()
    {
        using var broken = TemporarySubmission.FromSample("data-mesh-one-mistake-per-step");
        using var mlops = TemporarySubmission.FromSample("mlops-one-mistake-per-step");
        using var governance = TemporarySubmission.FromSample("governance-one-mistake-per-step");
        var submissions = new Dictionary<int, string> { [16] = broken.Root, [17] = mlops.Root, [18] = governance.Root };

        PointsOnlyRubric.Sample(rubric =>
        {
            var folder = submissions[rubric.Lab];
            var plain = new MeshGrader.Core.Grading.Grader().Grade(folder, [LabCatalog.Get(rubric.Lab)]);
            var graded = RubricGrading.Grade(folder, RubricGrading.Read(rubric.Text), rubric.Lab);
            var lab = graded.Labs.Single();
            return plain.Findings.SequenceEqual(graded.Findings)
                && lab.Score is >= 0 and <= 100
                && lab.Steps.All(s => s.Score >= 0 && s.Score <= s.MaxScore)
                && Math.Abs(lab.Steps.Sum(s => s.MaxScore) - 100) < 0.000001m
                && lab.Steps.Select(s => s.Completed).SequenceEqual(plain.Labs.Single().Steps.Select(s => s.Completed))
                // Exact, not after rounding: a score of exactly 76.25 and steps adding up to 76.2499... in
                // decimal arithmetic round apart (seed 1frnSpUhl5M1), though they are the same score.
                && Math.Abs(lab.Steps.Sum(s => s.Score) - lab.Score) < 0.000001m;
        }, iter: 100, print: r => r.Item1);
    }
}
