namespace MeshGrader.Core.Rules.Semantic;

/// <summary>The choices a list field's items may take, as its schema defines them.</summary>
internal static class ListChoices
{
    public static IReadOnlyList<string> Of(RuleContext context, string file, string pointer) =>
        context.File(file)?.Schema.SubschemaFor(pointer)?.Items?.Choices
        ?? throw new InvalidOperationException($"The schema of {file} defines no choices for the list at {pointer}.");
}
