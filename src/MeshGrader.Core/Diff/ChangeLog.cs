using System.Text.Json.Nodes;
using MeshGrader.Core.Findings;
using MeshGrader.Core.Schemas.Validation;

namespace MeshGrader.Core.Diff;

/// <summary>The changes found so far between two valid sides, each located in both files.</summary>
internal sealed class ChangeLog(ContractSide old, ContractSide @new)
{
    /// <summary>
    /// The sides are in different forms and only the lab's values are compared: pointers are the
    /// short form's, each placed in its side's own file.
    /// </summary>
    public bool LabValuesOnly { get; init; }

    private readonly List<ContractChange> changes = [];

    public IReadOnlyList<ContractChange> Changes => changes;

    /// <summary>
    /// Records a change. A pointer that does not exist in its file (something added or removed) is
    /// located at the nearest mapping or list that does, the place it would be.
    /// </summary>
    public void Add(DiffRule rule, string message, string oldPointer, string newPointer) =>
        changes.Add(new ContractChange(rule, LearnerText.Printable(message), Place(old, oldPointer), Place(@new, newPointer)));

    public static bool Same(JsonNode? left, JsonNode? right) => JsonValues.AreEqual(left, right);

    /// <summary>A value as a message quotes it: text as it is, anything else as JSON.</summary>
    public static string Quoted(JsonNode? value) => value switch
    {
        null => "nothing",
        JsonValue v when v.TryGetValue<string>(out var text) => $"'{text}'",
        _ => value.ToJsonString(),
    };

    private DiffPlace Place(ContractSide side, string pointer) => LabValuesOnly
        ? new(side.OwnPointer(pointer), side.LabValues?.SpanOf(pointer) ?? side.Instance!.SpanOf(JsonPointerText.Root))
        : new(pointer, side.Instance!.SpanOf(pointer));
}
