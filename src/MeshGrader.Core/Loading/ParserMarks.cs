using MeshGrader.Core.Findings;
using YamlDotNet.Core;

namespace MeshGrader.Core.Loading;

/// <summary>The parser's positions as the positions findings carry (1-based, never before the file).</summary>
internal static class ParserMarks
{
    public static SourcePosition Position(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public static SourceSpan Span(Mark start, Mark end) => new(Position(start), Position(end));
}
