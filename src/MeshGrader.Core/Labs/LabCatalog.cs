using System.Globalization;
using MeshGrader.Core.Labs.Catalogue;

namespace MeshGrader.Core.Labs;

/// <summary>Every lab the grader knows, from the catalogues in labs/, selectable by id (16) or slug (data-mesh).</summary>
internal static class LabCatalog
{
    public static IReadOnlyList<LabDefinition> All { get; } = LabCatalogueReader.Embedded();

    public static LabDefinition Get(int id) =>
        All.FirstOrDefault(l => l.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No lab has this id.");

    public static LabDefinition? Find(string idOrSlug)
    {
        var key = idOrSlug.Trim();
        return All.FirstOrDefault(l => l.Id.ToString(CultureInfo.InvariantCulture) == key || string.Equals(l.Slug, key, StringComparison.OrdinalIgnoreCase));
    }
}
