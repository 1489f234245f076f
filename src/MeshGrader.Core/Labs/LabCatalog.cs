using System.Globalization;

namespace MeshGrader.Core.Labs;

/// <summary>Every lab the grader knows, selectable by id (16) or slug (data-mesh).</summary>
internal static class LabCatalog
{
    public static IReadOnlyList<LabDefinition> All { get; } = [DataMeshLab.Definition, MlopsLab.Definition, GovernanceLab.Definition];

    public static LabDefinition? Find(string idOrSlug)
    {
        var key = idOrSlug.Trim();
        return All.FirstOrDefault(l => l.Id.ToString(CultureInfo.InvariantCulture) == key || string.Equals(l.Slug, key, StringComparison.OrdinalIgnoreCase));
    }
}
