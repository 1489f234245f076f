using System.Diagnostics;

namespace MeshGrader.Cli.Tests.Support;

/// <summary>Runs an external program to completion and captures what it prints.</summary>
internal sealed record ProcessRun(int ExitCode, string Out, string Error)
{
    public string Both => Out + Error;

    public static ProcessRun Of(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? variables = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings would steer a nested dotnet build; the child gets its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }
}
