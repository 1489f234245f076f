using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>
/// JUnit XML in the subset GitLab, Jenkins, dorny/test-reporter and mikepenz/action-junit-report all
/// read: one testsuite per lab, one testcase per step (classname <c>meshgrade.SLUG</c>, name
/// "Step N: Title", file and line of the step's first error), and a failure whose message attribute
/// and body carry the same text, points included (JUnit has no points field).
/// </summary>
internal sealed class JUnitReportWriter(ArtifactPaths paths) : IReportWriter
{
    public void Write(GradingReport report, TextWriter output)
    {
        var suites = report.Labs.Select(lab => Suite(report, lab)).ToArray();
        var root = new XElement("testsuites",
            new XAttribute("name", "meshgrade"),
            Counters(report.Labs.Sum(l => l.TasksTotal), report.Labs.Sum(l => l.TasksTotal - l.TasksCompleted), report.Elapsed),
            suites);

        // Through a UTF-8 stream, so the declaration says utf-8 whatever the destination writer is.
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(xml);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private XElement Suite(GradingReport report, LabReport lab) =>
        new("testsuite",
            new XAttribute("name", XmlSafe($"Lab {lab.Lab.Id}: {lab.Lab.Title}")),
            Counters(lab.TasksTotal, lab.TasksTotal - lab.TasksCompleted, lab.Elapsed),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "rubric"), new XAttribute("value", XmlSafe(report.Rubric.Name))),
                new XElement("property", new XAttribute("name", "rubric.sha256"), new XAttribute("value", report.Rubric.Sha256))),
            lab.Steps.Select(step => Case(lab, step, report.FindingsOf(lab, step).ToArray())));

    private XElement Case(LabReport lab, StepReport step, IReadOnlyList<Finding> findings)
    {
        var firstError = findings.FirstOrDefault(f => f.Severity == Severity.Error);
        var testCase = new XElement("testcase",
            new XAttribute("classname", $"meshgrade.{lab.Lab.Slug}"),
            new XAttribute("name", XmlSafe($"Step {step.Step.ToString(CultureInfo.InvariantCulture)}: {step.Title}")),
            new XAttribute("file", XmlSafe(paths.Of(firstError?.File ?? step.File))),
            firstError?.Line is { } line ? new XAttribute("line", line) : null,
            // Steps are graded together, file by file; the lab's time is on its testsuite.
            new XAttribute("time", "0"));

        var points = $"{ScoreFormat.Text(step.Score)}/{ScoreFormat.Text(step.MaxScore)} points";
        if (!step.Completed)
        {
            var text = XmlSafe(string.Join('\n', [points, .. findings.Where(f => f.Severity == Severity.Error).Select(f => FindingText.WithHint(f, paths))]));
            testCase.Add(new XElement("failure",
                new XAttribute("message", text),
                new XAttribute("type", firstError?.Rule ?? "incomplete"),
                text));
        }

        var notes = findings.Where(f => f.Severity != Severity.Error).Select(f => FindingText.WithHint(f, paths)).ToArray();
        testCase.Add(new XElement("system-out", XmlSafe(string.Join('\n', [points, .. notes]))));
        return testCase;
    }

    private static XAttribute[] Counters(int tests, int failures, TimeSpan time) =>
    [
        new("tests", tests),
        new("failures", failures),
        new("errors", 0),
        new("skipped", 0),
        new("time", time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)),
    ];

    /// <summary>Learner text may hold characters XML 1.0 cannot carry (control characters): they become U+FFFD.</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                safe.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i, 2);
                i++;
            }
            else
            {
                safe.Append('\uFFFD');
            }
        }

        return safe.ToString();
    }
}
