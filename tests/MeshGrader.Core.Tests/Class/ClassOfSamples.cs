using MeshGrader.Core.Class;
using MeshGrader.Core.Grading;
using MeshGrader.Core.Labs;

namespace MeshGrader.Core.Tests.Class;

/// <summary>Classes for the tests: the samples graded as one class, and reports with hostile names.</summary>
internal static class ClassOfSamples
{
    public static IReadOnlyList<LabDefinition> AllLabs => LabCatalog.All;

    /// <summary>The sample submissions as a class folder: every sample submission, graded on every lab.</summary>
    public static ClassReport Graded(int? parallelism = null, decimal? minScore = null) =>
        new ClassRun(new Grader(), AllLabs, minScore).Grade(ClassRoster.Of([SampleClass.Folder], SampleClass.Root), parallelism);

    /// <summary>A graded class whose folder names are learner text at its worst.</summary>
    public static ClassReport WithIdentities(params string[] identities)
    {
        var graded = Graded();
        var rows = identities.Select((identity, i) => graded.Submissions[i % graded.Submissions.Count] with { Identity = identity, Path = "class/" + identity }).ToArray();
        return graded with { Submissions = rows };
    }

    public static readonly string[] HostileNames =
    [
        "=HYPERLINK(\"http://evil.example/\",\"click\")",
        "+SUM(1,2)",
        "-2+3",
        "@cmd",
        "\tTAB",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "::error file=x::forged",
        "##[set-output name=x]y",
        "line\nbreak\r\nand\u001b[31mred",
        "rtl\u202Eevil",
        "comma,and\"quote",
        "ünïcödé-名前",
    ];
}
