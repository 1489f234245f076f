using System.CommandLine;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade merge PARTIAL... [--class-csv PATH] [--class-json PATH] [--class-html PATH] [--verbose]</c>.</summary>
internal static class MergeCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var partials = new Argument<string[]>("partial")
        {
            Description = "The --class-json of every 'check --each --shard K/N' run of the class, one per shard.",
            Arity = ArgumentArity.OneOrMore,
        };
        var classCsv = new Option<string?>("--class-csv") { Description = "Write one CSV row per submission to this file." };
        var classJson = new Option<string?>("--class-json") { Description = "Write every submission's scores and findings as JSON to this file." };
        var classHtml = new Option<string?>("--class-html") { Description = "Write the class page to this file." };
        var verbose = new Option<bool>("--verbose") { Description = "Show details of internal errors." };

        var command = new Command("merge", "Combine the partial results of a class graded in shards into the outputs of one run.")
        {
            partials, classCsv, classJson, classHtml, verbose,
        };
        command.SetAction(parse => (int)MergeCommand.Run(
            new MergeOptions(parse.GetValue(partials) ?? [], new ClassOutputs(parse.GetValue(classCsv), parse.GetValue(classJson), parse.GetValue(classHtml)), parse.GetValue(verbose)),
            environment));
        return command;
    }
}
