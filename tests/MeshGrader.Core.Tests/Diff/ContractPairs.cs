using MeshGrader.Core.Diff;

namespace MeshGrader.Core.Tests.Diff;

/// <summary>Pairs of contracts for the diff tests: the official ODCS full example and the lab's short form, each edited in one place.</summary>
internal static class ContractPairs
{
    public static string FullExample { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "odcs-3.1.0", "full-example.odcs.yaml"));

    public const string ShortForm = """
        # Lab 16, Step 3: Define Data Contract
        contract:
          product: customer_revenue_metrics
          schema_version: "1.0.0"
          quality_threshold: 95
          sla_uptime: 99.9
          backward_compatible: true

        """;

    /// <summary>The text with its one occurrence of <paramref name="from"/> replaced.</summary>
    public static string Edit(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the text.");
        Assert.True(text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' occurs more than once.");
        return text[..at] + to + text[(at + from.Length)..];
    }

    /// <summary>The text without the part from <paramref name="from"/> up to (not including) <paramref name="until"/>.</summary>
    public static string Cut(string text, string from, string until)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not in the text.");
        var end = text.IndexOf(until, start, StringComparison.Ordinal);
        Assert.True(end > start, $"'{until}' does not follow '{from}'.");
        return text[..start] + text[end..];
    }

    public static DiffReport Compare(string old, string @new) =>
        ContractDiff.Compare(ContractSide.FromText(old, "old.yaml"), ContractSide.FromText(@new, "new.yaml"));

    /// <summary>The diff of two valid contracts; fails with the findings when either side is invalid.</summary>
    public static DiffReport Compared(string old, string @new)
    {
        var report = Compare(old, @new);
        Assert.True(report.Compared, "Not compared: " + string.Join("\n", report.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column} {e.Rule} {e.Message}")));
        return report;
    }
}
