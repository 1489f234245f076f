using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Starter;
using MeshGrader.Core.Loading;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Labs.Starter;

/// <summary>The starter of each lab file: every key under its comment, values left for the learner.</summary>
public sealed partial class StarterTextTests
{
    [Theory]
    [MemberData(nameof(StarterLab.Labs), MemberType = typeof(StarterLab))]
    public void FirstLine_PointsTheLanguageServerAtTheSchemaBesideIt(int labId)
    {
        var lab = LabCatalog.Get(labId);

        Assert.All(lab.Files, file => Assert.Equal(
            $"# yaml-language-server: $schema=.meshgrade/schemas/{file}.schema.json",
            StarterText.For(lab, file).Split('\n')[0]));
    }

    [Theory]
    [MemberData(nameof(StarterLab.Labs), MemberType = typeof(StarterLab))]
    public void EverySchemaProperty_IsAKeyWithNoValueAndNothingElseIs(int labId)
    {
        var lab = LabCatalog.Get(labId);
        foreach (var file in lab.Files)
        {
            var loaded = new YamlDocumentLoader(LoadLimits.Default).LoadText(StarterText.For(lab, file), file + ".yaml");
            Assert.Empty(loaded.Findings);
            var (instance, _) = new JsonInstanceBuilder(LoadLimits.Default).Build(file + ".yaml", loaded.Root!);
            var document = instance!.Value!.AsObject();

            var schema = lab.Schema(file);
            Assert.Equal(schema.Root.PropertyNames, document.Select(p => p.Key));
            foreach (var section in schema.Root.PropertyNames)
            {
                var values = document[section]!.AsObject();
                Assert.Equal(schema.Root.Property(section)!.PropertyNames, values.Select(p => p.Key));
                Assert.All(values, value => Assert.Null(value.Value));
            }
        }
    }

