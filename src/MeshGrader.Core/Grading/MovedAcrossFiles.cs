using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules;

namespace MeshGrader.Core.Grading;

/// <summary>
/// A key written in the wrong file of a lab is reported twice by the files one at a time: unknown
/// in the file that holds it, missing in the file it belongs in. This folds the two into one error,
/// at the key that moved, which fails the missing key's check in its own step.
/// </summary>
internal static class MovedAcrossFiles
{
    public static void Fold(List<Finding> findings, IReadOnlyDictionary<string, GradedFile> files)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].BelongsIn is not { } home || !files.TryGetValue(home.FileName, out var target) || target.Source is not { } source
                || source.WrittenAt(home.Pointer) is not null)
            {
                continue;
            }

            var missing = findings.FindIndex(f => f.Severity == Severity.Error && f.File == target.RelativePath && f.Path == home.Pointer);
            if (missing < 0)
            {
                continue;
            }

            var explained = findings[missing];
            findings[i] = findings[i] with
            {
                Rule = explained.Rule, Severity = Severity.Error, Step = explained.Step, Check = explained.Check, BelongsIn = null,
            };
            findings.RemoveAt(missing);
            if (missing < i)
            {
                i--;
            }
        }
    }
}
