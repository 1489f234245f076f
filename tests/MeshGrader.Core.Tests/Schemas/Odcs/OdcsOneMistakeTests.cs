using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas.Odcs;
using MeshGrader.Core.Tests.Support;

namespace MeshGrader.Core.Tests.Schemas.Odcs;

/// <summary>
/// Every official example with one mistake written into it, at every key line where it applies: a
/// value of another type, a misspelt key, a bad choice, a key removed. A mutant the schema refuses
/// gets exactly one error, at the line of the mistake (the mutated key or value; for a removed key,
/// the mapping that lacks it); a mutant it accepts gets none.
/// </summary>
public sealed class OdcsOneMistakeTests
{
    public static TheoryData<string, OdcsMistake> Cases()
    {
        var cases = new TheoryData<string, OdcsMistake>();
        foreach (var example in OdcsContracts.Examples)
        {
            foreach (var mistake in Enum.GetValues<OdcsMistake>())
            {
                cases.Add(example, mistake);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachMistake_GivesOneErrorAtItsLine(string example, OdcsMistake mistake)
    {
        var mutants = OdcsMutants.Of(example, mistake).ToList();

        // Reading a contract dominates the time; the mutants are independent, so they are checked in parallel.
        var outcomes = mutants.AsParallel().AsOrdered().Select(Outcome).ToList();
        var wrong = outcomes.OfType<string>().Where(o => o.Length > 0).ToList();
        var refused = outcomes.Count(o => o is not null);

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {mutants.Count} mutants:\n" + string.Join("\n", wrong));

        // Each kind of mistake is made somewhere in each example, so the loop above is not vacuous.
        Assert.True(refused > 0, $"No {mistake} mutant of {example} is refused by the schema ({mutants.Count} made).");
    }

    // Null when the schema accepts the mutant and no finding says otherwise; else "" when the mutant
    // gets one error at its line, or what is wrong.
    private static string? Outcome(OdcsMutant mutant)
    {
        var instance = OdcsContracts.Load(mutant.Text);
        if (instance is null)
        {
            // The mistake made the text something other than YAML (a key written twice): not a schema mistake.
            return null;
        }

        var findings = OdcsStructureCheck.Check(instance, OdcsContracts.File);
        if (OdcsSchema.Validator.IsValid(instance.Value))
        {
            return findings.Count == 0 ? null : $"{mutant}: accepted by the schema, yet\n{OdcsContracts.Describe(findings)}";
        }

        var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
        var problem = errors.Count == 1 ? Problem(mutant, errors[0]) : $"{errors.Count} errors";
        return problem is null ? string.Empty : $"{mutant}: expected one error at line {Expected(mutant).Line}; {problem}\n{OdcsContracts.Describe(findings)}";
    }

    private static string? Problem(OdcsMutant mutant, Finding error)
    {
        var expected = Expected(mutant);
        if (error.Line != expected.Line || (mutant.Marker is not null && error.Column != expected.Column))
        {
            return $"found at {error.Line}:{error.Column}, expected {expected.Line}:{expected.Column}";
        }

        var text = error.Message + " " + error.Hint;
        return mutant.Mistake switch
        {
            OdcsMistake.KeyTypo when !text.Contains($"'{mutant.Key}'", StringComparison.Ordinal) && !text.Contains($" {mutant.Key}.", StringComparison.Ordinal)
                => $"does not name the key meant, {mutant.Key}",
            OdcsMistake.BadChoice when (error.Message.Contains("is not one of", StringComparison.Ordinal) || error.Message.Contains("the only value", StringComparison.Ordinal))
                                       && !(error.Hint ?? string.Empty).Contains($"{mutant.Key}: {mutant.Original}.", StringComparison.Ordinal)
                => $"does not suggest {mutant.Original}",
            OdcsMistake.KeyDropped when !text.Contains(mutant.Key, StringComparison.Ordinal) => $"does not name the missing key {mutant.Key}",
            _ => null,
        };
    }

    private static SourcePosition Expected(OdcsMutant mutant)
    {
        if (mutant.Marker is null)
        {
            return new SourcePosition(mutant.MappingLine, 0);
        }

        var at = TextPosition.Of(mutant.Text, mutant.Marker);
        return at with { Column = at.Column + mutant.MarkerOffset };
    }
}
