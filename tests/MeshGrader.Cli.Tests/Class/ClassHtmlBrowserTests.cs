using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MeshGrader.Cli.Tests.Support;

namespace MeshGrader.Cli.Tests.Class;

/// <summary>
/// The class page as Chromium renders it: a page of the test's own loads the report in a frame and
/// reads back what was laid out (the size of every bar, the rows of each table) and what its script
/// did under the report's Content-Security-Policy (sorting), then writes it into its own DOM, which
/// Chromium prints with --dump-dom.
/// </summary>
public sealed partial class ClassHtmlBrowserTests
{
    private const string Probe = """
        <!DOCTYPE html><html><body>
        <iframe id="report" src="class.html" width="1280" height="4000"></iframe>
        <pre id="result">not loaded</pre>
        <script>
        document.getElementById('report').addEventListener('load', function () {
          try {
            var page = this.contentDocument;
            function box(element) { var r = element.getBoundingClientRect(); return { width: r.width, height: r.height }; }
            var result = { distribution: [], completion: [], mostFailed: [], rows: [] };
            page.querySelectorAll('svg[id^="distribution-"] rect.bar').forEach(function (bar) {
              result.distribution.push({ lab: +bar.closest('svg').getAttribute('data-lab'), band: +bar.getAttribute('data-band'), count: +bar.getAttribute('data-count'), height: box(bar).height });
            });
            page.querySelectorAll('svg[id^="completion-"] rect.bar').forEach(function (bar) {
              result.completion.push({ lab: +bar.closest('svg').getAttribute('data-lab'), step: +bar.getAttribute('data-step'), completed: +bar.getAttribute('data-completed'), graded: +bar.getAttribute('data-graded'), width: box(bar).width });
            });
            page.querySelectorAll('#most-failed-table tbody tr').forEach(function (row) {
              result.mostFailed.push({ rule: row.getAttribute('data-rule'), count: +row.cells[3].textContent, height: box(row).height });
            });
            var table = page.getElementById('submissions-table');
            result.sortable = table.getAttribute('data-sortable');
            table.querySelectorAll('tbody tr').forEach(function (row) {
              result.rows.push({ identity: row.cells[0].textContent, score: row.cells[row.cells.length - 3].textContent, height: box(row).height });
            });
            var buttons = table.tHead.querySelectorAll('button');
            var score = buttons[buttons.length - 3];
            score.click(); score.click();
            result.firstAfterSortingByScoreDescending = table.tBodies[0].rows[0].cells[table.tBodies[0].rows[0].cells.length - 3].textContent;
            result.scripts = page.querySelectorAll('script').length;
            document.getElementById('result').textContent = JSON.stringify(result);
          } catch (e) { document.getElementById('result').textContent = 'error: ' + e; }
        });
        </script></body></html>
        """;

    [BrowserFact]
    public void ClassPage_RendersItsChartsAndTablesWithTheClassNumbers()
    {
        using var workspace = new TemporaryFolder();
        var samples = SampleClass.Names.ToArray();
        foreach (var sample in samples)
        {
            workspace.CopySample(sample, Path.Combine("class", sample));
        }

        workspace.CopySample("data-mesh-threshold-too-low", "class/<script>alert(1)<\\script>");
        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", "class", "--each", "--lab", "16", "--lab", "17", "--lab", "18",
            "--class-html", "class.html", "--class-json", "class.json");
        Assert.True(run.ExitCode == 0, run.Error);
        File.WriteAllText(workspace["probe.html"], Probe);

        var dump = Chromium.Run(workspace.Root, "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom", new Uri(workspace["probe.html"]).AbsoluteUri);

        var text = WebUtility.HtmlDecode(ResultElement().Match(dump.Out).Groups[1].Value);
        Assert.True(text.StartsWith('{'), $"The probe did not read the page: {text}\n{dump.Error}");
        var rendered = JsonDocument.Parse(text).RootElement;
        var expected = JsonDocument.Parse(File.ReadAllText(workspace["class.json"])).RootElement;
        var submissions = expected.GetProperty("submissions").EnumerateArray().ToArray();

        // The script ran under the page's policy, and learner text added none.
        Assert.Equal("ready", rendered.GetProperty("sortable").GetString());
        Assert.Equal(1, rendered.GetProperty("scripts").GetInt32());

