using MeshGrader.Core.Findings;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Tests.Support;

/// <summary>A submission folder in the temp directory, deleted when disposed.</summary>
internal sealed class TemporarySubmission : IDisposable
{
    public TemporarySubmission()
    {
        Root = Path.Combine(Path.GetTempPath(), "meshgrade-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static TemporarySubmission FromSample(string sample)
    {
        var submission = new TemporarySubmission();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, sample)))
        {
            File.Copy(file, Path.Combine(submission.Root, Path.GetFileName(file)));
        }

        return submission;
    }

    public TemporarySubmission With(string name, string text)
    {
        File.WriteAllText(Path.Combine(Root, name), text);
        return this;
    }

    public TemporarySubmission WithBytes(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, name), bytes);
        return this;
    }

    /// <summary>Replaces one exact piece of a file's text; fails loudly when the piece is not there.</summary>
    public TemporarySubmission Replace(string name, string oldText, string newText)
    {
        var path = Path.Combine(Root, name);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Where a piece of text is in one of the submission's files, as it is now (after any replacements).</summary>
    public SourcePosition PositionOf(string name, string what, string? after = null) =>
        TextPosition.InFile(Path.Combine(Root, name), what, after);

    public TemporarySubmission Without(string name)
    {
        File.Delete(Path.Combine(Root, name));
        return this;
    }

    public GradingReport Grade(params int[] labs) =>
        new Grader().Grade(Root, labs.Length == 0 ? Grader.DetectLabs(Root) : labs.Select(id => LabCatalog.Find(id.ToString(System.Globalization.CultureInfo.InvariantCulture))!).ToArray());

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }
}
