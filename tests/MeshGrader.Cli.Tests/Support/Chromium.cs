namespace MeshGrader.Cli.Tests.Support;

/// <summary>
/// Headless Chromium for the tests that look at a page as a person would. Found on PATH
/// (chromium, chromium-browser, google-chrome) or at MESHGRADE_CHROMIUM. Where it is missing the
/// tests are skipped, unless MESHGRADE_REQUIRE_BROWSER=1 (which <c>.ci/run</c> sets after installing
/// it): then they fail, so CI can never pass without having rendered the page.
/// </summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    public static bool Required => Environment.GetEnvironmentVariable("MESHGRADE_REQUIRE_BROWSER") == "1";

    /// <summary>Runs it headless on a local file; root needs the sandbox off (CI runs as root).</summary>
    public static ProcessRun Run(string workingDirectory, params string[] arguments) =>
        ProcessRun.Of(Executable ?? throw new InvalidOperationException("Chromium was not found: install Debian's chromium package, or set MESHGRADE_CHROMIUM."),
            ["--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--hide-scrollbars", .. Environment.UserName == "root" ? ["--no-sandbox"] : Array.Empty<string>(), .. arguments],
            workingDirectory);

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("MESHGRADE_CHROMIUM") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs headless Chromium: skipped where it is missing, unless CI requires it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null && !Chromium.Required)
        {
            Skip = "Headless Chromium is not installed (apt-get install chromium); .ci/run installs it and requires this test.";
        }
    }
}
