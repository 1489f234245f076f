using MeshGrader.Core.Findings;

namespace MeshGrader.Core.Schemas;

/// <summary>
/// The one place that decides which scored check an error fails and which step it counts in, from
/// where it points in a lab file. The schema translator, the loader's duplicate keys and the grader
/// all ask here, so the scoring and every report agree.
/// </summary>
internal static class ScoredChecks
{
    /// <summary>
    /// The check an error at this pointer fails: every check of the step for the whole file or a
    /// section (nothing of the step can be scored), else the check of the field it lies in; null
    /// when it lies in no field of the schema (an unknown top-level key), so the finding's own rule
    /// is the check.
    /// </summary>
    public static string? At(LabFileSchema schema, string pointer)
    {
        var segments = JsonPointerText.Segments(pointer);
        if (segments.Count == 0 || (segments.Count == 1 && schema.Root.Property(segments[0])?.Step is not null))
        {
            return Finding.WholeStep;
        }

        return schema.FieldFor(pointer) is { } field && JsonPointerText.Segments(field.Pointer).Count > 1 ? field.Field.RuleId : null;
    }

    /// <summary>The step a pointer's section belongs to; null outside every section.</summary>
    public static int? StepOf(LabFileSchema schema, string pointer) => schema.StepOf(pointer);

    /// <summary>
    /// Where an error outside every section counts: against the file's first step, so a lab with
    /// such an error cannot show as complete.
    /// </summary>
    public static int? StepOutsideSections(LabFileSchema schema) => schema.Sections.Min(s => s.Schema.Step);
}
