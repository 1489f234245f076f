using System.Globalization;
using CsCheck;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Hints always satisfy the rule they hint at. Every field of every lab file gets wrong values of
/// the kinds learners write (misspelt and capitalised choices, words meaning "all", lists missing
/// items, numbers in the other form, quoted or out of range, yes for true, blank or unquoted text,
/// short versions); whenever a generated hint names a value to write (the finding's answer), writing
/// it makes that finding go away. A failure prints CsCheck's seed and the smallest slips it found.
/// </summary>
public sealed class HintAnswerPropertyTests
{
    private static readonly string[] Everything = ["ALL", "all", "everything", "any", "\"*\""];

    private static readonly string[] Words = ["other", "none", "custom", "tbd", "x"];

    /// <summary>Every field the complete sample writes: its file, pointer and schema.</summary>
    private static readonly (string File, string Pointer, FieldSchema Field)[] Fields =
        LabCatalog.All.SelectMany(lab => lab.Files.SelectMany(file => lab.Schema(file).Sections.SelectMany(section =>
            section.Schema.PropertyNames.Select(name => (File: file + ".yaml", Pointer: $"/{section.Section}/{name}", Field: section.Schema.Property(name)!)))))
        .Where(f => SlipGrading.Writes(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "complete", f.File)), f.Pointer))
        .ToArray();

    private static readonly Gen<Slip> AnySlip =
        Gen.Int[0, Fields.Length - 1].SelectMany(i => WrongValue(Fields[i].Field).Select(value => new Slip(Fields[i].File, Fields[i].Pointer, value)));

    [Fact]
    public void AnySlipInAnyField_TheValueAHintNamesMakesItsFindingGoAway()
    {
        using var submission = TemporarySubmission.FromSample("complete");
        var complete = Directory.GetFiles(submission.Root).ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
        var answered = 0;

        Gen.Select(AnySlip, AnySlip.Array[0, 1]).Sample(
            (slip, more) =>
            {
                var text = more.Where(m => m.File == slip.File && m.Pointer != slip.Pointer).Prepend(slip)
                    .Aggregate(complete[slip.File], (current, s) => SlipGrading.Apply(current, new FindingAnswer(s.Pointer, s.Value)));
                submission.With(slip.File, text);
                var report = submission.Grade(SlipGrading.LabOf(slip.File));
                foreach (var finding in report.Errors().Where(f => f.Answer is not null && f.File == slip.File))
                {
                    FollowAnswers(submission, slip.File, text, finding);
                    answered++;
                }

                submission.With(slip.File, complete[slip.File]);
            },
            iter: 400,
            threads: 1,
            print: t => string.Join(" and ", t.Item2.Prepend(t.Item1)));

        // The property holds for a reason: many of the slips were answered.
        Assert.True(answered > 100, $"Only {answered} findings named a value to write.");
    }

    /// <summary>
    /// Writes the value the finding names; the field must then pass its check. A hint about form may
    /// only reveal the next problem of the same field when that one names its own value (quoting
    /// <c>product: 1</c> gives text, which still has to name domain.yaml's product); at most twice.
    /// </summary>
    private static void FollowAnswers(TemporarySubmission submission, string file, string text, Finding finding)
    {
        var steps = new List<string>();
        for (var current = finding; ;)
        {
            var answer = current.Answer!;
            text = SlipGrading.Apply(text, answer);
            steps.Add($"'{current.Hint}' (writes {answer.Yaml} at {answer.Pointer})");
            submission.With(file, text);
            var still = submission.Grade(SlipGrading.LabOf(file)).Errors().Where(f => f.Rule == finding.Rule && f.Path is { } path
                && (path == answer.Pointer || path.StartsWith(answer.Pointer + "/", StringComparison.Ordinal))).ToArray();
            if (still.Length == 0)
            {
                return;
            }

            Assert.True(still.Length == 1 && still[0].Answer is not null && steps.Count < 3,
                $"Following {string.Join(", then ", steps)} still gives: {ReportAssertions.Describe(still)}");
            current = still[0];
        }
    }

    /// <summary>Values a learner might write in a field of this schema, most of them wrong.</summary>
    private static Gen<string> WrongValue(FieldSchema field)
    {
        if (field.IsList && field.Items?.Choices is { } items)
        {
            return Gen.OneOf(
                Gen.Select(Gen.Int[0, (1 << items.Count) - 1], Gen.Int[0, 99], Gen.Int[0, 3], (kept, at, edit) =>
                {
                    var list = items.Where((_, i) => (kept & (1 << i)) != 0).ToList();
                    if (list.Count > 0)
                    {
                        list[at % list.Count] = Misspelt(list[at % list.Count], at, edit);
                    }

                    return "[" + string.Join(", ", list) + "]";
                }),
                Gen.OneOf(Everything),
                Gen.Select(Gen.OneOf(Everything), Gen.OneOf(items.ToArray()), (word, item) => $"[{item}, {word}]"),
                Gen.Select(Gen.OneOf(Words), Gen.OneOf(items.ToArray()), (word, item) => $"[{item}, {word}]"));
        }

        if (field.IsList)
        {
            return Gen.OneOf("[]", "[Alice Chen, 42]", "[Alice Chen, \" \"]", "42", "[\"\"]");
        }

        if (field.Choices is { } choices)
        {
            return Gen.OneOf(
                Gen.Select(Gen.OneOf(choices.ToArray()), Gen.Int[0, 99], Gen.Int[0, 3], Misspelt),
                Gen.OneOf(Everything),
                Gen.OneOf(Words),
                Gen.OneOf(choices.Select(c => c.ToUpperInvariant()).ToArray()));
        }

        if (field.Type is "number" or "integer")
        {
            var example = decimal.Parse(field.Example ?? "1", NumberStyles.Float, CultureInfo.InvariantCulture);
            return Gen.OneOf(
                Gen.OneOf(
                    Text(example / 100m), Text(example * 100m), $"\"{Text(example)}\"", $"{Text(example)}%", $"\"{Text(example)}%\"",
                    Text(example + 0.5m), "-1", "0", "1", "\"\"", "yes"),
                Gen.Int[-10, 500].Select(n => n.ToString(CultureInfo.InvariantCulture)),
                Gen.Int[0, 100].Select(n => Text(n / 100m)),
                Gen.Int[0, 100].Select(n => $"\"{n}%\""));
        }

        if (field.Const is not null)
        {
            return Gen.OneOf("yes", "\"true\"", "false", "on", "1", "\"yes\"");
        }

        return Gen.OneOf("\"  \"", "42", "Sales Analytics", "1.0", "1", "v1.0.0", "\"1.0\"", "\"1.0.0 \"", "true", "other_name", "[a, b]", "");
    }

    private static string Misspelt(string word, int at, int edit)
    {
        var i = at % word.Length;
        return edit switch
        {
            0 when word.Length > 2 => word.Remove(i, 1),
            1 => word.Insert(i, word[i].ToString()),
            2 when i + 1 < word.Length => string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)),
            _ => word + "s",
        };
    }

    private static string Text(decimal number) => number.ToString("G29", CultureInfo.InvariantCulture);

    private sealed record Slip(string File, string Pointer, string Value)
    {
        public override string ToString() => $"{File} {Pointer}: {Value}";
    }
}
