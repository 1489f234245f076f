using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Tests.Support;

internal static class ReportAssertions
{
    public static IReadOnlyList<Finding> Errors(this GradingReport report) =>
        report.Findings.Where(f => f.Severity == Severity.Error).ToArray();

    /// <summary>Exactly one error, with this rule; returns it for further checks.</summary>
    public static Finding SingleError(this GradingReport report, string rule)
    {
        var errors = report.Errors();
        Assert.True(errors.Count == 1, $"Expected exactly one error ({rule}), got: {Describe(errors)}");
        Assert.Equal(rule, errors[0].Rule);
        return errors[0];
    }

    public static Finding Single(this GradingReport report, string rule)
    {
        var matching = report.Findings.Where(f => f.Rule == rule).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {rule} finding, got: {Describe(report.Findings)}");
        return matching[0];
    }

    public static void NoFinding(this GradingReport report, string rule) =>
        Assert.True(report.Findings.All(f => f.Rule != rule), $"Expected no {rule} finding, got: {Describe(report.Findings)}");

    public static StepReport Step(this GradingReport report, int lab, int step) =>
        report.Labs.Single(l => l.Lab.Id == lab).Steps.Single(s => s.Step == step);

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Rule} {f.Severity} {f.File}:{f.Line}:{f.Column} {f.Message}"));
}
