using System.Text.Json.Serialization;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Rules;
using MeshGrader.Core.Rules.Semantic;

namespace MeshGrader.Core.Labs.Catalogue;

/// <summary>
/// One check of a lab, as the catalogue writes it: <c>kind</c> names the check kind (a class in
/// Rules/Semantic), the other properties are its settings. <see cref="Build"/> makes the check.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SemVerCheck), "semver")]
[JsonDerivedType(typeof(AllOfCheck), "all-of")]
[JsonDerivedType(typeof(ContractProductCheck), "contract-product")]
[JsonDerivedType(typeof(NumberRecommendationCheck), "number-recommendation")]
[JsonDerivedType(typeof(NumberNoticeCheck), "number-notice")]
[JsonDerivedType(typeof(ChoiceCheck), "choice")]
[JsonDerivedType(typeof(ChoiceNoticeCheck), "choice-notice")]
[JsonDerivedType(typeof(WhenChoiceNoticeCheck), "when-choice-notice")]
[JsonDerivedType(typeof(SnakeCaseCheck), "snake-case")]
[JsonDerivedType(typeof(MinimumItemsCheck), "minimum-items")]
[JsonDerivedType(typeof(CompleteListNoticeCheck), "complete-list-notice")]
internal abstract record CheckData
{
    /// <summary>The lab file the check reads (a cross-file check names the file it reports on).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public abstract string ReadsFile { get; }

    /// <summary>The field the check reports on: when that field fails its own check, the check cannot pass.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public abstract string ReadsField { get; }

    public abstract ISemanticRule Build(int lab);

    /// <summary>
    /// The check with the rule it introduces at another severity: a rubric that gives a
    /// recommendation points makes it a required check. A check that introduces no rule stays as it is.
    /// </summary>
    public virtual CheckData WithSeverity(RuleSeverity severity) => this;

    protected static RuleDescriptor Describe(RuleData rule, int lab) => new(
        rule.Id, rule.Title,
        rule.Severity switch { RuleSeverity.Error => Severity.Error, RuleSeverity.Warning => Severity.Warning, _ => Severity.Info },
        lab, rule.Step, rule.Why, rule.Hint);

    protected static ChoiceCondition? Condition(ConditionData? when) => when is null ? null : new(when.Field, when.Is, when.DespiteErrors);
}

/// <summary>A version field's value is a strict SemVer 2.0.0 version; fails the field's own check (<paramref name="Id"/>).</summary>
internal sealed record SemVerCheck(string Id, string File, string Field) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override ISemanticRule Build(int lab) => new SemVerRule(Id, File, Field);
}

/// <summary>
/// A list holds every choice its schema allows, or every one of <paramref name="Items"/> when given
/// (values a rubric requires); fails the field's own check (<paramref name="Id"/>).
/// </summary>
internal sealed record AllOfCheck(string Id, string File, string Field, IReadOnlyList<string>? Items = null) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override ISemanticRule Build(int lab) => new RequireAllItemsRule(Id, File, Field, Items);
}

/// <summary>Lab 16's cross-file check: contract.product names the data product domain.yaml defines.</summary>
internal sealed record ContractProductCheck(string Id) : CheckData
{
    public override string ReadsFile => "contract";

    public override string ReadsField => ContractProductRule.ProductPointer;

    public override ISemanticRule Build(int lab) => new ContractProductRule(Id);
}

/// <summary>A number within a recommended range, or one of recommended values, optionally only when a choice is made.</summary>
internal sealed record NumberRecommendationCheck(
    RuleData Rule, string File, string Field, decimal? AtLeast = null, decimal? AtMost = null,
    IReadOnlyList<decimal>? OneOf = null, ConditionData? When = null, string? Advice = null) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) =>
        new NumberRecommendation(Describe(Rule, lab), File, Field, AtLeast, AtMost, OneOf, Condition(When), Advice);
}

/// <summary>A notice when a number falls in a range (at least <paramref name="AtLeast"/>, below <paramref name="Below"/>).</summary>
internal sealed record NumberNoticeCheck(
    RuleData Rule, string File, string Field, string Message, decimal? AtLeast = null, decimal? Below = null,
    ConditionData? When = null, bool StatesValue = false) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) =>
        new NumberNotice(Describe(Rule, lab), File, Field, Message, AtLeast, Below, Condition(When), StatesValue);
}

/// <summary>A choice that should be <paramref name="Recommended"/> (or should not be <paramref name="Discouraged"/>), optionally only when another choice is made.</summary>
internal sealed record ChoiceCheck(
    RuleData Rule, string File, string Field, string Message, string? Recommended = null, string? Discouraged = null,
    ConditionData? When = null, bool StatesValue = false) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) =>
        new ChoiceRule(Describe(Rule, lab), File, Field, Message, Recommended, Discouraged, Condition(When), StatesValue);
}

/// <summary>A notice for particular choices, one message per choice.</summary>
internal sealed record ChoiceNoticeCheck(
    RuleData Rule, string File, string Field, IReadOnlyDictionary<string, string> Messages, ConditionData? When = null) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) => new ChoiceNotice(Describe(Rule, lab), File, Field, Messages, Condition(When));
}

/// <summary>A notice on a field whenever a choice is made elsewhere.</summary>
internal sealed record WhenChoiceNoticeCheck(RuleData Rule, string File, ConditionData When, string Field, string Message) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) => new WhenChoiceNotice(Describe(Rule, lab), File, Condition(When)!, Field, Message);
}

/// <summary>A name recommended in snake_case.</summary>
internal sealed record SnakeCaseCheck(RuleData Rule, string File, string Field) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) => new SnakeCaseRecommendation(Describe(Rule, lab), File, Field);
}

/// <summary>A list recommended to hold at least <paramref name="AtLeast"/> items.</summary>
internal sealed record MinimumItemsCheck(RuleData Rule, string File, string Field, int AtLeast) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) => new MinimumItemsRecommendation(Describe(Rule, lab), File, Field, AtLeast);
}

/// <summary>A notice when a list holds every choice its schema allows.</summary>
internal sealed record CompleteListNoticeCheck(RuleData Rule, string File, string Field, string Message) : CheckData
{
    public override string ReadsFile => File;

    public override string ReadsField => Field;

    public override CheckData WithSeverity(RuleSeverity severity) => this with { Rule = Rule with { Severity = severity } };

    public override ISemanticRule Build(int lab) => new CompleteListNotice(Describe(Rule, lab), File, Field, Message);
}
