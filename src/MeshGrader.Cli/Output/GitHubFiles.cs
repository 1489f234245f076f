using MeshGrader.Core.Containment;

namespace MeshGrader.Cli.Output;

/// <summary>
/// The files GitHub Actions names in $GITHUB_OUTPUT and $GITHUB_STEP_SUMMARY, written only when the
/// variables are set. Outputs are gathered and appended once, so that one run never writes a key
/// twice: the Classroom result owns <c>result</c> when both github and classroom formats run.
/// </summary>
internal sealed class GitHubFiles(CliEnvironment environment)
{
    private readonly Dictionary<string, string> outputs = new(StringComparer.Ordinal);

    public string? OutputPath => NonEmpty(environment.Variable("GITHUB_OUTPUT"));

    public string? SummaryPath => NonEmpty(environment.Variable("GITHUB_STEP_SUMMARY"));

    /// <summary>Sets an output unless an owner of the key has set it already.</summary>
    public void Offer(string name, string value) => outputs.TryAdd(name, value);

    /// <summary>Sets an output, replacing what a format offered.</summary>
    public void Set(string name, string value) => outputs[name] = value;

    public void AppendSummary(string markdown)
    {
        if (SummaryPath is { } path)
        {
            OutputFile.Append(path, markdown.EndsWith('\n') ? markdown : markdown + "\n");
        }
    }

    /// <summary>Appends the gathered <c>name=value</c> lines (every value is one line: numbers, words, base64).</summary>
    public void Flush()
    {
        if (OutputPath is { } path && outputs.Count > 0)
        {
            OutputFile.Append(path, string.Concat(outputs.Select(o => $"{o.Key}={o.Value}\n")));
            outputs.Clear();
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
