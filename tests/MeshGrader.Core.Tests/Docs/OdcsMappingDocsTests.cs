using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Labs;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Docs;

/// <summary>
/// The Lab 16 page's ODCS section: its mapping table is generated from the places the grader
/// reads (OdcsPlaces), and its side-by-side examples grade alike.
/// </summary>
public sealed class OdcsMappingDocsTests
{
    private static readonly string Page = Path.Combine(RepositoryPaths.Root, "docs", "labs", "data-mesh.md");

    [Fact]
    public void DataMeshPage_ShowsTheOdcsMappingTableAsThePlacesGenerateIt()
    {
        GeneratedRegion.AssertUpToDate(Page, ("odcs-mapping", MappingTable()));
    }

    [Fact]
    public void MappingTable_HasARowForEveryFieldOfTheContractSection()
    {
        var fields = LabCatalog.Get(16).Schema("contract").Root.Property(OdcsDetection.ShortFormSection)!.PropertyNames;

        Assert.Equal(fields.Order(StringComparer.Ordinal), OdcsPlaces.All.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SideBySideExamples_ScoreAlikeWithNoFinding()
    {
        var blocks = Regex.Matches(File.ReadAllText(Page), "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        var odcs = Assert.Single(blocks, b => b.Contains("kind: DataContract", StringComparison.Ordinal));
        var shortForm = blocks[Array.IndexOf(blocks, odcs) - 1];
        Assert.StartsWith("# Lab 16, Step 3", shortForm, StringComparison.Ordinal);
        using var odcsSubmission = TemporarySubmission.FromSample("complete-odcs").With("contract.yaml", odcs);
        using var shortSubmission = TemporarySubmission.FromSample("complete-odcs").With("contract.yaml", shortForm);

        var odcsReport = odcsSubmission.Grade(16);
        var shortReport = shortSubmission.Grade(16);

        Assert.Empty(odcsReport.Findings);
        Assert.Empty(shortReport.Findings);
        Assert.Equal(shortReport.Step(16, 3).Score, odcsReport.Step(16, 3).Score);
        Assert.True(odcsReport.Step(16, 3).Completed);
    }

    private static string MappingTable()
    {
        var contract = LabCatalog.Get(16).Schema("contract").Root.Property(OdcsDetection.ShortFormSection)!;
        var text = new StringBuilder();
        text.AppendLine("| short form | rule | ODCS place | when it is missing, reported at | notes |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var place in OdcsPlaces.All)
        {
            var rule = contract.Property(place.Field)!.RuleId!;
            var parent = place.Parent.Length == 0 ? "the document" : $"`{place.Parent.TrimStart('/')}` (else the document)";
            var missing = contract.Required.Contains(place.Field) ? parent : "(optional)";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| `{place.Field}` | [{rule}](../rules.md#{rule.ToLowerInvariant()}) | {Cell(place.Place)} | {missing} | {Cell(place.Note)} |");
        }

        text.AppendLine();
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
