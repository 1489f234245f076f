using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MeshGrader.Core.Containment;

namespace MeshGrader.Core.Labs.Starter;

/// <summary>A file init writes: where, relative to the folder (with '/'), and its text.</summary>
internal sealed record StarterFile(string RelativePath, string Text);

/// <summary>What became of a starter file: written where nothing was, replaced (with force), or kept as the learner had it.</summary>
internal enum StarterOutcome
{
    Written,
    Replaced,
    Kept,
}

/// <summary>
/// The files <c>meshgrade init</c> writes for some labs: each lab file's starter, its schema for
/// editors in <see cref="StarterText.SchemaFolder"/> (for an ODCS contract, the lab's ODCS schema,
/// the official one it builds on and that one's notice), and, when asked, a VS Code setting that
/// associates each schema with its file (for an editor that does not read the starter's modeline).
/// </summary>
internal static class StarterFiles
{
    /// <summary>The VS Code workspace settings file, relative to the folder.</summary>
    public const string VsCodeSettings = ".vscode/settings.json";

    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="odcs">Lab 16's contract as an ODCS document (<see cref="OdcsStarter"/>), with the ODCS schemas, instead of the short form.</param>
    public static IReadOnlyList<StarterFile> For(IReadOnlyList<LabDefinition> labs, bool vsCode, bool odcs = false)
    {
        var files = new List<StarterFile>();
        foreach (var lab in labs)
        {
            foreach (var file in lab.Files)
            {
                if (odcs && IsOdcs(lab, file))
                {
                    files.Add(new StarterFile(file + ".yaml", OdcsStarter.Text(lab)));
                    files.AddRange(OdcsEditorSchema.Files(lab).Select(f => new StarterFile($"{StarterText.SchemaFolder}/{f.Name}", f.Text)));
                    continue;
                }

                files.Add(new StarterFile(file + ".yaml", StarterText.For(lab, file)));
                files.Add(new StarterFile($"{StarterText.SchemaFolder}/{EditorSchema.FileName(file)}", EditorSchema.Text(lab, file)));
            }
        }

        if (vsCode)
        {
            files.Add(new StarterFile(VsCodeSettings, Settings(labs, odcs)));
        }

        return files;
    }

    private static bool IsOdcs(LabDefinition lab, string file) => OdcsStarterPlaces.Offers(lab) && file == OdcsStarterPlaces.LabFile;

    /// <summary>
    /// Writes each file into <paramref name="folder"/> (made if missing) through
    /// <see cref="OutputFile"/>. A file already there, or anything else of that name, is kept as it
    /// is unless <paramref name="force"/>; then it is replaced, never written through.
    /// </summary>
    /// <exception cref="OutputFileException">A file or folder cannot be written; the files before it are.</exception>
    public static IReadOnlyList<(StarterFile File, StarterOutcome Outcome)> Write(string folder, IEnumerable<StarterFile> files, bool force, GuardedFolders guarded)
    {
        var outcomes = new List<(StarterFile, StarterOutcome)>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            // A link counts as there, even a broken one: it is the learner's, and only force replaces it.
            var exists = OutputFile.IsTaken(path);
            if (exists && !force)
            {
                outcomes.Add((file, StarterOutcome.Kept));
                continue;
            }

            OutputFolder.Create(Path.GetDirectoryName(path)!, guarded);
            OutputFile.Write(path, guarded, writer => writer.Write(file.Text));
            outcomes.Add((file, exists ? StarterOutcome.Replaced : StarterOutcome.Written));
        }

        return outcomes;
    }

    private static string Settings(IReadOnlyList<LabDefinition> labs, bool odcs)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartObject();
            json.WriteStartObject("yaml.schemas");
            foreach (var (lab, file) in labs.SelectMany(l => l.Files.Select(f => (l, f))))
            {
                // Relative to the workspace folder, which is the folder init wrote into.
                var schema = odcs && IsOdcs(lab, file) ? OdcsEditorSchema.FileName : EditorSchema.FileName(file);
                json.WriteStartArray($"./{StarterText.SchemaFolder}/{schema}");
                json.WriteStringValue(file + ".yaml");
                json.WriteStringValue(file + ".yml");
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
