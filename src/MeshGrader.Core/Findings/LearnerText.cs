using System.Globalization;
using System.Text;

namespace MeshGrader.Core.Findings;

/// <summary>
/// Makes text that quotes the learner's file safe to print on one line: control characters are
/// escaped (a value with a newline must not break a report line or a CI annotation) and very
/// long text is cut, since a value can be as long as the file.
/// </summary>
internal static class LearnerText
{
    public const int MaxLength = 400;

    public static string Printable(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 8));
        foreach (var c in text)
        {
            if (builder.Length >= MaxLength)
            {
                return builder.Append('…').ToString();
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
