namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// "When this choice is made": the condition under which a rule applies. By default it holds only
/// when the choice field passes its own check, so advice never builds on a mistake.
/// </summary>
/// <param name="Pointer">The choice field; a list field holds the condition when it contains the value.</param>
/// <param name="Value">The canonical choice.</param>
/// <param name="DespiteErrors">
/// Hold even when the choice field has an error, for a required check that must not wait for
/// another mistake: a misspelt or missing other item does not change whether a list contains the
/// value, so the condition does not depend on the order rules run in.
/// </param>
internal sealed record ChoiceCondition(string Pointer, string Value, bool DespiteErrors = false)
{
    public bool Holds(RuleContext context, string file) =>
        (DespiteErrors || !context.HasError(file, Pointer))
        && context.Choices(file, Pointer).Contains(Value, StringComparer.Ordinal);

    /// <summary>The condition in the learner's terms, e.g. "deployment.strategy is canary".</summary>
    public override string ToString() => $"{Schemas.NamedPath.Of(Pointer)} is {Value}";
}
