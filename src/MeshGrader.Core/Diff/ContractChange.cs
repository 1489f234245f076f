using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Diff;

/// <summary>Where a change is in one of the two files: its JSON Pointer and its span.</summary>
internal sealed record DiffPlace(string Pointer, SourceSpan Span);

/// <summary>
/// One change between the two contracts, located in both files: for something removed, the new
/// place is the list or mapping that no longer holds it; for something added, the old place is the
/// one that did not yet hold it.
/// </summary>
internal sealed record ContractChange(DiffRule Rule, string Message, DiffPlace Old, DiffPlace New)
{
    public ChangeClass Class => Rule.Class ?? ChangeClass.Breaking;
}
