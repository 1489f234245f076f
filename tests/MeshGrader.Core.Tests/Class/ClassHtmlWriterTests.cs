using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MeshGrader.Core.Class;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Class.Writers;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Tests.Class;

public sealed partial class ClassHtmlWriterTests
{
    [Fact]
    public void Page_AllowsOnlyItsOwnStyleAndScriptByHash()
    {
        var html = Html(ClassOfSamples.Graded());

        var style = Assert.Single(StyleElement().Matches(html)).Groups[1].Value;
        var script = Assert.Single(ScriptElement().Matches(html)).Groups[1].Value;
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ClassHtmlWriter.ContentSecurityPolicy}\">", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; ", ClassHtmlWriter.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains($"style-src '{Hash(style)}'", ClassHtmlWriter.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains($"script-src '{Hash(script)}'", ClassHtmlWriter.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    [Fact]
    public void HostileFolderNames_AreEscapedTextAndNeverMarkup()
    {
        var html = Html(ClassOfSamples.WithIdentities(ClassOfSamples.HostileNames));

        Assert.Single(ScriptElement().Matches(html));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror=alert", html.Replace("onerror=alert(1)&gt;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u001B', html);
        Assert.Contains("rtl\\u202Eevil", html, StringComparison.Ordinal);
        Assert.Contains("ünïcödé-名前", html, StringComparison.Ordinal);
        // Anchors are the writer's numbers: no learner text in an id or a link target.
        Assert.All(IdAttribute().Matches(html), id => Assert.Matches("^[a-z0-9-]+$", id.Groups[1].Value));
        Assert.All(HrefAttribute().Matches(html), href => Assert.Matches("^#[a-z0-9-]+$", href.Groups[1].Value));
    }

    [Fact]
    public void Page_ShowsTheRubricNameAndHash()
    {
        var stamp = new RubricStamp("course <2026>", new string('c', 64));

        var html = Html(ClassOfSamples.Graded() with { Rubric = stamp });

        Assert.Contains($"Rubric: <strong>course &lt;2026&gt;</strong>, SHA-256 <code>{stamp.Sha256}</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_IsAccessible()
    {
        var report = ClassOfSamples.Graded();
        var html = Html(report);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1>"));
        Assert.Equal(5, Regex.Matches(html, "<h2 ").Count);
        // Every header cell has a scope; every chart a title and a description it is labelled by.
        Assert.DoesNotMatch("<th(?=[\\s>])(?![^>]*scope=)", html);
        var charts = Regex.Matches(html, "<svg role=\"img\" aria-labelledby=\"([a-z0-9-]+)-title ([a-z0-9-]+)-desc\"");
        Assert.Equal(2 * report.Labs.Count, charts.Count);
        Assert.All(charts, chart =>
        {
            Assert.Contains($"<title id=\"{chart.Groups[1].Value}-title\">", html, StringComparison.Ordinal);
            Assert.Contains($"<desc id=\"{chart.Groups[1].Value}-desc\">", html, StringComparison.Ordinal);
        });
        // Verdicts are words with a sign, not a colour.
        Assert.Contains("✓ passed", html, StringComparison.Ordinal);
        Assert.Contains("✗ not passing", html, StringComparison.Ordinal);
    }

    [Fact]
    public void EachSubmissionRow_LinksToItsFindingsInThePage()
    {
        var report = ClassOfSamples.Graded();
        var html = Html(report);

        for (var i = 1; i <= report.Submissions.Count; i++)
        {
            Assert.Contains($"<a href=\"#s-{i}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<section id=\"s-{i}\"", html, StringComparison.Ordinal);
        }

        var threshold = report.Submissions.Single(s => s.Path.EndsWith("threshold-too-low", StringComparison.Ordinal));
        Assert.Contains(WebUtility(threshold.Grade!.Findings.First(f => f.Rule == "DM-301").Message), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_CarryTheClassNumbers()
    {
        var report = ClassOfSamples.Graded();
        var html = Html(report);

        foreach (var lab in report.Labs)
        {
            var chart = Regex.Match(html, $"<svg[^>]*id=\"distribution-{lab.Id}\".*?</svg>", RegexOptions.Singleline).Value;
            var counts = Regex.Matches(chart, "data-count=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(report.Submissions.Select(s => ClassStatistics.Band(s.Grade!.Lab(lab.Id)!.Score)).CountBy(b => b).OrderBy(p => p.Key).Select(p => p.Value), counts.Where(c => c > 0));
            Assert.Equal(report.Submissions.Count, counts.Sum());
        }

        var mostFailed = ClassStatistics.MostFailed(report, ClassHtmlWriter.MostFailedShown)[0];
        Assert.Contains($"<tr data-rule=\"{mostFailed.Rule}\">", html, StringComparison.Ordinal);
        Assert.Equal(19, mostFailed.Submissions);
    }

    internal static string Html(ClassReport report)
    {
        using var text = new StringWriter();
        ClassHtmlWriter.Write(report, text);
        return text.ToString();
    }

    private static string WebUtility(string text) => System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(" id=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(" href=\"([^\"]*)\"")]
    private static partial Regex HrefAttribute();
}
