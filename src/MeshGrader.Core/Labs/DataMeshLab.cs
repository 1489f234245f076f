namespace MeshGrader.Core.Labs;

/// <summary>Lab 16, Data Mesh Architecture: its definition comes from its catalogue in labs/.</summary>
internal static class DataMeshLab
{
    public const int Id = 16;

    public static LabDefinition Definition => LabCatalog.Get(Id);
}
