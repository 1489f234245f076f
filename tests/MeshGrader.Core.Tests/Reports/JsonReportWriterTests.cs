using System.Text.Json;
using MeshGrader.Core.Reports.Writers;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Reports;

/// <summary>The JSON report is the machine contract (spec section 7): names and meanings must hold.</summary>
public sealed class JsonReportWriterTests
{
    private static JsonElement Render(TemporarySubmission submission)
    {
        using var output = new StringWriter();
        new JsonReportWriter().Write(submission.Grade(16), output);
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }

    [Fact]
    public void BrokenSample_HasTheContractFields()
    {
        using var submission = TemporarySubmission.FromSample("data-mesh-threshold-too-low");

        var json = Render(submission);

        Assert.Equal(96.7m, json.GetProperty("score").GetDecimal());
        var lab = json.GetProperty("labs")[0];
        Assert.Equal(16, lab.GetProperty("lab").GetInt32());
        Assert.Equal("data-mesh", lab.GetProperty("slug").GetString());
        Assert.Equal("Data Mesh Architecture", lab.GetProperty("title").GetString());
        Assert.Equal(96.7m, lab.GetProperty("score").GetDecimal());
        Assert.Equal(5, lab.GetProperty("tasks_completed").GetInt32());
        Assert.Equal(6, lab.GetProperty("tasks_total").GetInt32());
        Assert.False(lab.GetProperty("completed").GetBoolean());
        var step = lab.GetProperty("steps")[0];
        Assert.Equal(1, step.GetProperty("step").GetInt32());
        Assert.Equal("Define Data Domain", step.GetProperty("title").GetString());
        Assert.True(step.GetProperty("completed").GetBoolean());
        Assert.Equal(16.7m, step.GetProperty("score").GetDecimal());
        Assert.Equal(16.7m, step.GetProperty("max_score").GetDecimal());

        var finding = json.GetProperty("findings")[0];
        Assert.Equal("DM-301", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("hint").GetString()));
        Assert.Equal("contract.yaml", finding.GetProperty("file").GetString());
        var value = ReportSamples.PositionIn("data-mesh-threshold-too-low", "contract.yaml", "75", after: "quality_threshold:");
        Assert.Equal(value.Line, finding.GetProperty("line").GetInt32());
        Assert.Equal(value.Column, finding.GetProperty("column").GetInt32());
        Assert.Equal("/contract/quality_threshold", finding.GetProperty("path").GetString());
        Assert.Equal(16, finding.GetProperty("lab").GetInt32());
        Assert.Equal(3, finding.GetProperty("step").GetInt32());
    }

    [Fact]
    public void MissingFile_HasNullPosition()
    {
        using var submission = TemporarySubmission.FromSample("complete").Without("contract.yaml");

        var finding = Render(submission).GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "MG-004");

        Assert.Equal(JsonValueKind.Null, finding.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("column").ValueKind);
        Assert.Equal("contract.yaml", finding.GetProperty("file").GetString());
    }

    [Fact]
    public void MissingKey_HasPointerOfTheKeyAndPositionOfItsMapping()
    {
        using var submission = TemporarySubmission.FromSample("complete").Replace("contract.yaml", "  sla_uptime: 99.9\n", string.Empty);

        var finding = Render(submission).GetProperty("findings")[0];

        Assert.Equal("/contract/sla_uptime", finding.GetProperty("path").GetString());
        // The contract mapping starts at its first key.
        var mapping = submission.PositionOf("contract.yaml", "product:");
        Assert.Equal(mapping.Line, finding.GetProperty("line").GetInt32());
        Assert.Equal(mapping.Column, finding.GetProperty("column").GetInt32());
    }

    [Fact]
    public void LearnerKeyInAPointer_KeepsItsExactValueAndIsInertInTheLog()
    {
        using var submission = TemporarySubmission.FromSample("complete")
            .Replace("domain.yaml", "  name: sales-analytics", "  name: sales-analytics\n  \"##[set-output name=x]y\u202E##vso[task.complete]\": 1");
        using var output = new StringWriter();

        new JsonReportWriter().Write(submission.Grade(16), output);

        var text = output.ToString();
        Assert.DoesNotContain("##[", text, StringComparison.Ordinal);
        Assert.DoesNotContain("##vso[", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', text);
        var pointers = JsonDocument.Parse(text).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("path").GetString());
        Assert.Contains("/domain/##[set-output name=x]y\u202E##vso[task.complete]", pointers);
    }
}
