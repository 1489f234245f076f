using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>Recommends snake_case for a name that consumers type in queries (e.g. a table name).</summary>
internal sealed partial class SnakeCaseRecommendation(RuleDescriptor rule, string file, string pointer) : ISemanticRule
{
    public IReadOnlyList<RuleDescriptor> Introduces => [rule];

    public IEnumerable<Finding> Evaluate(RuleContext context)
    {
        if (context.HasError(file, pointer) || context.Text(file, pointer) is not { } name || SnakeCase().IsMatch(name))
        {
            yield break;
        }

        var suggestion = Schemas.ValueDescription.KebabCase(name).Replace('-', '_');
        yield return context.At(rule, file, pointer,
            $"{Schemas.NamedPath.Of(pointer)} '{name}' is not snake_case.",
            $"Write {Findings.JsonPointerText.LastSegment(pointer)}: {suggestion}. {rule.Hint}".TrimEnd());
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*\\z")]
    private static partial Regex SnakeCase();
}
