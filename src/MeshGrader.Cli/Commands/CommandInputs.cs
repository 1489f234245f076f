using MeshGrader.Core.Labs;

namespace MeshGrader.Cli.Commands;

/// <summary>What the commands read from their arguments the same way: lab names, and paths as messages show them.</summary>
internal static class CommandInputs
{
    /// <summary>The labs named with --lab (each may list several, comma-separated), in order, each once; null with the reason when one is unknown.</summary>
    public static List<LabDefinition>? SelectLabs(IEnumerable<string> names, out string? problem)
    {
        var selected = new List<LabDefinition>();
        foreach (var name in names.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (LabCatalog.Find(name) is not { } lab)
            {
                problem = $"unknown lab '{name}'; labs: {string.Join(", ", LabCatalog.All.Select(l => $"{l.Id} ({l.Slug})"))}.";
                return null;
            }

            if (!selected.Contains(lab))
            {
                selected.Add(lab);
            }
        }

        problem = null;
        return selected;
    }

    /// <summary>
    /// A path as messages show it: relative to the working folder when it is inside it, else only
    /// its last name, so no message or Classroom result carries an absolute path of the machine.
    /// </summary>
    public static string Shown(string path, CliEnvironment environment)
    {
        if (!Path.IsPathRooted(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(environment.CurrentDirectory, path);
        return !Path.IsPathRooted(relative) && relative.Split(Path.DirectorySeparatorChar)[0] != ".."
            ? relative
            : "…" + Path.DirectorySeparatorChar + Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
    }
}
