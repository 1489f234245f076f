using System.Text;

namespace MeshGrader.Cli.Tests.Support;

/// <summary>A writer one thread writes to while another reads what it holds so far (a running watch).</summary>
internal sealed class SharedWriter : TextWriter
{
    private readonly StringBuilder text = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (gate)
        {
            return text.ToString();
        }
    }
}
