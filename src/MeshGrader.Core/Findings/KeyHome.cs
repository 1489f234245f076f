namespace MeshGrader.Core.Findings;

/// <summary>
/// Where a key written in the wrong lab file belongs: the other file (its base name, e.g.
/// <c>contract</c>) and the pointer there. The grader folds that file's "missing key" error into
/// the finding on the key that moved, so one slip gives one finding.
/// </summary>
internal sealed record KeyHome(string FileName, string Pointer);
