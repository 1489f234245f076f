using System.Globalization;
using MeshGrader.Core.Labs.Catalogue;
using MeshGrader.Core.Schemas;

namespace MeshGrader.Core.Labs.Reference;

/// <summary>
/// A failing and a passing example for a check the catalogue adds, derived from the check's own
/// settings: a number outside its range, the choice advised against, the list one item short, the
/// condition that makes the check apply (or not).
/// </summary>
internal static class CheckExamples
{
    public static (RuleExample? Failing, RuleExample? Passing) For(CheckData check, LabDefinition lab)
    {
        var file = check.ReadsFile;
        var pointer = check.ReadsField;
        var field = lab.Schema(file).SubschemaFor(pointer);
        if (field is null)
        {
            return (null, null);
        }

        var examples = new Examples(lab, file, pointer, field);
        return check switch
        {
            NumberRecommendationCheck n => examples.Numbers(n.When,
                v => v < n.AtLeast || v > n.AtMost || (n.OneOf is { } oneOf && !oneOf.Contains(v)),
                [n.AtLeast - 1, Between(examples.Lower, n.AtLeast), n.AtMost + 1, Between(n.AtMost, examples.Upper), .. n.OneOf?.Select(v => (decimal?)(v + 10)) ?? []],
                [n.AtLeast, n.AtMost, .. n.OneOf?.Select(v => (decimal?)v) ?? []]),
            NumberNoticeCheck n => examples.Numbers(n.When,
                v => !(v < n.AtLeast) && !(v >= n.Below),
                [n.AtLeast, n.Below is { } below ? Between(n.AtLeast ?? examples.Lower, below) : null],
                [n.Below, n.AtLeast - 1, Between(examples.Lower, n.AtLeast)]),
            ChoiceCheck { Recommended: { } recommended } c => examples.Choices(c.When,
                examples.Choice([recommended]), ExampleValues.Text(recommended)),
            ChoiceCheck c => examples.Choices(c.When,
                ExampleValues.Text(c.Discouraged ?? string.Empty), examples.Choice([c.Discouraged ?? string.Empty])),
            ChoiceNoticeCheck c => examples.Notice(c.When, ExampleValues.Text(c.Messages.Keys.First()), examples.Choice([.. c.Messages.Keys])),
            WhenChoiceNoticeCheck w => examples.Notice(w.When, FieldExamples.Passing(lab, file, pointer, field), null),
            SnakeCaseCheck => examples.Plain(
                field.Example is { } name ? ExampleValues.Text(string.Concat(name.Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]))) : null,
                field.Example),
            MinimumItemsCheck m => examples.Plain(
                ExampleValues.Items(field.Example) is { } items && items.Count >= m.AtLeast ? ExampleValues.FlowList(items.Take(m.AtLeast - 1)) : null,
                field.Example),
            CompleteListNoticeCheck => examples.Plain(
                field.Items?.Choices is { Count: > 1 } all ? ExampleValues.FlowList(all) : null,
                field.Items?.Choices is { Count: > 1 } some ? ExampleValues.FlowList(some.SkipLast(1)) : null),
            _ => (null, null),
        };
    }

    private static decimal? Between(decimal? low, decimal? high) => low is { } l && high is { } h && l < h ? (l + h) / 2 : null;

    /// <summary>The field an example writes, with the lab around it.</summary>
    private sealed class Examples(LabDefinition lab, string file, string pointer, FieldSchema field)
    {
        public decimal? Lower => Bound("minimum") ?? Bound("exclusiveMinimum");

        public decimal? Upper => Bound("maximum") ?? Bound("exclusiveMaximum");

        public (RuleExample?, RuleExample?) Plain(string? failing, string? passing) => (Example(null, failing), Example(null, passing));

        /// <summary>Numbers the schema accepts: the first of each list that gives the finding, and that does not.</summary>
        public (RuleExample?, RuleExample?) Numbers(ConditionData? when, Func<decimal, bool> shows, decimal?[] showing, decimal?[] silent)
        {
            var example = ExampleValues.NumberOf(field.Example);
            var failing = showing.Prepend(example).OfType<decimal>().FirstOrDefault(v => Valid(v) && shows(v), decimal.MinValue);
            var passing = silent.Prepend(example).OfType<decimal>().FirstOrDefault(v => Valid(v) && !shows(v), decimal.MinValue);
            var condition = when is null ? null : Condition(when, holds: true);
            return (failing == decimal.MinValue ? null : Example(condition, ExampleValues.Number(failing)),
                passing == decimal.MinValue ? null : Example(condition, ExampleValues.Number(passing)));
        }

        /// <summary>A choice check: both examples with its condition made true.</summary>
        public (RuleExample?, RuleExample?) Choices(ConditionData? when, string? failing, string? passing)
        {
            var condition = when is null ? null : Condition(when, holds: true);
            return (Example(condition, failing), Example(condition, passing));
        }

        /// <summary>A notice: shown with its condition true; silent with another choice, or else with the condition false.</summary>
        public (RuleExample?, RuleExample?) Notice(ConditionData? when, string? shown, string? silent)
        {
            var condition = when is null ? null : Condition(when, holds: true);
            return silent is not null
                ? (Example(condition, shown), Example(condition, silent))
                : (Example(condition, shown), when is null ? null : Example(Condition(when, holds: false), shown));
        }

        public string? Choice(IReadOnlyCollection<string> except) =>
            ChoicePreference.Best(lab, file, pointer, field, except) is { } choice ? ExampleValues.Text(choice) : null;

        private RuleExample? Example(ExampleSetting? condition, string? value) => value is null
            ? null
            : new RuleExample(condition is null ? [new(file, pointer, value)] : [condition, new(file, pointer, value)]);

        private ExampleSetting? Condition(ConditionData when, bool holds)
        {
            if (lab.Schema(file).SubschemaFor(when.Field) is not { } other)
            {
                return null;
            }

            if (other.IsList)
            {
                var items = ExampleValues.Items(other.Example) ?? other.Items?.Choices ?? [];
                var written = holds
                    ? (items.Contains(when.Is) ? items : [.. items, when.Is])
                    : items.Where(i => i != when.Is).ToArray();
                return new(file, when.Field, ExampleValues.FlowList(written));
            }

            var choice = holds ? when.Is : ChoicePreference.Best(lab, file, when.Field, other, [when.Is]);
            return choice is null ? null : new(file, when.Field, ExampleValues.Text(choice));
        }

        private decimal? Bound(string keyword) =>
            decimal.TryParse(field.Bound(keyword), NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) ? bound : null;

        private bool Valid(decimal value) =>
            !(value < Bound("minimum")) && !(value <= Bound("exclusiveMinimum")) && !(value > Bound("maximum")) && !(value >= Bound("exclusiveMaximum"))
            && (field.Type != "integer" || value == decimal.Truncate(value));
    }
}
