using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using Json.Schema;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Reports;
using Xunit.Sdk;

namespace MeshGrader.Core.Tests.Properties;

/// <summary>
/// The grader runs on untrusted repositories inside CI jobs. Whatever a learner commits (a
/// half-edited file, a corrupted one, or text aimed at the terminal, the runner or a Markdown page),
/// grading must finish, point inside the file, keep every output well-formed and inert, and give the
/// same output for the same files. A failure prints CsCheck's seed and the smallest case it found,
/// as the changed files' text; <c>CsCheck_Seed=SEED dotnet test ...</c> replays it.
/// </summary>
public sealed partial class HostileSubmissionPropertyTests
{
    // Grading a case takes a few milliseconds and rendering every format as long again; validating
    // SARIF against its schema and decoding the structured outputs cost the most. The counts keep the
    // whole class (some 6,500 cases) well under a minute on two cores.
    private const long Cheap = 1000;
    private const long EveryFormat = 500;
    private const long Costly = 250;

    /// <summary>Damaged files with hostile text, and clean files with only hostile text, which reaches findings more often.</summary>
    private static readonly Gen<SubmissionCase> Hostile = Gen.Frequency((1, SubmissionCases.Any), (1, SubmissionCases.HostileOnly));

    [Fact]
    public void AnySubmission_GradesAndRendersWithScoresWithinBounds() =>
        Check(SubmissionCases.Any, EveryFormat, rendered =>
        {
            // Rendering is lazy: asking for every output makes a writer that throws fail this property too.
            _ = rendered.Outputs;
            var report = rendered.Report;
            var scores = report.Labs.SelectMany(lab => lab.Steps.Where(s => s.Score < 0 || s.Score > s.MaxScore)
                    .Select(s => $"lab {lab.Lab.Id} step {s.Step} scores {s.Score} of {s.MaxScore}")
                .Concat(lab.Score is < 0 or > 100 ? [$"lab {lab.Lab.Id} scores {lab.Score}"] : []))
                .Concat(report.Score is < 0 or > 100 ? [$"overall score {report.Score}"] : []);
            return scores;
        });

    [Fact]
    public void AnySubmission_LocatesEveryFindingInsideItsFile() =>
        Check(SubmissionCases.Any, Cheap, rendered => rendered.Report.Findings.Where(f => f.Line is not null).SelectMany(finding =>
        {
            var file = rendered.Case.Files.FirstOrDefault(f => f.Name == finding.File);
            var lines = file?.Text is { } text ? LineCount(text) : 0;
            var problems = new List<string>();
            if (finding.Line < 1 || finding.Line > lines)
            {
                problems.Add($"line {finding.Line} outside 1..{lines}");
            }

            if (finding.Column is not >= 1)
            {
                problems.Add($"column {finding.Column?.ToString(CultureInfo.InvariantCulture) ?? "missing"}");
            }

            if (finding.EndLine is { } endLine && (endLine < finding.Line || endLine > lines))
            {
                problems.Add($"end line {endLine} outside {finding.Line}..{lines}");
            }

            return problems.Select(p => $"{finding.Rule} at {finding.File}:{finding.Line}:{finding.Column}: {p} ({Literal.Of(finding.Message, 200)})");
        }));