        // Score distribution: each lab's bars hold the class's counts, drawn at heights in proportion (130 px the highest).
        foreach (var lab in new[] { 16, 17, 18 })
        {
            var bars = rendered.GetProperty("distribution").EnumerateArray().Where(b => b.GetProperty("lab").GetInt32() == lab).ToArray();
            var scores = submissions.Select(s => s.GetProperty("labs").EnumerateArray().Single(l => l.GetProperty("lab").GetInt32() == lab).GetProperty("score").GetDecimal()).ToArray();
            var counts = Enumerable.Range(0, 11).Select(band => scores.Count(s => (s >= 100 ? 10 : (int)(s / 10)) == band)).ToArray();
            Assert.Equal(counts, bars.Select(b => b.GetProperty("count").GetInt32()));
            Assert.All(bars, b => Assert.InRange(b.GetProperty("height").GetDouble(), 130.0 * b.GetProperty("count").GetInt32() / counts.Max() - 1, 130.0 * b.GetProperty("count").GetInt32() / counts.Max() + 1));
        }

        // Step completion: each step's bar is its share of the 300 px track.
        var completion = rendered.GetProperty("completion").EnumerateArray().ToArray();
        Assert.Equal(18, completion.Length);
        Assert.All(completion, bar =>
        {
            var lab = bar.GetProperty("lab").GetInt32();
            var step = bar.GetProperty("step").GetInt32();
            var completed = submissions.Count(s => s.GetProperty("labs").EnumerateArray().Single(l => l.GetProperty("lab").GetInt32() == lab)
                .GetProperty("steps").EnumerateArray().Single(x => x.GetProperty("step").GetInt32() == step).GetProperty("completed").GetBoolean());
            Assert.Equal(completed, bar.GetProperty("completed").GetInt32());
            Assert.Equal(submissions.Length, bar.GetProperty("graded").GetInt32());
            Assert.InRange(bar.GetProperty("width").GetDouble(), 300.0 * completed / submissions.Length - 1, 300.0 * completed / submissions.Length + 1);
        });

        // Most failed checks: rendered rows, most failed first, with the number of submissions failing each.
        var mostFailed = rendered.GetProperty("mostFailed").EnumerateArray().ToArray();
        Assert.Equal(10, mostFailed.Length);
        Assert.All(mostFailed, row =>
        {
            Assert.True(row.GetProperty("height").GetDouble() > 0);
            Assert.Equal(submissions.Count(s => s.GetProperty("failed_checks").EnumerateArray().Any(r => r.GetString() == row.GetProperty("rule").GetString())), row.GetProperty("count").GetInt32());
        });
        Assert.Equal(("MG-004", submissions.Length - 1), (mostFailed[0].GetProperty("rule").GetString(), mostFailed[0].GetProperty("count").GetInt32()));

        // The submissions table: every row laid out, in class order, with its score; sorting by score puts the best first.
        var rows = rendered.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(submissions.Select(s => (s.GetProperty("identity").GetString(), s.GetProperty("score").GetDecimal().ToString(CultureInfo.InvariantCulture))),
            rows.Select(r => (r.GetProperty("identity").GetString(), r.GetProperty("score").GetString()!)));
        Assert.All(rows, r => Assert.True(r.GetProperty("height").GetDouble() > 0));
        Assert.Contains(rows, r => r.GetProperty("identity").GetString() == "<script>alert(1)<\\script>");
        Assert.Equal("100", rendered.GetProperty("firstAfterSortingByScoreDescending").GetString());
    }

    [BrowserFact]
    public void ClassPage_MakesAScreenshot()
    {
        using var workspace = new TemporaryFolder();
        var run = CliRun.In(workspace.Root, new Dictionary<string, string>(), "check", SampleClass.Folder, "--each", "--lab", "16", "--class-html", "class.html");
        Assert.True(run.ExitCode == 0, run.Error);

        var shot = Chromium.Run(workspace.Root, "--window-size=1280,1600", $"--screenshot={workspace["class.png"]}", new Uri(workspace["class.html"]).AbsoluteUri);

        Assert.True(File.Exists(workspace["class.png"]), shot.Both);
        var png = File.ReadAllBytes(workspace["class.png"]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // Width and height, big-endian in the IHDR chunk.
        Assert.Equal((1280, 1600), (ReadInt(png, 16), ReadInt(png, 20)));
    }

    private static int ReadInt(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    [GeneratedRegex("<pre id=\"result\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ResultElement();
}
