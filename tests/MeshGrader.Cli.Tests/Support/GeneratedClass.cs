using System.Text;

namespace MeshGrader.Cli.Tests.Support;

/// <summary>
/// A class of generated submissions in a workspace, laid out as <c>gh classroom clone student-repos</c>
/// lays it out (<c>lab-submissions/lab-USER</c>): complete, partial, broken and hostile ones (a lab
/// file that links out of the folder, a pipe, an unreadable file, a huge file, a folder where a file
/// should be, an empty folder, a submission that is a link to another learner's, names that are
/// formulas, markup and runner commands).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class GeneratedClass : IDisposable
{
    public const string Folder = "lab-submissions";

    private static readonly string[] Broken = SampleClass.Names
        .Where(name => name != "complete").Order(StringComparer.Ordinal).ToArray();

    private static readonly string[] HostileNames =
    [
        "=HYPERLINK(\"evil.example\",\"x\")", "+1+1", "-cmd", "@SUM(A1)", "<script>alert(1)<\\script>", "::error::forged", "##[add-mask]x", "bidi\u202Eevil", "line\nbreak",
    ];

    public GeneratedClass(int size)
    {
        Root = Workspace.Root;
        ClassFolder = Workspace[Folder];
        Directory.CreateDirectory(ClassFolder);
        File.WriteAllText(Workspace["outside.txt"], "a secret outside the class\n");
        for (var i = 0; i < size; i++)
        {
            var name = i % 97 == 5 ? $"lab-{HostileNames[i / 97 % HostileNames.Length]}{i}" : $"lab-user{i:D4}";
            Make(Path.Combine(ClassFolder, name), i);
        }

        // Not submissions: tool folders and files of the class folder.
        Directory.CreateDirectory(Path.Combine(ClassFolder, ".git"));
        File.WriteAllText(Path.Combine(ClassFolder, "roster.csv"), "user\n");
    }

    public TemporaryFolder Workspace { get; } = new();

    public string Root { get; }

    public string ClassFolder { get; }

    public string this[string relative] => Workspace[relative];

    public void Dispose() => Workspace.Dispose();

    private void Make(string submission, int i)
    {
        switch (i % 10)
        {
            case 0 or 1:
                CopySample("complete", submission);
                break;
            case 2 or 3 or 4:
                CopySample(Broken[i / 10 % Broken.Length], submission);
                break;
            case 5:
                // Partial: only Lab 16's domain file.
                Directory.CreateDirectory(submission);
                File.Copy(Path.Combine(RepositoryPaths.Samples, "complete", "domain.yaml"), Path.Combine(submission, "domain.yaml"));
                break;
            case 6:
                CopySample("complete", submission);
                File.Delete(Path.Combine(submission, "contract.yaml"));
                File.CreateSymbolicLink(Path.Combine(submission, "contract.yaml"), Workspace["outside.txt"]);
                if (i % 100 == 6)
                {
                    // Over the 1 MiB limit.
                    File.WriteAllText(Path.Combine(submission, "mlops.yaml"), "k: " + new string('x', 2 * 1024 * 1024) + "\n", Encoding.UTF8);
                }

                break;
            case 7:
                CopySample("complete", submission);
                File.Delete(Path.Combine(submission, "governance.yaml"));
                Assert.Equal(0, ProcessRun.Of("mkfifo", [Path.Combine(submission, "governance.yaml")], Root).ExitCode);
                File.SetUnixFileMode(Path.Combine(submission, "domain.yaml"), UnixFileMode.None);
                break;
            case 8:
                if (i % 50 == 8)
                {
                    // Another learner's submission, linked: not graded.
                    File.CreateSymbolicLink(submission, Path.Combine(ClassFolder, "lab-user0000"));
                    break;
                }

                Directory.CreateDirectory(Path.Combine(submission, "mlops.yaml"));
                File.WriteAllText(Path.Combine(submission, "domain.yaml"), "domain:\n  name: [unclosed\n");
                break;
            default:
                Directory.CreateDirectory(submission);
                break;
        }
    }

    private static void CopySample(string sample, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Samples, sample)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
