namespace MeshGrader.Core.Diff;

/// <summary>
/// One kind of change <c>meshgrade diff</c> reports, or one way a version bump is refused.
/// <see cref="Class"/> is the class of a change of this kind; null for a bump rule, which is an error.
/// </summary>
internal sealed record DiffRule(string Id, string Title, ChangeClass? Class, string Why);
