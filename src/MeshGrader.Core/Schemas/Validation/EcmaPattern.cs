using System.Text;

namespace MeshGrader.Core.Schemas.Validation;

/// <summary>
/// A JSON Schema pattern (ECMA-262) made ready for .NET's engine, which differs in one way that
/// matters to a grader: .NET's <c>$</c> also matches before a final newline, so an identifier
/// pattern such as ODCS's <c>^[A-Za-z0-9_-]+$</c> would accept "abc\n". Every <c>$</c> outside
/// a character class and not escaped becomes "end of input, full stop".
/// </summary>
internal static class EcmaPattern
{
    private const string EndOfInput = @"(?![\s\S])";

    public static string ForDotNet(string pattern)
    {
        if (!pattern.Contains('$', StringComparison.Ordinal))
        {
            return pattern;
        }

        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    // A ']' first in a class is a literal in .NET, so it does not close it.
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append(pattern[++i]);
                    }

                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        result.Append(pattern[++i]);
                    }

                    break;
                case '$':
                    result.Append(EndOfInput);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