    [Theory]
    [MemberData(nameof(StarterLab.Labs), MemberType = typeof(StarterLab))]
    public void EveryKey_HasACommentWithItsMeaningItsAcceptedValuesAndTheTip(int labId)
    {
        var lab = LabCatalog.Get(labId);
        foreach (var (file, section, key) in StarterLab.Keys(lab))
        {
            var comment = CommentAbove(StarterText.For(lab, file), section, key);
            var field = StarterLab.Field(lab, file, section, key);

            Assert.Contains($"{field.Title} ({field.RuleId},", comment, StringComparison.Ordinal);
            Assert.Contains(field.Description!, comment, StringComparison.Ordinal);
            Assert.Contains("Accepts: ", comment, StringComparison.Ordinal);
            Assert.Contains("Tip: " + field.Hint, comment, StringComparison.Ordinal);
            foreach (var choice in field.Choices ?? field.Items?.Choices ?? [])
            {
                Assert.Contains(choice, comment, StringComparison.Ordinal);
            }

            if (field.Example is { } example)
            {
                Assert.Contains(example, comment, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(StarterLab.Labs), MemberType = typeof(StarterLab))]
    public void UntouchedStarter_ScoresBelowFullWithOneFindingPerValueAtItsKey(int labId)
    {
        var lab = LabCatalog.Get(labId);
        using var submission = StarterLab.Untouched(lab);

        var report = submission.Grade(labId);

        Assert.True(report.Labs.Single().Score < 100m, $"the untouched starter scored {report.Labs.Single().Score}");
        AssertOneFindingPerEmptyValue(lab, submission, report.Findings, StarterLab.Keys(lab));
    }

    [Theory]
    [MemberData(nameof(StarterLab.Labs), MemberType = typeof(StarterLab))]
    public void HalfFilledStarter_ScoresPartlyWithOneFindingPerValueLeft(int labId)
    {
        var lab = LabCatalog.Get(labId);
        using var submission = StarterLab.Untouched(lab);
        var keys = StarterLab.Keys(lab);
        var filled = keys.Where((_, index) => index % 2 == 0).ToArray();
        foreach (var (file, section, key) in filled)
        {
            StarterLab.Fill(submission, file, section, key, StarterLab.ValueFromComment(lab, file, section, key));
        }

        var report = submission.Grade(labId);

        Assert.InRange(report.Labs.Single().Score, 0.1m, 99.9m);
        AssertOneFindingPerEmptyValue(lab, submission, report.Findings, keys.Except(filled).ToArray());
    }

    public static TheoryData<int, bool> LabsAndOrders()
    {
        var data = new TheoryData<int, bool>();
        foreach (var lab in LabCatalog.All)
        {
            data.Add(lab.Id, false);
            data.Add(lab.Id, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabsAndOrders))]
    public void StarterFilledOneValueAtATime_HasOneFindingPerValueLeftAtEveryStage(int labId, bool lastKeyFirst)
    {
        var lab = LabCatalog.Get(labId);
        using var submission = StarterLab.Untouched(lab);
        var keys = StarterLab.Keys(lab).ToList();
        var order = lastKeyFirst ? Enumerable.Reverse(keys).ToList() : keys;
        for (var filled = 1; filled < order.Count; filled++)
        {
            var (file, section, key) = order[filled - 1];
            StarterLab.Fill(submission, file, section, key, StarterLab.ValueFromComment(lab, file, section, key));

            AssertOneFindingPerEmptyValue(lab, submission, submission.Grade(labId).Findings, order.Skip(filled).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(StarterLab.Labs), MemberType = typeof(StarterLab))]
    public void StarterFilledAsItsCommentsSay_ScoresFullWithNoErrorOrWarning(int labId)
    {
        var lab = LabCatalog.Get(labId);
        using var submission = StarterLab.Untouched(lab);
        foreach (var (file, section, key) in StarterLab.Keys(lab))
        {
            StarterLab.Fill(submission, file, section, key, StarterLab.ValueFromComment(lab, file, section, key));
        }

        var report = submission.Grade(labId);

        Assert.Equal(100m, report.Labs.Single().Score);
        Assert.DoesNotContain(report.Findings, f => f.Severity is Severity.Error or Severity.Warning);
    }

    [Fact]
    public void LongComment_IsWrappedAndEveryLineStaysAComment()
    {
        var lines = LabCatalog.All.SelectMany(lab => lab.Files.Select(file => StarterText.For(lab, file))).SelectMany(t => t.Split('\n'));

        // The modeline is one line however long: the language server reads it whole.
        Assert.All(lines.Where(l => !l.StartsWith("# yaml-language-server:", StringComparison.Ordinal)), line => Assert.True(line.Length <= 100, line));
        Assert.Contains(lines, line => line.StartsWith("#   ", StringComparison.Ordinal) || line.StartsWith("  #   ", StringComparison.Ordinal));
    }

    /// <summary>
    /// One error per empty value, at its key, for the value's own check, and nothing else but the
    /// notices a written value earns (such as a product that was renamed).
    /// </summary>
    private static void AssertOneFindingPerEmptyValue(LabDefinition lab, TemporarySubmission submission, IReadOnlyList<Finding> findings, IReadOnlyList<(string File, string Section, string Key)> empty)
    {
        var emptyValues = empty.Select(k => (k.File + ".yaml", StarterLab.Pointer(k.Section, k.Key))).ToHashSet();
        var beyond = findings.GroupBy(f => (f.File!, f.Path!))
            .Where(g => emptyValues.Contains(g.Key) ? g.Count() > 1 : g.Any(f => f.Severity != Severity.Info))
            .SelectMany(g => g);
        Assert.True(!beyond.Any(), "findings beyond one per empty value:\n"
            + string.Join("\n", beyond.Select(f => $"{f.File}:{f.Line} {f.Path} {f.Rule} {f.Severity}: {f.Message}")));
        foreach (var (file, section, key) in empty)
        {
            var finding = Assert.Single(findings, f => f.File == file + ".yaml" && f.Path == StarterLab.Pointer(section, key));
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal(StarterLab.Field(lab, file, section, key).RuleId, finding.Rule);
            Assert.Equal(submission.PositionOf(file + ".yaml", $"  {key}:", after: $"\n{section}:").Line, finding.Line);
        }
    }

    /// <summary>The comment lines right above a key of a section, joined into one text.</summary>
    private static string CommentAbove(string text, string section, string key)
    {
        var lines = text.Split('\n');
        var keyLine = Array.FindIndex(lines, Array.IndexOf(lines, section + ":"), l => l == $"  {key}:");
        var comment = new List<string>();
        for (var i = keyLine - 1; i >= 0 && lines[i].StartsWith("  #", StringComparison.Ordinal); i--)
        {
            comment.Insert(0, lines[i]);
        }

        Assert.NotEmpty(comment);
        return Whitespace().Replace(string.Join(" ", comment.Select(l => l.TrimStart()[1..])), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
