using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Loading;

/// <summary>
/// The outcome of reading one lab file. <see cref="Root"/> is null when the file could not be
/// read as one YAML document; the findings then say where and why.
/// </summary>
internal sealed record LoadedDocument(string File, SourceNode? Root, IReadOnlyList<Finding> Findings)
{
    /// <summary>The file's lines as decoded (empty when it could not be decoded), for excerpts in reports.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    public bool IsUsable => Root is not null;
}
