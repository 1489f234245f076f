using MeshGrader.Core.Labs;
using MeshGrader.Core.Labs.Reference;

namespace MeshGrader.Core.Tests.Docs;

/// <summary>
/// What a user reads about the labs is generated from the catalogues and schemas, and these tests
/// fail when a page differs from them. Regenerate with MESHGRADE_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class GeneratedDocsTests
{
    public static TheoryData<int> Labs() => new(LabCatalog.All.Select(l => l.Id));

    [Theory]
    [MemberData(nameof(Labs))]
    public void LabPage_ShowsTheTablesItsCatalogueGenerates(int id)
    {
        var lab = LabCatalog.Get(id);
        GeneratedRegion.AssertUpToDate(Path.Combine(RepositoryPaths.Root, "docs", "labs", $"{lab.Slug}.md"),
            ("fields", LabDocsMarkdown.FieldTables(lab)),
            ("advice", LabDocsMarkdown.AdviceTable(lab)));
    }

    [Fact]
    public void Readme_SummarisesEveryLabAsTheCataloguesGenerateIt()
    {
        GeneratedRegion.AssertUpToDate(Path.Combine(RepositoryPaths.Root, "README.md"), ("labs", LabDocsMarkdown.ReadmeSummary(LabCatalog.All)));
    }

    [Fact]
    public void ReadmeLabOption_NamesEveryLabByIdAndSlug()
    {
        var row = File.ReadLines(Path.Combine(RepositoryPaths.Root, "README.md")).Single(l => l.StartsWith("| `--lab`", StringComparison.Ordinal));
        Assert.All(LabCatalog.All, lab => Assert.Contains($"`{lab.Id}` or `{lab.Slug}`", row, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRuleOfEveryLab_IsInItsPagesTables()
    {
        foreach (var lab in LabCatalog.All)
        {
            var shown = LabReference.Steps(lab).SelectMany(s => s.Fields.Select(f => f.RuleId).Append(s.SectionRule).Concat(s.Checks.Select(c => c.RuleId)))
                .Concat(LabReference.Checks(lab).Select(c => c.RuleId))
                .ToHashSet(StringComparer.Ordinal);
            var rules = RuleRegistry.All.Where(r => r.Lab == lab.Id).Select(r => r.Id);
            Assert.All(rules, rule => Assert.Contains(rule, shown));
        }
    }

    [Fact]
    public void EveryCheckInTheCatalogues_SaysWhenItsFindingAppears()
    {
        foreach (var lab in LabCatalog.All)
        {
            Assert.All(lab.Checks, check => Assert.False(string.IsNullOrWhiteSpace(CheckTriggers.Describe(check, lab)), check.ToString()));
        }
    }

    [Fact]
    public void Region_IsReplacedAndTheProseAroundItKept()
    {
        var page = "intro\n<!-- BEGIN GENERATED: t -->\nold\n<!-- END GENERATED: t -->\nafter\n";

        var replaced = GeneratedRegion.Replace(page, "t", "new\n");

        Assert.Equal("intro\n<!-- BEGIN GENERATED: t -->\nnew\n<!-- END GENERATED: t -->\nafter\n", replaced);
    }

    [Fact]
    public void StalePage_FailsTheCheckAndIsLeftAsItWas()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meshgrade-page-{Guid.NewGuid():N}.md");
        const string Stale = "intro\n<!-- BEGIN GENERATED: t -->\nold\n<!-- END GENERATED: t -->\n";
        File.WriteAllText(path, Stale);
        try
        {
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GeneratedRegion.AssertUpToDate(path, update: false, ("t", "new\n")));
            Assert.Equal(Stale, File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("no markers\n")]
    [InlineData("<!-- BEGIN GENERATED: t -->\na\n<!-- END GENERATED: t -->\n<!-- BEGIN GENERATED: t -->\nb\n<!-- END GENERATED: t -->\n")]
    public void PageWithoutExactlyOneRegion_IsRefused(string page)
    {
        Assert.Throws<InvalidOperationException>(() => GeneratedRegion.Replace(page, "t", "x\n"));
    }
}
