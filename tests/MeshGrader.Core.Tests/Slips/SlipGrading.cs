using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// A slip in one file of the complete sample, graded; and the value a finding names written back,
/// as a learner following the hint would.
/// </summary>
internal static partial class SlipGrading
{
    /// <summary>The file each lab's slip goes into (Lab 16's contract fields are in contract.yaml).</summary>
    public static int LabOf(string file) => file switch
    {
        "domain.yaml" or "contract.yaml" => 16,
        "mlops.yaml" => 17,
        "governance.yaml" => 18,
        _ => throw new ArgumentException($"No lab has {file}.", nameof(file)),
    };

    /// <summary>The finding's answer written as its key's value; the lab files write every value on its key's line.</summary>
    public static string Apply(string text, FindingAnswer answer)
    {
        var segments = JsonPointerText.Segments(answer.Pointer);
        Assert.True(segments.Count == 2, $"An answer sets a field of a section; this one is at {answer.Pointer}.");
        var lines = text.Split('\n');
        var section = Array.FindIndex(lines, l => l.StartsWith(segments[0] + ":", StringComparison.Ordinal));
        Assert.True(section >= 0, $"No section {segments[0]} in:\n{text}");
        var key = Array.FindIndex(lines, section + 1, l => Regex.IsMatch(l, $@"^\s+{Regex.Escape(segments[1])}:"));
        Assert.True(key > section, $"No key {segments[1]} under {segments[0]} in:\n{text}");
        var indent = lines[key][..(lines[key].Length - lines[key].TrimStart().Length)];
        lines[key] = $"{indent}{segments[1]}: {answer.Yaml}";
        return string.Join('\n', lines);
    }

    /// <summary>True when the text writes the field at the pointer (/section/key) on its key's line.</summary>
    public static bool Writes(string text, string pointer)
    {
        var segments = JsonPointerText.Segments(pointer);
        var lines = text.Split('\n');
        var section = Array.FindIndex(lines, l => l.StartsWith(segments[0] + ":", StringComparison.Ordinal));
        return section >= 0 && Array.FindIndex(lines, section + 1, l => Regex.IsMatch(l, $@"^\s+{Regex.Escape(segments[1])}:")) > section;
    }

    /// <summary>Writes the finding's answer into the submission and grades the lab again.</summary>
    public static GradingReport GradeWithAnswer(TemporarySubmission submission, string file, Finding finding)
    {
        Assert.True(finding.Answer is not null, $"The finding names no value to write: {finding.Message} / {finding.Hint}");
        var path = Path.Combine(submission.Root, file);
        submission.With(file, Apply(File.ReadAllText(path), finding.Answer));
        return submission.Grade(LabOf(file));
    }

    /// <summary>The one error a slip gives, at the text it should point at, as a learner reads it.</summary>
    public static Finding SingleErrorAt(TemporarySubmission submission, GradingReport report, string file, string at, string? after)
    {
        var errors = report.Errors();
        Assert.True(errors.Count == 1, $"Expected one error, got: {ReportAssertions.Describe(errors)}");
        var expected = submission.PositionOf(file, at, after);
        Assert.Equal((file, expected.Line, expected.Column), (errors[0].File, errors[0].Line, errors[0].Column));
        return errors[0];
    }

    /// <summary>A lab that scores 100 with no error or warning: the slip is fixed.</summary>
    public static void AssertFixed(GradingReport report)
    {
        Assert.True(report.Findings.All(f => f.Severity == Severity.Info), $"Still: {ReportAssertions.Describe(report.Findings.Where(f => f.Severity != Severity.Info))}");
        Assert.Equal(100m, Assert.Single(report.Labs).Score);
    }
}
