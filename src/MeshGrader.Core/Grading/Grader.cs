using System.Diagnostics;
using MeshGrader.Core.Containment;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Rubrics;
using MeshGrader.Core.Rules;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Grading;

/// <summary>
/// Grades a submission folder: load, normalise, validate, run semantic rules, score. Holds no
/// mutable state, so one grader serves many submissions in parallel.
/// </summary>
internal sealed class Grader(GradingOptions options)
{
    private readonly YamlDocumentLoader loader = new(options.Limits);
    private readonly JsonInstanceBuilder builder = new(options.Limits);

    public Grader()
        : this(GradingOptions.Default)
    {
    }

    /// <summary>The labs that have at least one of their files in the folder.</summary>
    public static IReadOnlyList<LabDefinition> DetectLabs(string submissionDirectory) => DetectLabs(SubmissionFiles.Open(submissionDirectory));

    public static IReadOnlyList<LabDefinition> DetectLabs(SubmissionFiles files)
    {
        var folder = new SubmissionFolder(files);
        return LabCatalog.All.Where(lab => lab.Files.Any(folder.HasAnywhere)).ToArray();
    }

    public GradingReport Grade(string submissionDirectory, IReadOnlyList<LabDefinition> labs) => Grade(SubmissionFiles.Open(submissionDirectory), labs);

    public GradingReport Grade(SubmissionFiles files, IReadOnlyList<LabDefinition> labs)
    {
        var folder = new SubmissionFolder(files);
        var reports = new List<LabReport>();
        var findings = new List<Finding>();
        var graded = new Dictionary<string, GradedFile>(StringComparer.Ordinal);

        // Missing files whose sections were found in another lab file: that finding already says where they are.
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lab in labs)
        {
            var started = Stopwatch.GetTimestamp();
            var (report, labFindings, labFiles) = GradeLab(folder, lab, explained);
            reports.Add(report with { Elapsed = Stopwatch.GetElapsedTime(started) });
            findings.AddRange(labFindings);
            foreach (var file in labFiles.Values)
            {
                graded.TryAdd(file.RelativePath, file);
            }
        }

        findings.RemoveAll(f => f.Rule == CoreRules.MissingFile.Id && f.File is { } missing && explained.Contains(missing));

