using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Reports;

namespace MeshGrader.Core.Class.Writers;

/// <summary>
/// The class page (<c>--class-html</c>): one self-contained file an instructor opens offline. It
/// shows the score distribution of each lab and the completion rate of each step as inline SVG
/// charts, the checks the class fails most with their explanation, a table of submissions, and
/// each submission's findings, with the rubric's name and hash.
/// </summary>
/// <remarks>
/// Safe to open though every folder name and finding quotes a learner: all text is made printable
/// (<see cref="LearnerText"/>) and HTML-escaped, ids and links are the writer's own numbers, and a
/// Content-Security-Policy allows nothing but the page's one style sheet and one script, by hash
/// (no network, no inline handler, no injected script would run). Readable with scripts off (the
/// script only makes the table sortable) and for screen readers: headings, header cells with scope,
/// a title and a description on every chart, and words, not colour, for every verdict.
/// </remarks>
internal static class ClassHtmlWriter
{
    /// <summary>How many of the most failed checks the page lists.</summary>
    public const int MostFailedShown = 10;

    private const int MaxText = LearnerText.MaxLength;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        :root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bar: #2f6fb5; --track: #e8edf2; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 76rem; padding: 1.5rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
        nav ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
        a { color: #0b5cad; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; color: var(--muted); padding-bottom: .3rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .charts { display: flex; flex-wrap: wrap; gap: 1.5rem 2.5rem; }
        figure { margin: 0; }
        figcaption { color: var(--muted); font-size: .9rem; }
        svg { max-width: 100%; height: auto; }
        svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
        .bar { fill: var(--bar); }
        .track { fill: var(--track); }
        .axis { stroke: var(--muted); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; overflow-wrap: anywhere; }
        th code, .rule { white-space: nowrap; overflow-wrap: normal; }
        .findings { padding-left: 1.2rem; }
        .findings li { margin: .3rem 0; }
        .severity { font-weight: bold; text-transform: uppercase; font-size: .8em; }
        .hint { color: var(--muted); }
        th button { font: inherit; font-weight: bold; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
        th[aria-sort=ascending] button::after { content: " \25B2"; }
        th[aria-sort=descending] button::after { content: " \25BC"; }
        """;

    // Sorts the submissions table by a column when its header is pressed. Without scripts the
    // table keeps class order, and nothing else on the page needs a script.
    private const string Script = """
        (function () {
          var table = document.getElementById('submissions-table');
          if (!table) { return; }
          var headers = table.tHead.rows[0].cells;
          function key(row, column, numeric) {
            var cell = row.cells[column];
            var value = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
            return numeric ? (value === '' ? -1 : parseFloat(value)) : value.toLowerCase();
          }
          function sortBy(column) {
            var header = headers[column];
            var ascending = header.getAttribute('aria-sort') !== 'ascending';
            var numeric = header.getAttribute('data-type') === 'number';
            for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute('aria-sort'); }
            header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a, column, numeric), y = key(b, column, numeric);
              var order = numeric ? x - y : (x < y ? -1 : x > y ? 1 : 0);
              if (order === 0) { order = Number(a.getAttribute('data-position')) - Number(b.getAttribute('data-position')); return order; }
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          Array.prototype.forEach.call(headers, function (header, column) {
            var button = document.createElement('button');
            button.type = 'button';
            button.textContent = header.textContent;
            header.textContent = '';
            header.appendChild(button);
            button.addEventListener('click', function () { sortBy(column); });
          });
          table.setAttribute('data-sortable', 'ready');
        })();
        """;

    /// <summary>What the page allows: its own style sheet and script, by hash, and nothing else.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    public static void Write(ClassReport report, TextWriter output)
    {
        var html = new StringBuilder(64 * 1024 + report.Submissions.Count * 2048);
        var summary = ClassStatistics.Summary(report);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"meshgrade\">\n");
        html.Append("<title>Class report: ").Append(FindingText.Count(summary.Submissions, "submission")).Append("</title>\n");
        html.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        Header(html, report, summary);
        html.Append("<main>\n");
        Distributions(html, report);
        StepCompletions(html, report);
        MostFailed(html, report);
        SubmissionsTable(html, report);
        Findings(html, report);
        html.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void Header(StringBuilder html, ClassReport report, ClassSummary summary)
    {
        html.Append("<header>\n<h1>Class report</h1>\n<p>");
        html.Append(FindingText.Count(summary.Submissions, "submission")).Append(": ")
            .Append(Number(summary.Passed)).Append(" passed, ")
            .Append(Number(summary.NotPassing)).Append(" not passing, ")
            .Append(Number(summary.NotGraded)).Append(" not graded.");
        if (summary.MeanScore is { } mean)
        {
            html.Append(" Mean score ").Append(ScoreFormat.Text(mean)).Append("/100.");
        }

        html.Append(report.MinScore is { } minimum ? $" A submission passes at a score of {ScoreFormat.Text(minimum)}." : " A submission passes when every lab is completed.");
        html.Append("</p>\n<p>Labs: ")
            .AppendJoin(", ", report.Labs.Select(l => Text($"{l.Id} {l.Title}")))
            .Append(".</p>\n<p id=\"rubric\">Rubric: <strong>").Append(Text(report.Rubric.Name)).Append("</strong>, SHA-256 <code>")
            .Append(report.Rubric.Sha256.Length == 0 ? "none" : Text(report.Rubric.Sha256)).Append("</code></p>\n");
        html.Append("<nav aria-label=\"Contents\"><ul><li><a href=\"#distribution\">Score distribution</a></li><li><a href=\"#completion\">Step completion</a></li>")
            .Append("<li><a href=\"#most-failed\">Checks failed most</a></li><li><a href=\"#submissions\">Submissions</a></li><li><a href=\"#findings\">Findings</a></li></ul></nav>\n</header>\n");
    }

    /// <summary>A histogram per lab: how many graded submissions scored in each band of ten points.</summary>
    private static void Distributions(StringBuilder html, ClassReport report)
    {
        html.Append("<section aria-labelledby=\"distribution\">\n<h2 id=\"distribution\">Score distribution</h2>\n<div class=\"charts\">\n");
        foreach (var lab in report.Labs)
        {
            var counts = ClassStatistics.Distribution(report, lab);
            var graded = counts.Sum();
            var highest = Math.Max(1, counts.Max());
            var id = $"distribution-{Number(lab.Id)}";
            const int Left = 8, Top = 22, Height = 130, Pitch = 38, BarWidth = 30;
            var width = Left * 2 + Pitch * ClassStatistics.Bands;
            html.Append("<div>\n<h3>Lab ").Append(Number(lab.Id)).Append(' ').Append(Text(lab.Title)).Append("</h3>\n");
            html.Append("<figure>\n<svg role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" id=\"").Append(id)
                .Append("\" data-lab=\"").Append(Number(lab.Id)).Append("\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(Top + Height + 40))
                .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(Top + Height + 40)).Append("\">\n");
            html.Append("<title id=\"").Append(id).Append("-title\">Lab ").Append(Number(lab.Id)).Append(' ').Append(Text(lab.Title)).Append(": score distribution</title>\n");
            html.Append("<desc id=\"").Append(id).Append("-desc\">")
                .AppendJoin("; ", counts.Select((count, band) => $"{ClassStatistics.BandLabel(band)}: {FindingText.Count(count, "submission")}"))
                .Append(".</desc>\n");
            html.Append("<line class=\"axis\" x1=\"").Append(Number(Left)).Append("\" y1=\"").Append(Number(Top + Height)).Append("\" x2=\"").Append(Number(width - Left))
                .Append("\" y2=\"").Append(Number(Top + Height)).Append("\"/>\n");
            for (var band = 0; band < ClassStatistics.Bands; band++)
            {
                var barHeight = (int)Math.Round((double)counts[band] / highest * Height, MidpointRounding.AwayFromZero);
                var x = Left + band * Pitch + (Pitch - BarWidth) / 2;
                html.Append("<g><title>").Append(ClassStatistics.BandLabel(band)).Append(": ").Append(FindingText.Count(counts[band], "submission")).Append("</title>");
                html.Append("<rect class=\"bar\" data-band=\"").Append(Number(band)).Append("\" data-count=\"").Append(Number(counts[band]))
                    .Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(Top + Height - barHeight)).Append("\" width=\"").Append(Number(BarWidth))
                    .Append("\" height=\"").Append(Number(barHeight)).Append("\"/>");
                html.Append("<text x=\"").Append(Number(x + BarWidth / 2)).Append("\" y=\"").Append(Number(Top + Height - barHeight - 5))
                    .Append("\" text-anchor=\"middle\">").Append(Number(counts[band])).Append("</text>");
                html.Append("<text x=\"").Append(Number(x + BarWidth / 2)).Append("\" y=\"").Append(Number(Top + Height + 16))
                    .Append("\" text-anchor=\"middle\">").Append(Number(band * 10)).Append("</text></g>\n");
            }

            html.Append("<text x=\"").Append(Number(width / 2)).Append("\" y=\"").Append(Number(Top + Height + 34)).Append("\" text-anchor=\"middle\">score (bands of ten points; 100 alone)</text>\n");
            html.Append("</svg>\n<figcaption>Lab ").Append(Number(lab.Id)).Append(' ').Append(Text(lab.Title)).Append(": ")
                .Append(FindingText.Count(graded, "graded submission"));
            if (ClassStatistics.LabMean(report, lab) is { } mean)
            {
                html.Append(", mean ").Append(ScoreFormat.Text(mean)).Append("/100");
            }

            html.Append(".</figcaption>\n</figure>\n</div>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    /// <summary>A bar per step: the share of graded submissions that completed it.</summary>
    private static void StepCompletions(StringBuilder html, ClassReport report)
    {
        html.Append("<section aria-labelledby=\"completion\">\n<h2 id=\"completion\">Step completion</h2>\n<div class=\"charts\">\n");
        foreach (var lab in report.Labs)
        {
            var steps = ClassStatistics.StepCompletions(report, lab);
            var id = $"completion-{Number(lab.Id)}";
            const int LabelWidth = 250, TrackWidth = 300, RowHeight = 26, Top = 6;
            var width = LabelWidth + TrackWidth + 130;
            var height = Top * 2 + RowHeight * steps.Count;
            html.Append("<div>\n<h3>Lab ").Append(Number(lab.Id)).Append(' ').Append(Text(lab.Title)).Append("</h3>\n");
            html.Append("<figure>\n<svg role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" id=\"").Append(id)
                .Append("\" data-lab=\"").Append(Number(lab.Id)).Append("\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height))
                .Append("\" width=\"").Append(Number(width)).Append("\" height=\"").Append(Number(height)).Append("\">\n");
            html.Append("<title id=\"").Append(id).Append("-title\">Lab ").Append(Number(lab.Id)).Append(' ').Append(Text(lab.Title)).Append(": step completion</title>\n");
            html.Append("<desc id=\"").Append(id).Append("-desc\">")
                .AppendJoin("; ", steps.Select(s => $"Step {Number(s.Step.Step)} {Text(s.Step.Title)}: {Number(s.Completed)} of {Number(s.Graded)} ({ClassStatistics.Percent(s.Completed, s.Graded)})"))
                .Append(".</desc>\n");
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                var y = Top + i * RowHeight;
                var barWidth = step.Graded == 0 ? 0 : (int)Math.Round((double)step.Completed / step.Graded * TrackWidth, MidpointRounding.AwayFromZero);
                var label = $"{step.Completed} of {step.Graded} ({ClassStatistics.Percent(step.Completed, step.Graded)})";
                html.Append("<g><title>Step ").Append(Number(step.Step.Step)).Append(' ').Append(Text(step.Step.Title)).Append(": ").Append(label).Append("</title>");
                html.Append("<text x=\"0\" y=\"").Append(Number(y + 17)).Append("\">").Append(Number(step.Step.Step)).Append(". ").Append(Text(step.Step.Title)).Append("</text>");
                html.Append("<rect class=\"track\" x=\"").Append(Number(LabelWidth)).Append("\" y=\"").Append(Number(y + 4)).Append("\" width=\"").Append(Number(TrackWidth)).Append("\" height=\"18\"/>");
                html.Append("<rect class=\"bar\" data-step=\"").Append(Number(step.Step.Step)).Append("\" data-completed=\"").Append(Number(step.Completed))
                    .Append("\" data-graded=\"").Append(Number(step.Graded)).Append("\" x=\"").Append(Number(LabelWidth)).Append("\" y=\"").Append(Number(y + 4))
                    .Append("\" width=\"").Append(Number(barWidth)).Append("\" height=\"18\"/>");
                html.Append("<text x=\"").Append(Number(LabelWidth + TrackWidth + 8)).Append("\" y=\"").Append(Number(y + 17)).Append("\">").Append(label).Append("</text></g>\n");
            }

            html.Append("</svg>\n<figcaption>Lab ").Append(Number(lab.Id)).Append(' ').Append(Text(lab.Title))
                .Append(": the share of graded submissions that completed each step.</figcaption>\n</figure>\n</div>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    private static void MostFailed(StringBuilder html, ClassReport report)
    {
        var graded = report.Graded.Count();
        var failed = ClassStatistics.MostFailed(report, MostFailedShown);
        html.Append("<section aria-labelledby=\"most-failed\">\n<h2 id=\"most-failed\">Checks the class fails most</h2>\n");
        if (failed.Count == 0)
        {
            html.Append("<p>No graded submission fails a check.</p>\n</section>\n");
            return;
        }

        html.Append("<table id=\"most-failed-table\">\n<caption>The checks failed by the most graded submissions (at most ").Append(Number(MostFailedShown))
            .Append("); <code>meshgrade explain RULE</code> says the same offline.</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Check</th><th scope=\"col\">Why it matters</th>")
            .Append("<th scope=\"col\" class=\"num\">Submissions failing</th><th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        foreach (var check in failed)
        {
            var rule = RuleRegistry.Find(check.Rule);
            html.Append("<tr data-rule=\"").Append(Text(check.Rule)).Append("\"><th scope=\"row\"><code>").Append(Text(check.Rule)).Append("</code></th><td>")
                .Append(Text(rule?.Title ?? "(a rule this version of meshgrade does not know)")).Append("</td><td>")
                .Append(Text(rule?.Why ?? string.Empty)).Append("</td><td class=\"num\" data-count=\"").Append(Number(check.Submissions)).Append("\">")
                .Append(Number(check.Submissions)).Append("</td><td class=\"num\">").Append(ClassStatistics.Percent(check.Submissions, graded)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void SubmissionsTable(StringBuilder html, ClassReport report)
    {
        html.Append("<section aria-labelledby=\"submissions\">\n<h2 id=\"submissions\">Submissions</h2>\n");
        html.Append("<table id=\"submissions-table\">\n<caption>One row per submission, by folder; with scripts on, a column header sorts the table.</caption>\n<thead><tr>");
        html.Append("<th scope=\"col\">Submission</th><th scope=\"col\" aria-sort=\"ascending\">Folder</th>");
        foreach (var lab in report.Labs)
        {
            html.Append("<th scope=\"col\" class=\"num\" data-type=\"number\">Lab ").Append(Number(lab.Id)).Append("</th>");
        }

        html.Append("<th scope=\"col\" class=\"num\" data-type=\"number\">Score</th><th scope=\"col\">Result</th><th scope=\"col\" class=\"num\" data-type=\"number\">Failed checks</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < report.Submissions.Count; i++)
        {
            var submission = report.Submissions[i];
            var grade = submission.Grade;
            html.Append("<tr data-position=\"").Append(Number(i)).Append("\"><th scope=\"row\"><a href=\"#").Append(Anchor(i)).Append("\">")
                .Append(Text(submission.Identity)).Append("</a></th><td><code>").Append(Text(submission.Path)).Append("</code></td>");
            foreach (var lab in report.Labs)
            {
                var labGrade = grade?.Lab(lab.Id);
                html.Append(ScoreCell(labGrade?.Score));
            }

            html.Append(ScoreCell(grade?.Score)).Append("<td>").Append(Result(submission)).Append("</td>");
            html.Append("<td class=\"num\" data-sort=\"").Append(grade is null ? string.Empty : Number(grade.FailedChecks.Count)).Append("\">")
                .Append(grade is null ? "–" : Number(grade.FailedChecks.Count)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Findings(StringBuilder html, ClassReport report)
    {
        html.Append("<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings by submission</h2>\n");
        for (var i = 0; i < report.Submissions.Count; i++)
        {
            var submission = report.Submissions[i];
            html.Append("<section id=\"").Append(Anchor(i)).Append("\" aria-labelledby=\"").Append(Anchor(i)).Append("-title\">\n<h3 id=\"").Append(Anchor(i)).Append("-title\">")
                .Append(Text(submission.Identity)).Append("</h3>\n<p><code>").Append(Text(submission.Path)).Append("</code>: ");
            if (submission.Grade is not { } grade)
            {
                html.Append(Result(submission)).Append(", ").Append(Text(submission.Problem ?? string.Empty)).Append(".</p>\n");
            }
            else
            {
                html.Append("score ").Append(ScoreFormat.Text(grade.Score)).Append("/100, ").Append(Result(submission)).Append(" (")
                    .AppendJoin(", ", grade.Labs.Select(l => $"Lab {Number(l.Lab)}: {ScoreFormat.Text(l.Score)}/100, {Number(l.TasksCompleted)}/{Number(l.TasksTotal)} steps"))
                    .Append(").</p>\n");
                if (grade.Findings.Count == 0)
                {
                    html.Append("<p>No findings.</p>\n");
                }
                else
                {
                    html.Append("<ul class=\"findings\">\n");
                    foreach (var finding in grade.Findings)
                    {
                        html.Append("<li><span class=\"severity\">").Append(FindingText.SeverityWord(finding.Severity)).Append("</span> ");
                        if (FindingText.Location(finding, ArtifactPaths.SubmissionRoot) is { Length: > 0 } location)
                        {
                            html.Append("<code>").Append(Text(location)).Append("</code> ");
                        }

                        html.Append(Text(finding.Message)).Append(" <code>[").Append(Text(finding.Rule)).Append("]</code>");
                        if (!string.IsNullOrWhiteSpace(finding.Hint))
                        {
                            html.Append("<br><span class=\"hint\">Hint: ").Append(Text(finding.Hint)).Append("</span>");
                        }

                        html.Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                }
            }

            html.Append("<p><a href=\"#submissions\">Back to the submissions</a></p>\n</section>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The verdict in words, with a sign that is not a colour.</summary>
    private static string Result(SubmissionRow submission) =>
        submission.Grade is null ? "! not graded" : submission.Passed ? "✓ passed" : "✗ not passing";

    private static string ScoreCell(decimal? score) => score is { } value
        ? $"<td class=\"num\" data-sort=\"{ScoreFormat.Text(value)}\">{ScoreFormat.Text(value)}</td>"
        : "<td class=\"num\" data-sort=\"\">–</td>";

    /// <summary>A submission's anchor: the writer's own number, never the learner's text.</summary>
    private static string Anchor(int position) => "s-" + Number(position + 1);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text as HTML: printable first (no control or bidirectional character), then escaped.</summary>
    private static string Text(string text) => Encoder.Encode(LearnerText.Printable(text, MaxText));

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
