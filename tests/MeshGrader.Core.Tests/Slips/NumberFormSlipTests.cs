using MeshGrader.Core.Labs;
using MeshGrader.Core.Schemas;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Slips;

/// <summary>
/// Slip class "numbers in another form": a percentage written as a fraction (0.95 for 95) or a
/// fraction written as a percentage (15% or 15 for 0.15) is explained, with the number to write in
/// the form the field takes (its schema's <c>x-unit</c>); and a hint never names a number that
/// fails the field's range.
/// </summary>
public sealed class NumberFormSlipTests
{
    private const string AsFraction = "looks like a fraction; this field is a percentage";
    private const string AsPercentage = "looks like a percentage; this field is a fraction";

    /// <summary>File, text of the complete sample, the slip, the value written and the key before it, the explanation, the number to write.</summary>
    public static TheoryData<string, string, string, string, string, string, string> OtherForms() => new()
    {
        // Lab 16 has percentages only (contract.yaml); no field of it is a fraction.
        { "contract.yaml", "quality_threshold: 95", "quality_threshold: 0.95", "0.95", "quality_threshold:", AsFraction, "95" },
        { "contract.yaml", "sla_uptime: 99.9", "sla_uptime: 0.999", "0.999", "sla_uptime:", AsFraction, "99.9" },
        { "mlops.yaml", "alert_threshold: 0.15", "alert_threshold: 15%", "15%", "alert_threshold:", AsPercentage, "0.15" },
        { "mlops.yaml", "alert_threshold: 0.15", "alert_threshold: 15", "15", "alert_threshold:", AsPercentage, "0.15" },
        { "mlops.yaml", "alert_threshold: 0.15", "alert_threshold: \"15 %\"", "\"15 %\"", "alert_threshold:", AsPercentage, "0.15" },
        { "governance.yaml", "threshold: 95", "threshold: 0.95", "0.95", "  threshold:", AsFraction, "95" },
    };

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void NumberInTheOtherForm_OneFindingExplainingItWithTheNumberToWrite(
        string file, string oldText, string newText, string written, string after, string explanation, string meant)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var report = submission.Grade(SlipGrading.LabOf(file));

        var error = SlipGrading.SingleErrorAt(submission, report, file, written, after);
        Assert.Contains(explanation, error.Message, StringComparison.Ordinal);
        Assert.Contains($": write {meant} for ", error.Message, StringComparison.Ordinal);
        var key = after.Trim().TrimEnd(':');
        Assert.Contains($"{key}: {meant}.", error.Hint, StringComparison.Ordinal);
        Assert.Equal(meant, error.Answer!.Yaml);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, file, error));
    }

    [Fact]
    public void PercentageWithItsSignInAPercentField_HintWritesTheNumberWithoutIt()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("mlops.yaml", "rollback_threshold: 5", "rollback_threshold: 5%");

        var error = SlipGrading.SingleErrorAt(submission, submission.Grade(17), "mlops.yaml", "5%", "rollback_threshold:");

        Assert.StartsWith("Write the number without the % sign: rollback_threshold: 5.", error.Hint, StringComparison.Ordinal);
        SlipGrading.AssertFixed(SlipGrading.GradeWithAnswer(submission, "mlops.yaml", error));
    }

    [Theory]
    [InlineData("contract.yaml", "quality_threshold: 95", "quality_threshold: \"50%\"", "quality_threshold: 50")]
    [InlineData("mlops.yaml", "alert_threshold: 0.15", "alert_threshold: \"250%\"", "alert_threshold: 2")]
    [InlineData("governance.yaml", "threshold: 95", "threshold: \"0.5\"", "threshold: 0.5")]
    public void QuotedNumberOutOfRangeInEitherForm_HintNamesTheRangeNotAFailingNumber(string file, string oldText, string newText, string failing)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var error = Assert.Single(submission.Grade(SlipGrading.LabOf(file)).Errors());

        Assert.DoesNotContain(failing, error.Hint, StringComparison.Ordinal);
        Assert.Null(error.Answer);
        Assert.Matches(@"Write a number (from|greater than|at least) ", error.Hint);
    }

    [Theory]
    [InlineData("contract.yaml", "quality_threshold: 95", "quality_threshold: 75")]
    [InlineData("mlops.yaml", "alert_threshold: 0.15", "alert_threshold: 0")]
    [InlineData("governance.yaml", "threshold: 95", "threshold: 0.5")]
    public void NumberOutOfRangeInEitherForm_IsNotCalledTheOtherForm(string file, string oldText, string newText)
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace(file, oldText, newText);

        var error = Assert.Single(submission.Grade(SlipGrading.LabOf(file)).Errors());

        Assert.DoesNotContain("looks like a", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Answer);
    }

    /// <summary>
    /// The unit is schema data: every number field that says it is a percentage carries
    /// <c>x-unit: percent</c>, and each unit fits its bounds (a percentage within 0 to 100, a fraction within 0 to 1).
    /// </summary>
    [Fact]
    public void UnitAnnotations_MatchEachNumberFieldsDescriptionAndBounds()
    {
        var numbers = LabCatalog.All.SelectMany(lab => lab.Files.SelectMany(file => lab.Schema(file).Sections.SelectMany(section =>
                section.Schema.PropertyNames.Select(name => (Name: $"{file}/{section.Section}/{name}", Field: section.Schema.Property(name)!)))))
            .Where(f => f.Field.Type is "number" or "integer")
            .ToArray();

        Assert.Contains(numbers, f => f.Field.Unit == NumberForm.Percent);
        Assert.Contains(numbers, f => f.Field.Unit == NumberForm.Fraction);
        Assert.All(numbers, f =>
        {
            var saysPercent = f.Field.Description!.Contains("percent", StringComparison.OrdinalIgnoreCase);
            Assert.True(saysPercent == (f.Field.Unit == NumberForm.Percent), $"{f.Name}: x-unit {f.Field.Unit ?? "none"}, description '{f.Field.Description}'.");
            var top = f.Field.NumericBound("maximum") ?? f.Field.NumericBound("exclusiveMaximum");
            switch (f.Field.Unit)
            {
                case NumberForm.Percent:
                    Assert.True(top is <= 100m, $"{f.Name} is a percentage with no maximum within 100.");
                    break;
                case NumberForm.Fraction:
                    Assert.True(top is <= 1m, $"{f.Name} is a fraction with no maximum within 1.");
                    break;
                default:
                    Assert.Null(f.Field.Unit);
                    break;
            }
        });
    }
}
