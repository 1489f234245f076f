namespace MeshGrader.Cli.Tests.Support;

/// <summary>A fact that runs a Python script; reported as skipped where no python3 is on the PATH.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute()
    {
        if (Python is null)
        {
            Skip = "Needs python3 on the PATH.";
        }
    }

    /// <summary>The python3 on the PATH, or null.</summary>
    public static string? Python { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "python3"))
        .FirstOrDefault(File.Exists);
}