        // Scoring counts every finding; only those the report shows are made printable and quoted, so
        // a file of thousands of unknown keys does not pay for thousands of excerpts.
        // With hints: none a learner sees the steps completed and the score; the score still counts every finding.
        var shown = options.Hints == HintLevel.None
            ? []
            : FindingCap.Apply(findings, options.FindingLimits).Select(f => Presented(f, graded, options.Hints)).ToArray();
        var overall = reports.Count == 0 ? 0 : reports.Average(r => r.Score);
        return new GradingReport(overall, reports, shown) { Rubric = options.Rubric, Hints = options.Hints };
    }

    private (LabReport Report, List<Finding> Findings, Dictionary<string, GradedFile> Files) GradeLab(SubmissionFolder folder, LabDefinition lab, ISet<string> explained)
    {
        var files = new Dictionary<string, GradedFile>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        var usable = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in lab.Files)
        {
            var schema = lab.Schema(name);
            var siblings = lab.Files.Where(other => other != name).Select(lab.Schema).ToArray();
            var (graded, fileFindings) = GradeFile(folder, name, schema, siblings, explained, lab.CompleteLists(name));
            files[name] = graded;
            var attributed = fileFindings.Select(f => Attribute(f, lab, schema)).ToList();
            usable[name] = graded.IsUsable && !attributed.Any(IsFileFatal);
            if (usable[name])
            {
                // An error outside every section (a repeated unknown top-level key) still belongs to the
                // file: it counts against the file's first step, so the lab cannot show as completed.
                var firstStep = ScoredChecks.StepOutsideSections(schema);
                attributed = attributed.Select(f => f.Step is null && f.Severity == Severity.Error ? f with { Step = firstStep } : f).ToList();
            }

            findings.AddRange(attributed);
        }

        MovedAcrossFiles.Fold(findings, files);
        var context = new RuleContext(files, findings);
        foreach (var rule in lab.Rules)
        {
            findings.AddRange(rule.Evaluate(context).ToArray().Select(f => Attribute(f, lab, files.Values.First(g => g.RelativePath == f.File).Schema)));
        }

        findings.AddRange(files.Values.SelectMany(g => g.Odcs?.DocumentFindings ?? []).Select(f => Attribute(f, lab, files.Values.First(g => g.RelativePath == f.File).Schema)));

        // Findings on values read from an ODCS contract are said in its terms, whichever check made them.
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].File is { } file && files.Values.FirstOrDefault(g => g.RelativePath == file) is { Odcs: { } odcs } graded)
            {
                findings[i] = OdcsFindingWords.InOdcsTerms(findings[i], odcs, graded.Schema);
            }
        }

        // A check the rubric turns off is neither scored nor reported, whichever rule found it.
        findings.RemoveAll(f => options.Scoring.IsOff(lab.Id, f.Rule) || (f.Check is { } check && options.Scoring.IsOff(lab.Id, check)));

        var steps = new List<StepChecks>();
        foreach (var name in lab.Files)
        {
            var schema = files[name].Schema;
            foreach (var (section, sectionSchema) in schema.Sections)
            {
                var step = sectionSchema.Step!.Value;
                steps.Add(new StepChecks(step, files[name].RelativePath, [.. schema.FieldChecks(section, files[name].Value).Concat(lab.RuleChecks(step)).Where(c => !options.Scoring.IsOff(lab.Id, c))], usable[name]));
            }
        }

        var ordered = findings
            .OrderBy(f => f.Step ?? 0).ThenBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0)
            .ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        return (ScoreCalculator.Score(lab, steps, ordered, options.Scoring), ordered, files);
    }

    private (GradedFile File, List<Finding> Findings) GradeFile(
        SubmissionFolder folder, string name, LabFileSchema schema, IReadOnlyList<LabFileSchema> siblings, ISet<string> explained,
        IReadOnlyDictionary<string, IReadOnlyList<string>> completeLists)
    {
        var candidates = folder.Candidates(name);
        var findings = new List<Finding>();
        if (candidates.Count == 0)
        {
            var relative = name + ".yaml";
            if (folder.Misplaced(name) is { } misplaced)
            {
                return GradeMisplaced(folder, name, misplaced, schema, siblings, explained, completeLists);
            }

            var nearMiss = folder.NearMiss(name);
            findings.Add(FindingFactory.Unlocated(CoreRules.MissingFile, relative,
                $"{relative} is missing from the submission folder.",
                nearMiss is null ? null : $"Found '{nearMiss}': rename it to {relative}."));
            return (new GradedFile(name, relative, schema, null, null), findings);
        }

        var path = candidates[0];
        if (candidates.Count > 1)
        {
            findings.Add(FindingFactory.Unlocated(CoreRules.AmbiguousFile, path,
                $"Both {candidates[0]} and {candidates[1]} are present; the grader cannot tell which one you mean."));
            return (new GradedFile(name, path, schema, null, null), findings);
        }

        return GradeAt(folder, name, path, schema, siblings, explained, completeLists);
    }

    /// <summary>
    /// A lab file in a subfolder or named with capitals: graded, so the learner sees every finding at
    /// once, but its steps score nothing (one file-level error) until it is where the layout says.
    /// </summary>
    private (GradedFile File, List<Finding> Findings) GradeMisplaced(SubmissionFolder folder, string name, string misplaced, LabFileSchema schema, IReadOnlyList<LabFileSchema> siblings, ISet<string> explained,
        IReadOnlyDictionary<string, IReadOnlyList<string>> completeLists)
    {
        var (graded, findings) = GradeAt(folder, name, misplaced, schema, siblings, explained, completeLists);
        var slash = misplaced.LastIndexOf('/');
        var extension = Path.GetExtension(misplaced).ToLowerInvariant();
        var target = name + extension;
        var where = slash < 0
            ? $"{misplaced} is named with capitals: the grader reads {target} (file names are case-sensitive on Linux, where CI grades)"
            : $"{target} is in the folder {misplaced[..(slash + 1)]}, not in the root of the submission folder, where the grader reads it";
        var message = $"{where}. Its steps score 0 until it is {(slash < 0 ? "renamed" : "moved")}; the other findings on it show how it will be graded then.";
        var hint = slash < 0 ? $"Rename it: `git mv {misplaced} {target}`." : $"Move it to the submission folder: `git mv {misplaced} {target}`.";
        var span = graded.Lines.Count > 0 ? SourceSpan.FileStart : (SourceSpan?)null;
        findings.Insert(0, span is { } start
            ? FindingFactory.At(CoreRules.MisplacedFile, misplaced, start, JsonPointerText.Root, message, hint, Finding.WholeStep)
            : FindingFactory.Unlocated(CoreRules.MisplacedFile, misplaced, message, hint));
        return (graded, findings);
    }

    private (GradedFile File, List<Finding> Findings) GradeAt(SubmissionFolder folder, string name, string path, LabFileSchema schema, IReadOnlyList<LabFileSchema> siblings, ISet<string> explained,
        IReadOnlyDictionary<string, IReadOnlyList<string>> completeLists)
    {
        var findings = new List<Finding>();
        var loaded = loader.Load(folder.Files, path);
        findings.AddRange(loaded.Findings);
        if (loaded.Root is null)
        {
            return (new GradedFile(name, path, schema, null, null) { Lines = loaded.Lines }, findings);
        }

        if (loaded.Root is SourceMapping top && OdcsContractGrading.Applies(schema, top))
        {
            return OdcsContractGrading.Grade(builder, name, path, schema, siblings, completeLists, top, loaded.Lines, findings);
        }

        var others = loaded.Root is SourceMapping sections ? OtherLabSections.In(sections, schema, LabCatalog.All) : [];
        if (others.Count > 0 && OtherLabSections.HoldsNoneOf((SourceMapping)loaded.Root, schema))
        {
            // The file is another lab file under this name: one finding says so, instead of one
            // unknown key per section and one missing section per step.
            findings.Add(others[0].WholeFileFinding(folder, name, path));
            explained.Add(others[0].File + ".yaml");
            return (new GradedFile(name, path, schema, null, null) { Lines = loaded.Lines }, findings);
        }

        var (instance, problem) = builder.Build(path, loaded.Root);
        if (instance is null)
        {
            findings.Add(problem!);
            return (new GradedFile(name, path, schema, null, null) { Lines = loaded.Lines }, findings);
        }

        var normaliser = new ValueNormaliser(schema, instance, path);
        var value = normaliser.Normalise();
        findings.AddRange(normaliser.Findings);
        var translated = new SchemaFindingTranslator(schema, instance, value, path, completeLists) { SiblingFiles = siblings }.Translate(schema.Evaluate(value));
        findings.AddRange(others.Count == 0 ? translated : translated.Select(f => OtherLabSections.AsOtherFileSection(f, name, path, others, folder, explained)));
        return (new GradedFile(name, path, schema, instance, value) { Lines = loaded.Lines }, findings);
    }

    /// <summary>A finding as the report shows it: its text printable, and the learner's line quoted.</summary>
    private static Finding Presented(Finding finding, IReadOnlyDictionary<string, GradedFile> files, HintLevel hints) =>
        WithExcerpt(finding with
        {
            // Below answer, the learner is not told what to write; a nudge says only where, and which check.
            Message = hints == HintLevel.Nudge ? Nudge(finding) : LearnerText.Printable(finding.Message),
            Hint = hints switch
            {
                HintLevel.Answer => finding.Hint is null ? null : LearnerText.Printable(finding.Hint),
                HintLevel.Hint when RuleRegistry.Find(finding.Rule) is { } rule => $"Run 'meshgrade explain {rule.Id}' for what the check asks.",
                _ => null,
            },
            Answer = hints == HintLevel.Answer ? finding.Answer : null,
        }, files);

    /// <summary>
    /// Only the check's title: the message itself can quote the value to write ("did you mean"), and a
    /// rule with no entry is named by its id rather than let its message through.
    /// </summary>
    private static string Nudge(Finding finding) =>
        RuleRegistry.Find(finding.Rule) is { } rule ? $"{rule.Title}." : $"Check {LearnerText.Printable(finding.Rule)} fails here.";

    /// <summary>Adds the learner's line to a located finding, except where it would mislead (a missing key).</summary>
    private static Finding WithExcerpt(Finding finding, IReadOnlyDictionary<string, GradedFile> files)
    {
        if (finding.Line is not { } line || finding.File is null
            || !files.TryGetValue(finding.File, out var file)
            || line > file.Lines.Count)
        {
            return finding;
        }

        // A missing key is located at the mapping that should hold it: a caret there would point at something else.
        // A key written in its place (misspelt, moved) is located at that key, which starts where the mapping does.
        if (file.Source is { } source && finding.Path is { Length: > 0 } path
            && source.WrittenAt(path) is null
            && source.NodeAt(JsonPointerText.Parent(path)) is SourceMapping holder
            && holder.Span.Start == new SourcePosition(line, finding.Column ?? 0)
            && holder.Span.End == new SourcePosition(finding.EndLine ?? 0, finding.EndColumn ?? 0))
        {
            return finding;
        }

        return finding with { Excerpt = LearnerText.SourceLine(file.Lines[line - 1]) };
    }

    /// <summary>Fills in the lab, step and check a finding belongs to, from the section its pointer is in.</summary>
    private static Finding Attribute(Finding finding, LabDefinition lab, LabFileSchema schema)
    {
        var step = finding.Step ?? (finding.Path is { Length: > 0 } path ? ScoredChecks.StepOf(schema, path) : null);
        // A duplicate key, or a syntax slip the loader read past, fails the check of the key it is on.
        var check = (finding.Rule == CoreRules.DuplicateKey.Id || (finding.Rule == CoreRules.YamlSyntax.Id && finding.Path is { Length: > 0 })) && finding.Path is { } keyed
            ? ScoredChecks.At(schema, keyed) ?? finding.Rule
            : finding.Check;
        return finding with { Lab = lab.Id, Step = step, Check = check };
    }

    /// <summary>A file-level error with no step: the file could not be graded at all.</summary>
    private static bool IsFileFatal(Finding finding) =>
        finding.Severity == Severity.Error && finding.Step is null && finding.Check == Finding.WholeStep;
}
