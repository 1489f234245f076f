using MeshGrader.Core.Findings;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Rules;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Suggestions;

namespace MeshGrader.Core.Grading;

/// <summary>
/// Lab 16's contract.yaml written as an ODCS contract: the lab's values are read from their ODCS
/// places into the short form, which the unchanged contract schema and checks grade, so both
/// forms score alike; the document itself is held to the official ODCS schema.
/// </summary>
internal static class OdcsContractGrading
{
    /// <summary>True for a file whose schema is the short-form contract and whose text is ODCS.</summary>
    public static bool Applies(LabFileSchema schema, SourceNode root) =>
        schema.Root.Property(OdcsDetection.ShortFormSection)?.Step is not null && OdcsDetection.FormOf(root) != ContractForm.Short;

    public static (GradedFile File, List<Finding> Findings) Grade(
        JsonInstanceBuilder builder, string name, string path, LabFileSchema schema, IReadOnlyList<LabFileSchema> siblings,
        IReadOnlyDictionary<string, IReadOnlyList<string>> completeLists, SourceMapping top, IReadOnlyList<string> lines, List<Finding> findings)
    {
        var section = schema.Root.Property(OdcsDetection.ShortFormSection)!;
        var shortForm = top.Find(OdcsDetection.ShortFormSection);
        var document = shortForm is null ? top : Without(top, shortForm);

        // The ODCS document is built first: it bounds alias expansion before the projection walks the tree.
        var (odcs, problem) = builder.Build(path, document);
        var projection = odcs is null ? null : OdcsProjection.Project(document);
        var (instance, projectionProblem) = projection is null ? (null, problem) : builder.Build(path, projection.Root);
        if (odcs is null || projection is null || instance is null)
        {
            findings.Add((problem ?? projectionProblem)!);
            return (new GradedFile(name, path, schema, null, null) { Lines = lines }, findings);
        }

        var normaliser = new ValueNormaliser(schema, instance, path);
        var value = normaliser.Normalise();
        findings.AddRange(normaliser.Findings);
        findings.AddRange(new SchemaFindingTranslator(schema, instance, value, path, completeLists) { SiblingFiles = siblings }.Translate(schema.Evaluate(value))
            .Where(f => !IsMissingUnreadable(f, projection)));
        findings.AddRange(projection.Unreadable.Where(u => section.Property(u.Field)?.RuleId is not null).Select(u => FindingFactory.FieldError(
            section.Property(u.Field)!.RuleId!, path, u.Span, ContractProjection.PointerOf(u.Field), u.Message, u.Hint)));

        // ODCS schema errors fail the section's own check (DM-300), as an unknown key in the short
        // form's section does: the step cannot be complete, and each field keeps its own check.
        // A schema finding on a value the projection read is left to the lab check on that value.
        var documentFindings = OdcsStructureCheck.Check(odcs, path)
            .Where(f => f.Path is not { } at || !projection.Reads(at))
            .Select(f => f with { Step = section.Step, Check = f.Severity == Severity.Error ? section.RuleId : f.Check })
            .ToList();
        MisspeltReadKeys(projection, section, documentFindings, findings);
        if (OlderVersionNotice(odcs, path) is { } notice)
        {
            documentFindings.Add(notice with { Step = section.Step });
        }

        if (shortForm is not null)
        {
            documentFindings.Add(FindingFactory.FieldError(section.RuleId!, path, shortForm.Key.Span, JsonPointerText.Append(JsonPointerText.Root, OdcsDetection.ShortFormSection),
                    $"This contract is written in ODCS and also holds the short form's '{OdcsDetection.ShortFormSection}:' section: the two forms cannot be mixed, and the file is graded as ODCS.",
                    $"Remove the '{OdcsDetection.ShortFormSection}:' section and keep its values in their ODCS places (see docs/labs/data-mesh.md), or remove apiVersion and kind to use the short form.")
                with { Step = section.Step });
        }

        return (new GradedFile(name, path, schema, instance, value) { Lines = lines, Odcs = new OdcsSource(odcs, projection, documentFindings) }, findings);
    }

    /// <summary>
    /// A misspelt key the lab reads ('verison') is one mistake: the ODCS finding at the key says what
    /// to rename and fails the value's own check, as a misspelt key in the short form does, and the
    /// lab's finding that the value is missing is left out.
    /// </summary>
    private static void MisspeltReadKeys(ContractProjection projection, FieldSchema section, List<Finding> documentFindings, List<Finding> findings)
    {
        foreach (var missing in projection.Missing)
        {
            if (missing.Key is not { } key || section.Property(missing.Field)?.RuleId is not { } rule)
            {
                continue;
            }

            var name = JsonPointerText.LastSegment(key);
            var parent = JsonPointerText.Parent(key);
            var slip = documentFindings.FindIndex(f => f.Rule == CoreRules.OdcsStructure.Id && f.Path is { } at && at != key
                && JsonPointerText.Parent(at) == parent && NearMatch.Best(JsonPointerText.LastSegment(at), [name]) == name);
            if (slip >= 0)
            {
                documentFindings[slip] = documentFindings[slip] with { Check = rule };
                findings.RemoveAll(f => f.Rule == rule && f.Path == ContractProjection.PointerOf(missing.Field));
            }
        }
    }

    /// <summary>
    /// The schema accepts the earlier v3.0.x apiVersions (three of the standard's own examples use
    /// v3.0.2), but the grader holds every contract to v3.1.0: a notice says so, and costs nothing.
    /// </summary>
    private static Finding? OlderVersionNotice(JsonInstance odcs, string path)
    {
        if (odcs.Value?["apiVersion"] is not System.Text.Json.Nodes.JsonValue written || !written.TryGetValue<string>(out var version)
            || version == OdcsSchema.Version || !version.StartsWith("v3.", StringComparison.Ordinal))
        {
            return null;
        }

        return FindingFactory.At(CoreRules.OdcsStructure, path, odcs.SpanOf("/apiVersion"), "/apiVersion",
            $"This contract says apiVersion {version}; the grader checks every ODCS contract against the {OdcsSchema.Version} schema, so a key that {version} has and {OdcsSchema.Version} does not shows as a finding.",
            $"Write apiVersion: {OdcsSchema.Version} when the contract follows {OdcsSchema.Version}.", check: null, severity: Severity.Info);
    }

    /// <summary>A value written in a form the lab cannot read already has its finding; it is not also missing.</summary>
    private static bool IsMissingUnreadable(Finding finding, ContractProjection projection) =>
        projection.Unreadable.Any(u => finding.Path == ContractProjection.PointerOf(u.Field));

    private static SourceMapping Without(SourceMapping top, SourceEntry left)
    {
        var copy = new SourceMapping(top.Span);
        copy.Entries.AddRange(top.Entries.Where(e => !ReferenceEquals(e, left)));
        return copy;
    }
}
