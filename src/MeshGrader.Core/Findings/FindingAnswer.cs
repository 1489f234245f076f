namespace MeshGrader.Core.Findings;

/// <summary>
/// The value a finding's hint tells the learner to write, in a form a program can apply: the YAML
/// text (a scalar or a flow list) that, written at <paramref name="Pointer"/>, makes the finding go
/// away. Kept beside the prose so a test can hold every generated hint to the rule it hints at;
/// reports print only the prose.
/// </summary>
/// <param name="Pointer">JSON Pointer of the value to replace (for a list item's finding, the whole list).</param>
/// <param name="Yaml">The replacement as YAML text, e.g. <c>95</c>, <c>"1.0.0"</c> or <c>[gdpr, ccpa]</c>.</param>
internal sealed record FindingAnswer(string Pointer, string Yaml);