    [Fact]
    public void AnySubmission_RendersDocumentsThatParseAndSarifThatValidates() =>
        Check(SubmissionCases.Any, Costly, rendered =>
        {
            var problems = rendered.Outputs.Select(OutputInvariants.ParseProblem).OfType<string>().ToList();
            if (problems.Count == 0)
            {
                using var sarif = JsonDocument.Parse(rendered.Output("sarif"));
                // The flag is several times faster to evaluate; the list of errors is wanted only to explain a failure.
                if (!SarifReportWriterTests.Schema.Value.Evaluate(sarif.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
                {
                    var result = SarifReportWriterTests.Schema.Value.Evaluate(sarif.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                    problems.AddRange((result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                        .Select(d => $"sarif: {d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}").DefaultIfEmpty("sarif: does not validate"));
                }
            }

            return problems;
        });

    [Fact]
    public void HostileText_ReachesNoOutputAsControlOrBidiCharacters() =>
        Check(Hostile, EveryFormat, rendered => rendered.Outputs.Where(o => o.Format != RenderedSubmission.ColouredText)
            .SelectMany(OutputInvariants.Views)
            .SelectMany(view => OutputInvariants.ControlCharacters(view.Name, view.Text)));

    [Fact]
    public void HostileText_LeavesOnlyTheWritersColourCodesInColouredText() =>
        Check(Hostile, Cheap, rendered =>
        {
            var coloured = rendered.Output(RenderedSubmission.ColouredText);
            var problems = OutputInvariants.ControlCharacters(RenderedSubmission.ColouredText, coloured, writerColours: true).ToList();

            // Every ESC in the coloured report is the writer's only if removing its codes leaves the plain report.
            if (WriterColour().Replace(coloured, string.Empty) != rendered.Output("text"))
            {
                problems.Add($"{RenderedSubmission.ColouredText}: without the writer's colour codes it is not the plain text report");
            }

            return problems;
        });

    [Fact]
    public void HostileText_StartsNoWorkflowCommandLineInAnyOutput() =>
        Check(Hostile, EveryFormat, rendered => rendered.Outputs.SelectMany(output => OutputInvariants.Views(output)
            .SelectMany(view => OutputInvariants.WorkflowCommandLines(view.Name, view.Text, annotations: view.Name == "github"))));

    [Fact]
    public void HostileText_CarriesNoLoggingCommandMarkerInAnyOutput() =>
        Check(Hostile, EveryFormat, rendered => rendered.Outputs.SelectMany(OutputInvariants.Views)
            .SelectMany(view => OutputInvariants.LoggingCommandMarkers(view.Name, view.Text)));

    [Fact]
    public void HostileText_StaysInertInMarkdown() =>
        Check(Hostile, Cheap, rendered => OutputInvariants.InertMarkdown(rendered.Output("markdown")));

    [Fact]
    public void SameSubmission_RendersByteIdenticalOutputTwice() =>
        SubmissionCases.Any.Sample(submission =>
        {
            var (first, second) = RenderedSubmission.Twice(submission);
            var different = first.Outputs.Zip(second.Outputs)
                .Where(pair => WithoutTimings(pair.First.Text) != WithoutTimings(pair.Second.Text))
                .Select(pair => $"{pair.First.Format} differs:\n{Literal.Of(pair.First.Text, 2000)}\n{Literal.Of(pair.Second.Text, 2000)}");
            Expect(different);
        }, iter: Costly, print: Print);

    /// <summary>
    /// Writers show at most ten findings per lab (Markdown) or per severity (annotations). The score
    /// must still count every error, and the capped outputs must say how many they leave out.
    /// </summary>
    [Fact]
    public void ManyFindings_ScoreCountsEveryErrorAndCappedOutputsCountTheRest() =>
        Check(SubmissionCases.Any, Cheap, rendered =>
        {
            var report = rendered.Report;
            var problems = new List<string>();
            foreach (var lab in report.Labs)
            {
                var errors = report.FindingsOf(lab.Lab.Id).Count(f => f.Severity == Severity.Error);
                if (lab.Completed != (errors == 0) || (lab.Score == 100) != (errors == 0))
                {
                    problems.Add($"lab {lab.Lab.Id} has {errors} errors but scores {lab.Score}, completed {lab.Completed}");
                }

                problems.AddRange(lab.Steps.Where(step => step.Completed == report.FindingsOf(lab, step).Any(f => f.Severity == Severity.Error))
                    .Select(step => $"lab {lab.Lab.Id} step {step.Step} shows completed {step.Completed} against its errors"));

                var findings = report.FindingsOf(lab.Lab.Id).Count();
                var more = $"…and {findings - 10} more: the text report lists them all.";
                if (findings > 10 && !rendered.Output("markdown").Contains(more, StringComparison.Ordinal))
                {
                    problems.Add($"markdown does not say '{more}'");
                }
            }

            var moreErrors = Math.Max(0, report.Findings.Count(f => f.Severity == Severity.Error) - 10);
            var moreWarnings = Math.Max(0, report.Findings.Count(f => f.Severity == Severity.Warning) - 10);
            var notShown = rendered.Output("github").Split('\n').SingleOrDefault(line => line.StartsWith("meshgrade: ", StringComparison.Ordinal));
            var counted = notShown is not null
                && (moreErrors == 0 || notShown.Contains($" {moreErrors} error", StringComparison.Ordinal))
                && (moreWarnings == 0 || notShown.Contains($" {moreWarnings} warning", StringComparison.Ordinal));
            if ((moreErrors + moreWarnings > 0) != counted)
            {
                problems.Add($"github does not count {moreErrors} more errors and {moreWarnings} more warnings: {Literal.Of(notShown ?? "(no line)")}");
            }

            return problems;
        });

    /// <summary>Grades and renders each case, and fails with every violation the check returns.</summary>
    private static void Check(Gen<SubmissionCase> cases, long iterations, Func<RenderedSubmission, IEnumerable<string>> violations) =>
        cases.Sample(submission => Expect(violations(RenderedSubmission.Of(submission))), iter: iterations, print: Print);

    private static void Expect(IEnumerable<string> violations)
    {
        var found = violations.Take(6).ToArray();
        if (found.Length > 0)
        {
            throw new XunitException(string.Join('\n', found));
        }
    }

    private static string Print(SubmissionCase submission) => submission.ToString();

    /// <summary>
    /// Lines as YAML and an editor count them: CRLF, CR and LF each end one, and a file that ends in a
    /// line break has an empty last line (where the end of the stream is). A BOM is no character of the first.
    /// </summary>
    private static int LineCount(string text)
    {
        var lines = 1;
        for (var i = text.StartsWith('\uFEFF') ? 1 : 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>The durations Gradescope and JUnit report are the only parts of an output that may differ between runs.</summary>
    private static string WithoutTimings(string output) => Timing().Replace(output, "${name}0");

    [GeneratedRegex(@"(?<name>""execution_time"": )\d+|(?<name> time="")[0-9.]+")]
    private static partial Regex Timing();

    [GeneratedRegex(@"\u001b\[(?:0|1|2|31|32|33|36)m")]
    private static partial Regex WriterColour();
}
