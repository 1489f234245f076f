using System.CommandLine;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Rubrics;

namespace MeshGrader.Cli.Commands;

/// <summary><c>meshgrade rubric --print | --schema</c>: the default rubric to start from, or the JSON Schema of a rubric file.</summary>
internal static class RubricCommandFactory
{
    public static Command Create(CliEnvironment environment)
    {
        var print = new Option<bool>("--print") { Description = "Write the default rubric (YAML) to standard output, to save and adapt: meshgrade rubric --print > rubric.yaml" };
        var schema = new Option<bool>("--schema") { Description = "Write the JSON Schema of rubric files to standard output, for an editor." };
        var command = new Command("rubric", "Write the default rubric, or the rubric file's JSON Schema.") { print, schema };
        command.SetAction(parse =>
        {
            var (wantsRubric, wantsSchema) = (parse.GetValue(print), parse.GetValue(schema));
            if (wantsRubric == wantsSchema)
            {
                environment.Error.WriteLine("meshgrade: give one of --print (the default rubric) or --schema (the rubric file's JSON Schema).");
                return (int)ExitCode.UsageError;
            }

            environment.Out.Write(wantsRubric ? DefaultRubric.Text : RubricSchema.Text(LabCatalog.All));
            return (int)ExitCode.Passed;
        });
        return command;
    }
}
