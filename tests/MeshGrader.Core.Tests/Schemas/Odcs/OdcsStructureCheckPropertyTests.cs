using CsCheck;
using MeshGrader.Core.Schemas.Odcs;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>
/// Any value written over any line of an official example: the structure check answers with
/// findings, never an exception; a contract the schema accepts gets none, one it refuses at least
/// one, each located in the file.
/// </summary>
public sealed class OdcsStructureCheckPropertyTests
{
    private static readonly string[] Values =
    [
        "", "~", "null", "0", "-1", "1e400", "3.5", "true", "no", "\"\"", "\"5432\"", "[]", "{}", "[1, [2, {a: b}]]",
        "{type: postgres}", "{mustBe: 1, mustNotBe: 2}", "postgres", "v3.1.0", "library", "'::error::x'", "\"\\u0000\"", "&a x",
    ];

    [Fact]
    public void AnyValueOverAnyLine_GivesLocatedFindingsExactlyWhenTheSchemaRefuses()
    {
        var examples = OdcsContracts.Examples.Select(e => OdcsContracts.Text(e).Split('\n')).ToArray();
        var cases = Gen.Select(Gen.Int[0, examples.Length - 1], Gen.Int[0, 400], Gen.Int[0, Values.Length - 1].Select(i => Values[i]), Gen.Bool)
            .Select((example, line, value, asKey) =>
            {
                var lines = (string[])examples[example].Clone();
                var at = line % lines.Length;
                var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                lines[at] = asKey
                    ? lines[at][..(lines[at].Length - lines[at].TrimStart(' ', '-').Length)] + "extraKey: " + value
                    : colon > 0 ? lines[at][..(colon + 2)] + value : lines[at];
                return string.Join('\n', lines);
            });

        var verdicts = new HashSet<bool>();
        cases.Sample(text =>
        {
            var instance = OdcsContracts.Load(text);
            if (instance is null)
            {
                return;
            }

            var findings = OdcsStructureCheck.Check(instance, OdcsContracts.File);
            var valid = OdcsSchema.Validator.IsValid(instance.Value);
            verdicts.Add(valid);
            Assert.Equal(valid, findings.Count == 0);
            Assert.All(findings, f => Assert.True(f.Rule == "MG-013" && f.Line is > 0 && f.Column is > 0, OdcsContracts.Describe([f])));
        }, iter: 300, threads: 1);

        // Both verdicts occur, so the property is not checked on contracts of one kind only.
        Assert.Equal(2, verdicts.Count);
    }
}
