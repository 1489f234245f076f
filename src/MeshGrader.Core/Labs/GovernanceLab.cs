namespace MeshGrader.Core.Labs;

/// <summary>Lab 18, Data Governance Framework: its definition comes from its catalogue in labs/.</summary>
internal static class GovernanceLab
{
    public const int Id = 18;

    public static LabDefinition Definition => LabCatalog.Get(Id);
}
