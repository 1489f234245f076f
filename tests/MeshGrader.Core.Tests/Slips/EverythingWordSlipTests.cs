using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Slip class "words that mean everything": <c>ALL</c>, <c>*</c>, <c>everything</c>, a group name
/// (<c>gdpr-all</c>, <c>pii</c> for pii_categories) written in a list field, or as the whole value
/// where a list is expected, is explained (YAML has no such word: list each one) with the list to
/// write, not a bare "choose one of".
/// </summary>
public sealed class EverythingWordSlipTests
{
    /// <summary>File, text of the complete sample, the slip, the word and the key before it, the list to write.</summary>
    public static TheoryData<string, string, string, string, string, string> EverythingWords() => new()
    {
        { "domain.yaml", "compute: [spark, dbt]", "compute: ALL", "ALL", "compute:", "[spark, airflow, dbt]" },
        { "domain.yaml", "classification: [internal, confidential]", "classification: [all-levels]", "all-levels", "classification:", "[public, internal, confidential]" },
        { "mlops.yaml", "metrics: [data-drift, concept-drift, performance]", "metrics: all", "all", "metrics:", "[data-drift, concept-drift, performance]" },
        { "mlops.yaml", "compliance: [gdpr]", "compliance: [gdpr, everything]", "everything", "compliance:", "[gdpr, ccpa, hipaa]" },
        { "governance.yaml", "frameworks: [gdpr, ccpa, soc2]", "frameworks: ALL", "ALL", "frameworks:", "[gdpr, ccpa, soc2]" },
        { "governance.yaml", "frameworks: [gdpr, ccpa, soc2]", "frameworks: [\"*\"]", "\"*\"", "frameworks:", "[gdpr, ccpa, soc2]" },
        { "governance.yaml", "pii_categories: [email, ssn, phone]", "pii_categories: pii", "pii", "pii_categories:", "[email, ssn, phone]" },
        { "governance.yaml", "[access, deletion, portability]", "[gdpr-all]", "gdpr-all", "data_subject_rights:", "[access, deletion, portability]" },
    };

    [Theory]
    [MemberData(nameof(EverythingWords))]
    public void WordMeaningEveryChoice_OneFindingSayingToListEachOne(string file, string oldText, string newText, string word, string after, string list)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var report = submission.Grade(SlipGrading.LabOf(file));

        var error = SlipGrading.SingleErrorAt(submission, report, file, word, after);
        Assert.Contains($"'{word.Trim('"')}' is not a value here: list each one you mean: {list}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose one of", error.Hint, StringComparison.Ordinal);
        Assert.EndsWith($": {list}.", error.Hint, StringComparison.Ordinal);
        Assert.Equal(list, error.Answer!.Yaml);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, file, error));
    }

    [Theory]
    [InlineData("domain.yaml", "storage: lakehouse", "storage: all", "all", "storage:")]
    [InlineData("mlops.yaml", "strategy: canary", "strategy: any", "any", "strategy:")]
    [InlineData("governance.yaml", "report_type: regulatory", "report_type: everything", "everything", "report_type:")]
    public void WordMeaningEveryChoiceInAOneChoiceField_SaysTheFieldTakesOne(string file, string oldText, string newText, string word, string after)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var error = SlipGrading.SingleErrorAt(submission, submission.Grade(SlipGrading.LabOf(file)), file, word, after);

        Assert.Contains($"'{word}' is not a value here: {after.TrimEnd(':')} takes one choice, not all of them", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Choose the one you mean: ", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectAnswers_EveryLabScores100WithNoErrorOrWarning()
    {
        using var submission = TemporarySubmission.FromSample("complete");

        foreach (var lab in new[] { 16, 17, 18 })
        {
            SlipGrading.AssertFixed(submission.Grade(lab));
        }
    }
}
