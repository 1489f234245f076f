namespace MeshGrader.Cli.Tests.Support;

/// <summary>
/// The files a learner's repository could hold to take part in a build of anything beneath it, each
/// of which leaves a marker in <c>markers</c> or makes the build fail when it takes part. A CI job
/// that builds the grader inside that repository would run them with the job's secrets.
/// </summary>
internal static class HostileWorkspace
{
    /// <summary>MSBuild imports the first of each of these found in the project's (or solution's) folder or above.</summary>
    public static readonly string[] MSBuildImports =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Solution.props", "Directory.Solution.targets",
    ];

    public static void WriteInto(string workspace, string markers)
    {
        Directory.CreateDirectory(workspace);
        Directory.CreateDirectory(markers);
        foreach (var name in MSBuildImports)
        {
            // InitialTargets run before any target of any project that imports the file, restore included.
            var target = "Hostile" + name.Replace(".", string.Empty, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(workspace, name), $"""
                <Project InitialTargets="{target}">
                  <Target Name="{target}">
                    <Touch Files="{Path.Combine(markers, name)}" AlwaysCreate="true" />
                  </Target>
                </Project>
                """);
        }

        // Extra MSBuild switches: a file logger writes a log wherever the learner says.
        File.WriteAllText(Path.Combine(workspace, "Directory.Build.rsp"), $"""
            -fileLogger
            -fileLoggerParameters:LogFile={Path.Combine(markers, "Directory.Build.rsp.log")}
            """);

        // An SDK that does not exist, and no roll-forward: any dotnet command that reads this fails.
        File.WriteAllText(Path.Combine(workspace, "global.json"), """
            { "sdk": { "version": "9.9.999", "rollForward": "disable" } }
            """);

        // A package folder the learner could fill with packages of their own, and a feed that does not exist.
        File.WriteAllText(Path.Combine(workspace, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(markers, "global-packages")}" />
              </config>
              <fallbackPackageFolders>
                <add key="hostile" value="{Path.Combine(markers, "fallback-packages")}" />
              </fallbackPackageFolders>
              <packageSources>
                <add key="hostile" value="{Path.Combine(markers, "feed")}" />
              </packageSources>
            </configuration>
            """);

        // Analyzer settings that turn every analyzer diagnostic into an error: the build fails if either takes part.
        File.WriteAllText(Path.Combine(workspace, ".globalconfig"), "is_global = true\ndotnet_analyzer_diagnostic.severity = error\n");
        File.WriteAllText(Path.Combine(workspace, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\n");
    }

    /// <summary>What the hostile files left behind: any file or folder in <paramref name="markers"/>.</summary>
    public static IReadOnlyList<string> Traces(string markers) =>
        Directory.EnumerateFileSystemEntries(markers, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(markers, p)).Order(StringComparer.Ordinal).ToList();
}
