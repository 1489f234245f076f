using System.CommandLine;
using MeshGrader.Core.Diff.Writers;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade diff OLD NEW [--format NAME[=PATH]]... [--verbose]</c>.</summary>
internal static class DiffCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var old = new Argument<string>("old")
        {
            Description = "The contract before the change: a contract.yaml (short form or ODCS v3.1.0), or git:REF:path for the file as commit REF holds it (path from the repository's root).",
        };
        var @new = new Argument<string>("new")
        {
            Description = "The contract after the change, written the same ways.",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Output format, optionally to a file: NAME or NAME=PATH. Repeat for several. Formats: {string.Join(", ", DiffFormats.Names)}.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Show details of internal errors." };

        var command = new Command("diff", "Compare two versions of a data contract: each change classed breaking, additive or cosmetic, and the version bump checked against them.")
        {
            old, @new, formats, verbose,
        };
        command.SetAction(parse => (int)DiffCommand.Run(
            new DiffOptions(parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(formats) is { Length: > 0 } chosen ? chosen : ["text"], parse.GetValue(verbose)),
            environment));
        return command;
    }
}
