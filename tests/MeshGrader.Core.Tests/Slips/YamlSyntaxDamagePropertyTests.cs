using CsCheck;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Random syntax damage to one line of a lab file (the slips learners make: tabs, colons, quotes,
/// indentation, dashes) never crashes the grader and never scores above the undamaged file: reading
/// past a slip can only cost points, never earn them.
/// </summary>
public sealed class YamlSyntaxDamagePropertyTests
{
    private static readonly (string Sample, string File, int Lab)[] Files =
    [
        ("complete", "contract.yaml", 16), ("data-mesh-one-mistake-per-step", "domain.yaml", 16), ("data-mesh-one-mistake-per-step", "contract.yaml", 16),
        ("mlops-one-mistake-per-step", "mlops.yaml", 17), ("complete", "mlops.yaml", 17),
        ("governance-one-mistake-per-step", "governance.yaml", 18), ("complete", "governance.yaml", 18),
    ];

    private static readonly Func<string, string>[] Damages =
    [
        line => "\t" + line,
        line => line.TrimStart(' ').Length < line.Length ? "\t" + line.TrimStart(' ') : line,
        line => line.Replace(": ", ":", StringComparison.Ordinal),
        line => line.Replace(": ", ": \"", StringComparison.Ordinal),
        line => line.Replace(": ", ": '", StringComparison.Ordinal),
        line => line.Replace(":", string.Empty, StringComparison.Ordinal),
        line => " " + line,
        line => "   " + line,
        line => line.StartsWith("  ", StringComparison.Ordinal) ? line[1..] : line,
        line => line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line,
        line => "- " + line,
        line => line.TrimStart(' ').Length < line.Length ? new string(' ', line.Length - line.TrimStart(' ').Length) + "- " + line.TrimStart(' ') : line,
        line => line + "\"",
        line => line.Replace("[", string.Empty, StringComparison.Ordinal),
    ];

    private static readonly Dictionary<(string, int), decimal> Undamaged = [];

    [Fact]
    public void RandomSyntaxDamage_NeverCrashesAndNeverRaisesTheScore()
    {
        Gen.Select(Gen.Int[0, Files.Length - 1], Gen.Int[0, 200], Gen.Int[0, Damages.Length - 1], Gen.Int[0, Damages.Length - 1], Gen.Bool)
            .Sample((which, lineSeed, first, second, twice) =>
            {
                var (sample, file, lab) = Files[which];
                var baseline = UndamagedScore(sample, lab);
                using var submission = TemporarySubmission.FromSample(sample);
                var lines = File.ReadAllText(Path.Combine(submission.Root, file)).Split('\n');
                var index = lineSeed % lines.Length;
                lines[index] = Damages[first](lines[index]);
                if (twice)
                {
                    var other = (lineSeed * 7 + 3) % lines.Length;
                    lines[other] = Damages[second](lines[other]);
                }

                submission.With(file, string.Join('\n', lines));
                var report = submission.Grade(lab);
                var score = report.Labs.Single().Score;
                return score <= baseline && score >= 0m && report.Findings.All(f => f.File is not null);
            }, iter: 150);
    }

    private static decimal UndamagedScore(string sample, int lab)
    {
        lock (Undamaged)
        {
            if (!Undamaged.TryGetValue((sample, lab), out var score))
            {
                using var submission = TemporarySubmission.FromSample(sample);
                score = submission.Grade(lab).Labs.Single().Score;
                Undamaged[(sample, lab)] = score;
            }

            return score;
        }
    }
}
