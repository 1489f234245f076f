using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs.Odcs;

/// <summary>
/// A half-edited ODCS contract: corrupted variants of samples/complete-odcs/contract.yaml
/// (deterministic) and values of the wrong kind at each lab place grade without throwing, with
/// every finding located and the score within 0 to 100.
/// </summary>
public sealed class OdcsRobustnessTests
{
    private static readonly string[] Insertions = [":", ": ", "[", "]", "{", "}", "- ", "&a ", "*a", "\t", "\"", "'", "#", "? ", "|", ">", "!!int ", "\n", "\n  ", ",", "---\n", "<<: "];

    private static readonly string[] Values = ["", "[]", "{}", "null", "\"95\"", "-79228162514264337593543950335", "1e400", ".inf", "abc", "[1, 2]", "{a: 1}", "true"];

    [Fact]
    public void CorruptedOdcsContract_IsAlwaysGradedWithLocatedFindings()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete-odcs", "contract.yaml"));
        var random = new Random(16_303);
        var variants = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var at = random.Next(original.Length + 1);
            variants.Add(original.Insert(at, Insertions[random.Next(Insertions.Length)]));
            variants.Add(original.Remove(Math.Min(at, original.Length - 1), 1));
            variants.Add(original[..at]);
        }

        // Every lab place given a value of every kind.
        foreach (var place in new[] { "dataProduct: customer_revenue_metrics", "version: \"1.0.0\"", "mustBeLessOrEqualTo: 5", "    value: 99.9", "    value: true", "    unit: percent\n", "- property: availability", "- property: backwardCompatible" })
        {
            var key = place[..(place.IndexOf(':', StringComparison.Ordinal) + 1)];
            variants.AddRange(Values.Select(v => original.Replace(place, key + " " + v, StringComparison.Ordinal)));
        }

        AssertGradedWithLocatedFindings(variants);
    }

    private static void AssertGradedWithLocatedFindings(IEnumerable<string> variants)
    {
        var grader = new Grader();
        using var submission = TemporarySubmission.FromSample("complete-odcs");
        foreach (var variant in variants)
        {
            submission.With("contract.yaml", variant);
            var report = grader.Grade(submission.Root, [LabCatalog.Get(16)]);

            Assert.All(report.Labs, lab => Assert.InRange(lab.Score, 0m, 100m));
            Assert.All(report.Findings.Where(f => f.Rule != "MG-004"), finding =>
            {
                Assert.NotNull(finding.Line);
                Assert.NotNull(finding.Column);
                Assert.False(string.IsNullOrWhiteSpace(finding.Message));
            });
            Assert.All(report.Findings.Where(f => f.Severity == Severity.Error), finding => Assert.NotNull(finding.Lab));
        }
    }
}
