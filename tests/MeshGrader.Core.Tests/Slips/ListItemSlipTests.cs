using MeshGrader.Core.Findings;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Slip class "lists": a wrong list item is named by its value and position, never as
/// <c>dimensions[1]</c> as if the index were a key; the hint writes the learner's own list back with
/// the fix made (it never replaces the list with the one item); and in an "all of" list, one
/// misspelt item does not hide the other missing items: one finding names both and one hint adds them.
/// </summary>
public sealed class ListItemSlipTests
{
    /// <summary>
    /// File, text of the complete sample, the slip, the misspelt item and the key before it, how the
    /// finding names the item, and the list to write.
    /// </summary>
    public static TheoryData<string, string, string, string, string, string, string> MisspeltItems() => new()
    {
        // Lab 16 has no "all of" list: its lists of choices (compute, classification) need at least one.
        { "domain.yaml", "compute: [spark, dbt]", "compute: [spark, dbtt]", "dbtt", "compute:", "platform.compute: the 2nd item 'dbtt'", "[spark, dbt]" },
        { "domain.yaml", "classification: [internal, confidential]", "classification: [internl, confidential]", "internl", "classification:", "governance.classification: the 1st item 'internl'", "[internal, confidential]" },
        { "mlops.yaml", "compliance: [gdpr]", "compliance: [gdpr, hipa]", "hipa", "compliance:", "governance.compliance: the 2nd item 'hipa'", "[gdpr, hipaa]" },
        { "mlops.yaml", "metrics: [data-drift, concept-drift, performance]", "metrics: [data-drift, concept-drift, performence]", "performence", "metrics:", "monitoring.metrics: the 3rd item 'performence'", "[data-drift, concept-drift, performance]" },
        { "governance.yaml", "pii_categories: [email, ssn, phone]", "pii_categories: [email, snn, phone]", "snn", "pii_categories:", "privacy.pii_categories: the 2nd item 'snn'", "[email, ssn, phone]" },
        { "governance.yaml", "[accuracy, completeness, consistency, timeliness]", "[accuracy, completness, consistency, timeliness]", "completness", "dimensions:", "data_quality.dimensions: the 2nd item 'completness'", "[accuracy, completeness, consistency, timeliness]" },
    };

    [Theory]
    [MemberData(nameof(MisspeltItems))]
    public void MisspeltListItem_OneFindingNamingTheItemByValueAndPositionWithAHintKeepingTheOtherItems(
        string file, string oldText, string newText, string item, string after, string named, string list)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var report = submission.Grade(SlipGrading.LabOf(file));

