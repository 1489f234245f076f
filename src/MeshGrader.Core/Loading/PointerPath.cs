using MeshGrader.Core.Findings;
namespace MeshGrader.Core.Loading;

/// <summary>
/// The location of a walk through a document, kept as segments. The JSON Pointer string is built
/// only when something is reported there: building one per node made large files cost memory in
/// proportion to their size times their depth.
/// </summary>
internal sealed class PointerPath
{
    private readonly List<object> segments = [];

    public int Depth => segments.Count;

    public string Pointer
    {
        get
        {
            var pointer = JsonPointerText.Root;
            foreach (var segment in segments)
            {
                pointer = segment is int index ? JsonPointerText.Append(pointer, index) : JsonPointerText.Append(pointer, (string)segment);
            }

            return pointer;
        }
    }

    public void Push(string name) => segments.Add(name);

    public void Push(int index) => segments.Add(index);

    public void Pop() => segments.RemoveAt(segments.Count - 1);
}
