using System.Text.Json.Nodes;

namespace MeshGrader.Core.Rules.Semantic;

/// <summary>
/// "When this choice is made": the condition under which a recommendation or notice applies. It
/// holds only when the choice field passes its own check, so advice never builds on a mistake.
/// </summary>
/// <param name="Pointer">The choice field; a list field holds the condition when it contains the value.</param>
/// <param name="Value">The canonical choice.</param>
internal sealed record ChoiceCondition(string Pointer, string Value)
{
    public bool Holds(RuleContext context, string file)
    {
        if (context.HasError(file, Pointer))
        {
            return false;
        }

        return context.Value(file, Pointer) is JsonArray
            ? context.Items(file, Pointer).Contains(Value, StringComparer.Ordinal)
            : context.Text(file, Pointer) == Value;
    }

    /// <summary>The condition in the learner's terms, e.g. "deployment.strategy is canary".</summary>
    public override string ToString() => $"{Schemas.NamedPath.Of(Pointer)} is {Value}";
}
