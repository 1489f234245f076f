using System.Globalization;
using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Reports;

/// <summary>Reports of the Lab 16 samples, and what the text report says about them.</summary>
internal static partial class ReportSamples
{
    public static GradingReport Of(string sample)
    {
        using var submission = TemporarySubmission.FromSample(sample);
        return submission.Grade(16);
    }

    /// <summary>A sample with one mistake in every step and contract.yaml deleted (a finding without a line).</summary>
    public static GradingReport BrokenWithMissingFile()
    {
        using var submission = TemporarySubmission.FromSample("data-mesh-one-mistake-per-step").Without("contract.yaml");
        return submission.Grade(16);
    }

    /// <summary>Where a piece of text is in one of a sample's files, for findings the sample's report holds.</summary>
    public static SourcePosition PositionIn(string sample, string file, string what, string? after = null) =>
        TextPosition.InFile(Path.Combine(RepositoryPaths.Samples, sample, file), what, after);

    public static string Render(IReportWriter writer, GradingReport report)
    {
        using var output = new StringWriter();
        writer.Write(report, output);
        return output.ToString();
    }

    /// <summary>The sum of the "Score: S/100" lines of the text report: the points a learner is told.</summary>
    public static decimal TextReportPoints(GradingReport report) =>
        ScoreLine().Matches(Render(new TextReportWriter(useColour: false), report))
            .Sum(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    public static Finding Error(int line, string message = "a mistake", string rule = "DM-101") =>
        new(rule, Severity.Error, message, null, "domain.yaml", line, 3, line, 9, "/domain/name", 16, 1, rule);

    public static Finding Warning(int line, string rule = "DM-252") =>
        new(rule, Severity.Warning, "a recommendation", null, "domain.yaml", line, 3, line, 9, "/data_product/name", 16, 2, null);

    public static Finding Notice(int line) =>
        new("DM-651", Severity.Info, "a notice", null, "domain.yaml", line, 3, line, 9, "/discovery/catalog", 16, 6, null);

    [GeneratedRegex(@"^Score: ([0-9.]+)/100$", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();
}