        var error = SlipGrading.SingleErrorAt(submission, report, file, item, after);
        Assert.StartsWith(named + " is not one of ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\[\d+\]", error.Message);
        var key = JsonPointerText.LastSegment(error.Answer!.Pointer);
        Assert.Contains($"{key}: {list}", error.Hint, StringComparison.Ordinal);
        Assert.Equal(list, error.Answer.Yaml);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, file, error));
    }

    /// <summary>File, the complete list, the slip, the misspelt item, the items the finding names missing, and the list to write.</summary>
    public static TheoryData<string, string, string, string, string, string> MisspeltItemsOfAllOfLists() => new()
    {
        // Lab 16 has no "all of" list (see MisspeltItems).
        { "mlops.yaml", "[data-drift, concept-drift, performance]", "[data-drift, concept-drif]", "concept-drif", "performance", "[data-drift, concept-drift, performance]" },
        { "mlops.yaml", "[data-drift, concept-drift, performance]", "[preformance]", "preformance", "data-drift and concept-drift", "[performance, data-drift, concept-drift]" },
        { "governance.yaml", "[accuracy, completeness, consistency, timeliness]", "[accuracy, completness, consistency]", "completness", "timeliness", "[accuracy, completeness, consistency, timeliness]" },
        { "governance.yaml", "[access, deletion, portability]", "[acess]", "acess", "deletion and portability", "[access, deletion, portability]" },
        { "governance.yaml", "[gdpr, ccpa, soc2]", "[gdpr, soc3]", "soc3", "ccpa", "[gdpr, soc2, ccpa]" },
    };

    [Theory]
    [MemberData(nameof(MisspeltItemsOfAllOfLists))]
    public void MisspeltItemOfAnAllOfList_OneFindingNamingItAndEveryMissingItemWithAHintThatAdds(
        string file, string complete, string slip, string item, string missing, string list)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, complete, slip);

        var report = submission.Grade(SlipGrading.LabOf(file));

        var error = SlipGrading.SingleErrorAt(submission, report, file, item, after: null);
        Assert.Contains($"item '{item}' is not one of", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Also missing: {missing} (the list must hold all of", error.Message, StringComparison.Ordinal);
        Assert.Contains($"add {missing}:", error.Hint, StringComparison.Ordinal);
        Assert.EndsWith($": {list}.", error.Hint, StringComparison.Ordinal);
        Assert.Equal(list, error.Answer!.Yaml);

        // One failed check for the list, not one per problem in it.
        var step = report.Step(SlipGrading.LabOf(file), error.Step!.Value);
        Assert.Equal(step.ChecksTotal - 1, step.ChecksPassed);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, file, error));
    }

    [Fact]
    public void MisspeltItemOnItsOwnLine_FindingOnThatLine()
    {
        const string Block = "dimensions:\n    - accuracy\n    - completness\n    - consistency\n";
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("governance.yaml", "dimensions: [accuracy, completeness, consistency, timeliness]\n", Block);

        var report = submission.Grade(18);

        var error = SlipGrading.SingleErrorAt(submission, report, "governance.yaml", "completness", after: "dimensions:");
        Assert.StartsWith("data_quality.dimensions: the 2nd item 'completness'", error.Message, StringComparison.Ordinal);
        Assert.Equal("[accuracy, completeness, consistency, timeliness]", error.Answer!.Yaml);
    }

    [Fact]
    public void TwoWrongItemsOfOneList_OneFindingNamingBoth()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("governance.yaml", "[accuracy, completeness, consistency, timeliness]", "[acuracy, completeness, consistensy, timeliness]");

        var report = submission.Grade(18);

        var error = SlipGrading.SingleErrorAt(submission, report, "governance.yaml", "acuracy", after: "dimensions:");
        Assert.Contains("the 1st item 'acuracy'", error.Message, StringComparison.Ordinal);
        Assert.Contains("3rd item 'consistensy'", error.Message, StringComparison.Ordinal);
        Assert.Equal("[accuracy, completeness, consistency, timeliness]", error.Answer!.Yaml);
    }

    [Fact]
    public void UnknownItemWithNoNearChoice_HintRemovesItAndKeepsTheRest()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("governance.yaml", "pii_categories: [email, ssn, phone]", "pii_categories: [email, address, phone]");

        var report = submission.Grade(18);

        var error = SlipGrading.SingleErrorAt(submission, report, "governance.yaml", "address", after: "pii_categories:");
        Assert.Equal("privacy.pii_categories: the 2nd item 'address' is not one of email, ssn, phone.", error.Message);
        Assert.Equal("Remove 'address': pii_categories: [email, phone].", error.Hint);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, "governance.yaml", error));
    }

    [Fact]
    public void ListItemInAnotherSpelling_NoticeNamesTheItemByPositionNotAsAKey()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("governance.yaml", "frameworks: [gdpr, ccpa, soc2]", "frameworks: [gdpr, ccpa, SOC 2]");

        var notice = submission.Grade(18).Single(CoreRules.ChoiceSpelling.Id);

        Assert.Equal("compliance.frameworks: the 3rd item 'SOC 2' is read as 'soc2'.", notice.Message);
        Assert.Equal("Write soc2 in frameworks (choices are lowercase kebab-case).", notice.Hint);
    }

    [Fact]
    public void HundredsOfWrongItems_OneFindingNamingTheFirstFewAndCountingTheRest()
    {
        var items = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"tool{i}"));
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "compute: [spark, dbt]", $"compute: [spark, {items}]");

        var report = submission.Grade(16);

        var error = SlipGrading.SingleErrorAt(submission, report, "domain.yaml", "tool0", after: "compute:");
        Assert.Contains("6th item 'tool4'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'tool5'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{300 - MeshGrader.Core.Schemas.ListItemExplanation.NamedItems} more items are not valid either", error.Message, StringComparison.Ordinal);
        Assert.Equal("[spark]", error.Answer!.Yaml);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, "domain.yaml", error));
    }
}
