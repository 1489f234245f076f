using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs.Reference;
using YamlDotNet.RepresentationModel;

namespace MeshGrader.Core.Tests.Support;

/// <summary>
/// The complete sample with an example written over it, through YAML itself: each setting's value
/// is parsed as YAML and put at its key in the file's mapping (a missing section or key is added),
/// or a whole file's text replaces the file.
/// </summary>
internal static class ExampleSubmission
{
    public static TemporarySubmission Of(RuleExample example)
    {
        var submission = TemporarySubmission.FromSample("complete");
        if (example.WholeFile is { } whole)
        {
            return submission.With(whole.File + ".yaml", whole.Text);
        }

        foreach (var file in example.Settings.GroupBy(s => s.File))
        {
            var path = Path.Combine(submission.Root, file.Key + ".yaml");
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(path)))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var setting in file)
            {
                Write(root, JsonPointerText.Segments(setting.Pointer), Parse(setting.Yaml));
            }

            using var writer = new StringWriter();
            stream.Save(writer, assignAnchors: false);
            File.WriteAllText(path, writer.ToString());
        }

        return submission;
    }

    private static void Write(YamlMappingNode mapping, IReadOnlyList<string> segments, YamlNode value)
    {
        var key = new YamlScalarNode(segments[0]);
        if (segments.Count == 1)
        {
            mapping.Children[key] = value;
            return;
        }

        if (!mapping.Children.TryGetValue(key, out var child) || child is not YamlMappingNode inner)
        {
            inner = new YamlMappingNode();
            mapping.Children[key] = inner;
        }

        Write(inner, segments.Skip(1).ToArray(), value);
    }

    // The value as YAML reads it after "key:", with the style it was written in (quotes, a flow list).
    private static YamlNode Parse(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader($"value: {yaml}\n"))
        {
            stream.Load(reader);
        }

        return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("value")];
    }
}
