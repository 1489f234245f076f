using System.Text.RegularExpressions;

namespace MeshGrader.Core.Tests;

/// <summary>docs/security.md names the test behind each guarantee: every name it gives must exist.</summary>
public sealed partial class SecurityPageTests
{
    [Fact]
    public void EveryTestTheSecurityPageNames_Exists()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "security.md"));
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToArray();
        var named = TestName().Matches(page).Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Success ? m.Groups[2].Value : null)).ToArray();

        Assert.NotEmpty(named);
        Assert.All(named, name =>
        {
            var inClass = sources.Where(s => s.Contains($"class {name.Class}", StringComparison.Ordinal)).ToArray();
            Assert.True(inClass.Length > 0, $"docs/security.md names {name.Class}, which is no test class.");

            if (name.Method is { } method)
            {
                Assert.True(inClass.Any(s => s.Contains($" {method}(", StringComparison.Ordinal)), $"docs/security.md names {name.Class}.{method}, which does not exist.");
            }
        });
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z]*Tests)(?:\.([A-Za-z_]+))?`")]
    private static partial Regex TestName();
}
