
namespace MeshGrader.Core.Findings;

internal static class FindingFactory
{
    /// <summary>A finding located at a span of a file; lab and step are filled in by the grader.</summary>
    public static Finding At(RuleDescriptor rule, string file, SourceSpan span, string pointer, string message, string? hint = null, string? check = null, Severity? severity = null)
    {
        var level = severity ?? rule.Severity;
        return new Finding(
            rule.Id, level, message, hint ?? rule.Hint, file,
            span.Start.Line, span.Start.Column, span.End.Line, span.End.Column,
            pointer, rule.Lab, rule.Step,
            check ?? (level == Severity.Error ? rule.Id : null));
    }

    /// <summary>An error under a schema field's own rule id, failing that field's check unless another is named.</summary>
    public static Finding FieldError(string ruleId, string file, SourceSpan span, string pointer, string message, string? hint, string? check = null) =>
        new(ruleId, Severity.Error, message, hint, file, span.Start.Line, span.Start.Column, span.End.Line, span.End.Column,
            pointer, null, null, check ?? ruleId);

    /// <summary>A finding about a file that is not there to point into.</summary>
    public static Finding Unlocated(RuleDescriptor rule, string file, string message, string? hint = null) =>
        new(rule.Id, rule.Severity, message, hint ?? rule.Hint, file, null, null, null, null, JsonPointerText.Root, rule.Lab, rule.Step, Finding.WholeStep);
}
