using System.Globalization;
using MeshGrader.Core.Findings;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// What a watch prints between reports. On a terminal the screen is cleared before each regrade, so
/// only the current report shows; on a pipe or a file, where escape codes would be noise, a plain
/// separator line with the time and the files that changed.
/// </summary>
internal sealed class WatchScreen(TextWriter output, bool terminal, TimeProvider clock, string shownFolder)
{
    /// <summary>Cursor home, then erase the screen (ECMA-48 CUP and ED).</summary>
    private const string ClearScreen = "\u001b[H\u001b[2J";

    public void Watching()
    {
        output.WriteLine($"Watching '{LearnerText.Printable(shownFolder)}' for changes to its lab files; press Ctrl-C to stop.");
        output.Flush();
    }

    public void Regrading(IReadOnlyCollection<string> changed)
    {
        var when = clock.GetLocalNow().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var what = changed.Count == 0 ? "a lab file" : string.Join(", ", changed.Take(5).Select(name => LearnerText.Printable(name, 80)));
        if (terminal)
        {
            output.Write(ClearScreen);
            output.WriteLine($"{when}  {what} changed: graded again.");
        }
        else
        {
            output.WriteLine($"--- {when}  {what} changed: graded again ---");
        }
    }

    public void Stopped()
    {
        // After the terminal's own "^C", on a line of its own.
        output.WriteLine(terminal ? "\nStopped watching." : "Stopped watching.");
        output.Flush();
    }
}
