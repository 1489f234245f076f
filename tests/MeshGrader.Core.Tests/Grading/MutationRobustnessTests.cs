using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Grading;

/// <summary>
/// Learners' files are half-edited most of the time. Hundreds of corrupted variants of each lab
/// file (deterministic: the same variants every run) must grade without throwing, with every
/// finding located and every score within 0 to 100.
/// </summary>
public sealed class MutationRobustnessTests
{
    private static readonly string[] Insertions = [":", ": ", "[", "]", "{", "}", "- ", "&a ", "*a", "\t", "\"", "'", "#", "? ", "|", ">", "!!int ", "%", "@", "`", "\n", "\n  ", ",", "---\n", "<<: "];

    public static TheoryData<string> LabFiles() => new("domain.yaml", "contract.yaml", "mlops.yaml", "governance.yaml");

    [Theory]
    [MemberData(nameof(LabFiles))]
    public void CorruptedFile_IsAlwaysGradedWithLocatedFindings(string file)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", file));
        var random = new Random(file.Length * 7919);
        var grader = new Grader();
        using var submission = TemporarySubmission.FromSample("complete");
        var variants = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var at = random.Next(original.Length + 1);
            variants.Add(original.Insert(at, Insertions[random.Next(Insertions.Length)]));
            variants.Add(original.Remove(Math.Min(at, original.Length - 1), 1));
            variants.Add(original[..at]);
        }

        foreach (var variant in variants)
        {
            submission.With(file, variant);
            var report = grader.Grade(submission.Root, LabCatalog.All.Where(l => l.Files.Contains(Path.GetFileNameWithoutExtension(file))).ToArray());

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
