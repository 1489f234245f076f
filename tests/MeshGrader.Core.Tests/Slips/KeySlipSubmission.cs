using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// A learner's key slip made in a copy of the complete sample, by editing lines the way a learner
/// would (moving, indenting, renaming), and the findings it adds to those of the correct answer.
/// </summary>
internal sealed class KeySlipSubmission : IDisposable
{
    private readonly TemporarySubmission submission = TemporarySubmission.FromSample("complete");

    public string Root => submission.Root;

    public string Text(string file) => File.ReadAllText(Path.Combine(submission.Root, file));

    /// <summary>Changes one file's lines; the edit fails the test when a line it names is not there.</summary>
    public KeySlipSubmission Edit(string file, Func<List<string>, List<string>> edit)
    {
        var lines = Text(file).Split('\n').ToList();
        submission.With(file, string.Join('\n', edit(lines)));
        return this;
    }

    public KeySlipSubmission Replace(string file, string oldText, string newText)
    {
        submission.Replace(file, oldText, newText);
        return this;
    }

    public SourcePosition PositionOf(string file, string what, string? after = null) => submission.PositionOf(file, what, after);

    public GradingReport Grade(int lab) => submission.Grade(lab);

    /// <summary>
    /// The findings the slip adds: every finding except the notices the complete sample already
    /// gets (the correct answer has no error or warning, and a few informative notices).
    /// </summary>
    public static IReadOnlyList<Finding> Added(GradingReport report, int lab)
    {
        using var complete = TemporarySubmission.FromSample("complete");
        var notices = complete.Grade(lab).Findings.Where(f => f.Severity == Severity.Info).Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
        return report.Findings.Where(f => f.Severity != Severity.Info || !notices.Contains(f.Rule)).ToArray();
    }

    /// <summary>The one finding the slip adds; fails listing them when there are none or several.</summary>
    public static Finding TheOneFinding(GradingReport report, int lab)
    {
        var added = Added(report, lab);
        Assert.True(added.Count == 1, $"Expected one finding, got {added.Count}: {ReportAssertions.Describe(added)}");
        return added[0];
    }

    public void Dispose() => submission.Dispose();
}

/// <summary>Line edits a learner makes by accident.</summary>
internal static class LineEdits
{
    /// <summary>Removes the line that starts with <paramref name="start"/> (after its indentation is kept as written) and returns it.</summary>
    public static string Take(List<string> lines, string start)
    {
        var index = IndexOf(lines, start);
        var line = lines[index];
        lines.RemoveAt(index);
        return line;
    }

    /// <summary>Moves a line to just after another one, indented by <paramref name="indent"/> spaces.</summary>
    public static List<string> Move(List<string> lines, string start, string after, int indent)
    {
        var line = Take(lines, start).TrimStart();
        lines.Insert(IndexOf(lines, after) + 1, new string(' ', indent) + line);
        return lines;
    }

    /// <summary>Moves a line to the end of the file, at the left margin.</summary>
    public static List<string> MoveToEnd(List<string> lines, string start)
    {
        var line = Take(lines, start).TrimStart();
        var last = lines.FindLastIndex(l => l.Length > 0);
        lines.Insert(last + 1, line);
        return lines;
    }

    /// <summary>Indents a section and its settings (the lines up to the next blank line) by two more spaces.</summary>
    public static List<string> IndentSection(List<string> lines, string section)
    {
        for (var i = IndexOf(lines, section); i < lines.Count && lines[i].Length > 0; i++)
        {
            lines[i] = "  " + lines[i];
        }

        return lines;
    }

    /// <summary>Moves a section's settings (the lines up to the next blank line) to the left margin, keeping or dropping the section line.</summary>
    public static List<string> DedentSettings(List<string> lines, string section, bool keepSection)
    {
        var index = IndexOf(lines, section);
        for (var i = index + 1; i < lines.Count && lines[i].Length > 0; i++)
        {
            lines[i] = lines[i].TrimStart();
        }

        if (!keepSection)
        {
            lines.RemoveAt(index);
        }
        else
        {
            // The section line keeps only its key, as a learner leaves it before the settings beneath it.
            lines[index] = section;
        }

        return lines;
    }

    /// <summary>Writes a section's settings as list items ("- key: value"), as a learner copying a list might.</summary>
    public static List<string> ListSection(List<string> lines, string section)
    {
        for (var i = IndexOf(lines, section) + 1; i < lines.Count && lines[i].Length > 0; i++)
        {
            lines[i] = "  - " + lines[i].TrimStart();
        }

        return lines;
    }

    /// <summary>Removes a section and its settings (the lines up to the next blank line).</summary>
    public static List<string> RemoveSection(List<string> lines, string section)
    {
        var index = IndexOf(lines, section);
        while (index < lines.Count && lines[index].Length > 0)
        {
            lines.RemoveAt(index);
        }

        return lines;
    }

    private static int IndexOf(List<string> lines, string start)
    {
        var matches = lines.Select((line, i) => (line, i)).Where(l => l.line.TrimStart().StartsWith(start, StringComparison.Ordinal)).ToArray();
        Assert.True(matches.Length == 1, $"Expected one line starting with '{start}', found {matches.Length}.");
        return matches[0].i;
    }
}
