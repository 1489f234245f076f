using MeshGrader.Core.Loading;

namespace MeshGrader.Core.Schemas.Odcs;

/// <summary>How a Lab 16 contract.yaml is written.</summary>
internal enum ContractForm
{
    /// <summary>The lab's own <c>contract:</c> section.</summary>
    Short,

    /// <summary>An Open Data Contract Standard document.</summary>
    Odcs,

    /// <summary>An ODCS document that also holds the <c>contract:</c> section: graded as ODCS, with one finding.</summary>
    Mixed,
}

/// <summary>Tells the lab's short form from an ODCS contract by the top-level keys alone.</summary>
internal static class OdcsDetection
{
    public const string ShortFormSection = "contract";

    /// <summary>
    /// ODCS when the top level names <c>apiVersion</c> or <c>kind</c>, the two keys every ODCS
    /// document starts with and the short form never has; anything else is the short form, so a
    /// file that is neither keeps the short form's findings, which the lab teaches first.
    /// </summary>
    public static ContractForm FormOf(SourceNode? root)
    {
        if (root is not SourceMapping top || (top.Find("apiVersion") is null && top.Find("kind") is null))
        {
            return ContractForm.Short;
        }

        return top.Find(ShortFormSection) is null ? ContractForm.Odcs : ContractForm.Mixed;
    }
}
