using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Diff;

/// <summary>
/// What <c>meshgrade diff</c> found: the changes (when both sides could be compared), the bump they
/// require against the one made, and the errors: findings that make either side invalid, and the
/// bump's refusals (<c>DF-2xx</c>). Every text in it is printable (<see cref="LearnerText"/>).
/// </summary>
internal sealed record DiffReport(
    string Old,
    string New,
    string? OldVersion,
    string? NewVersion,
    IReadOnlyList<ContractChange> Changes,
    IReadOnlyList<Finding> Errors,
    BumpVerdict? Bump)
{
    /// <summary>Both sides were valid, so their changes were compared.</summary>
    public bool Compared { get; init; }

    /// <summary>One side is the short form and the other ODCS: only the lab's five values were compared.</summary>
    public bool LabValuesOnly { get; init; }

    public ChangeClass? Highest => Changes.Count == 0 ? null : Changes.Max(c => c.Class);

    public bool HasErrors => Errors.Count > 0;
}
