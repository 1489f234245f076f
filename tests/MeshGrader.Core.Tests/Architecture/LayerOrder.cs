using System.Reflection;
using NetArchTest.Rules;

namespace MeshGrader.Core.Tests.Architecture;

/// <summary>
/// The order data flows through the grader's folders: a folder may use the ones before it, never
/// one after it. Findings, Suggestions and Containment are the vocabulary and tools everything
/// uses; then a file is loaded, checked against its schema, checked by the lab's rules, the lab
/// catalogue ties a lab's files, schemas and rules together, grading scores it, and reports render
/// the result. docs/architecture.md shows the same order.
/// </summary>
internal static class LayerOrder
{
    public static IReadOnlyList<string> Folders { get; } =
        ["Findings", "Suggestions", "Containment", "Loading", "Schemas", "Rules", "Labs", "Rubrics", "Grading", "Reports", "Class", "Diff"];

    /// <summary>Every type that uses a folder after its own, as "Type -> Folder".</summary>
    public static IReadOnlyList<string> BackEdges(Assembly assembly, string rootNamespace)
    {
        var edges = new List<string>();
        for (var i = 0; i < Folders.Count; i++)
        {
            foreach (var later in Folders.Skip(i + 1))
            {
                var result = Types.InAssembly(assembly)
                    .That().ResideInNamespace($"{rootNamespace}.{Folders[i]}")
                    .Should().NotHaveDependencyOnAny($"{rootNamespace}.{later}")
                    .GetResult();
                edges.AddRange((result.FailingTypes ?? []).Select(type => $"{type.FullName} -> {later}"));
            }
        }

        return edges;
    }
}
