namespace MeshGrader.Core.Labs;

/// <summary>Lab 17, MLOps Pipeline: its definition comes from its catalogue in labs/.</summary>
internal static class MlopsLab
{
    public const int Id = 17;

    public static LabDefinition Definition => LabCatalog.Get(Id);
}
