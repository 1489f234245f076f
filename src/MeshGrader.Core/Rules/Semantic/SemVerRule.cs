using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using NuGet.Versioning;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// A version field must be a SemVer 2.0.0 string. NuGet.Versioning's strict parser decides; this
/// rule only explains the common ways a version goes wrong.
/// </summary>
internal sealed partial class SemVerRule(string fieldRuleId, string file, string pointer) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Text(file, pointer) is not { } version)
        {
            yield break;
        }

        if (SemanticVersion.TryParse(version, out _))
        {
            yield break;
        }

        var key = Findings.JsonPointerText.LastSegment(pointer);
        var (problem, fix) = Explain(version);
        // A hint names only a version that passes: "  " trimmed is no version at all.
        fix = fix is not null && SemanticVersion.TryParse(fix, out _) ? fix : null;
        var finding = context.AtField(fieldRuleId, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)}: '{version}' is not a semantic version: {problem}.",
            fix is null
                ? "Write MAJOR.MINOR.PATCH, optionally followed by -prerelease and +build, e.g. \"1.0.0\" or \"2.1.0-rc.1\"."
                : $"Write {key}: \"{fix}\".");
        yield return fix is null ? finding : finding with { Answer = new FindingAnswer(pointer, $"\"{fix}\"") };
    }

    /// <summary>What is wrong with a string that is not SemVer, and the version it probably meant.</summary>
    internal static (string Problem, string? Fix) Explain(string version)
    {
        if (version != version.Trim())
        {
            return ("it has spaces around it", version.Trim());
        }

        if (version.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            return ("it uses digits other than 0-9", null);
        }

        if (version.Length > 1 && version[0] is 'v' or 'V' && char.IsAsciiDigit(version[1]))
        {
            return ($"'{version}' is a tag name, not a version; the version is the part after the v", version[1..]);
        }

        var core = CorePart().Match(version);
        if (!core.Success)
        {
            return ("it must start with three numbers, MAJOR.MINOR.PATCH", null);
        }

        var numbers = core.Value.Split('.');
        if (numbers.Length < 3)
        {
            return ($"it has {numbers.Length} part{(numbers.Length == 1 ? string.Empty : "s")}; a version has three, MAJOR.MINOR.PATCH",
                Schemas.ValueDescription.CompleteVersion(core.Value) + version[core.Length..]);
        }

        if (numbers.Length > 3)
        {
            return ("it has more than three numbers; a version has exactly three, MAJOR.MINOR.PATCH", string.Join('.', numbers.Take(3)));
        }

        if (numbers.Any(n => n.Length > 1 && n[0] == '0'))
        {
            return ("a number must not start with 0", string.Join('.', numbers.Select(n => n.TrimStart('0') is { Length: > 0 } t ? t : "0")) + version[core.Length..]);
        }

        if (numbers.Any(n => n.Length > 9))
        {
            return ("its numbers are too large (at most 2147483647 each)", null);
        }

        var rest = version[core.Length..];
        if (rest.StartsWith('-') && (rest.Length == 1 || rest[1] is '+'))
        {
            return ("a '-' must be followed by a pre-release label such as alpha or rc.1", core.Value);
        }

        if (rest.EndsWith('+'))
        {
            return ("a '+' must be followed by build metadata such as 001 or sha.5114f85", core.Value + rest.TrimEnd('+'));
        }

        if (rest.Contains("..", StringComparison.Ordinal) || rest.EndsWith('.'))
        {
            return ("a label after '-' or '+' has an empty part between dots", null);
        }

        if (rest.StartsWith('-') && LeadingZeroIdentifier().IsMatch(rest.Split('+')[0][1..]))
        {
            return ("a numeric pre-release label must not start with 0", null);
        }

        return ("only letters, digits, '-' and '.' may follow the three numbers, after a '-' or '+'", null);
    }

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)*")]
    private static partial Regex CorePart();

    [GeneratedRegex("(^|\\.)0[0-9]+(\\.|$)")]
    private static partial Regex LeadingZeroIdentifier();
}
