using System.Globalization;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>A lab's starter files, and what a learner does to them: fill in a value as its comment says.</summary>
internal static class StarterLab
{
    public static IEnumerable<object[]> Labs => LabCatalog.All.Select(l => new object[] { l.Id });

    /// <summary>Every key of every section of the lab's files: (file, section, key).</summary>
    public static IReadOnlyList<(string File, string Section, string Key)> Keys(LabDefinition lab) =>
        lab.Files.SelectMany(file => lab.Schema(file).Sections.SelectMany(s => s.Schema.PropertyNames.Select(key => (file, s.Section, key)))).ToArray();

    public static TemporarySubmission Untouched(LabDefinition lab)
    {
        var submission = new TemporarySubmission();
        foreach (var file in lab.Files)
        {
            submission.With(file + ".yaml", StarterText.For(lab, file));
        }

        return submission;
    }

    /// <summary>
    /// The value a learner writes from the comment above the key: the example it shows, the one
    /// value a "must be" field accepts, or the first choice it lists. Lab 16's contract names the
    /// data product, as its comment says, by the product name domain.yaml's example gives.
    /// </summary>
    public static string ValueFromComment(LabDefinition lab, string file, string section, string key)
    {
        if (file == "contract" && key == "product")
        {
            return lab.Schema("domain").SubschemaFor("/data_product/name")!.Example!;
        }

        var field = lab.Schema(file).SubschemaFor($"/{section}/{key}")!;
        return field.Example
            ?? field.Choices?[0]
            ?? (field.Items?.Choices is { } items ? $"[{items[0]}]" : throw new InvalidOperationException($"{section}.{key} has nothing to fill it from."));
    }

    /// <summary>Writes a value after one key of one section of a starter file.</summary>
    public static void Fill(TemporarySubmission submission, string file, string section, string key, string value)
    {
        var path = Path.Combine(submission.Root, file + ".yaml");
        var lines = File.ReadAllLines(path);
        var sectionLine = Array.IndexOf(lines, section + ":");
        Assert.True(sectionLine >= 0, $"{section}: is not a line of {file}.yaml");
        var keyLine = Array.FindIndex(lines, sectionLine, line => line == $"  {key}:");
        Assert.True(keyLine >= 0, $"{section}.{key} is not an empty key of {file}.yaml");
        lines[keyLine] = $"  {key}: {value}";
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }

    public static string Pointer(string section, string key) => string.Create(CultureInfo.InvariantCulture, $"/{section}/{key}");

    public static FieldSchema Field(LabDefinition lab, string file, string section, string key) => lab.Schema(file).SubschemaFor(Pointer(section, key))!;
}
