// A deliberate back edge, for LayerOrderTests.BackEdge_IsCaught: a "Loading" type that uses a
// "Reports" type. It lives in the test assembly only.
namespace MeshGrader.Core.Tests.Architecture.Fixture.Reports
{
    internal sealed class Renderer
    {
        public string Render(string text) => text;
    }
}

namespace MeshGrader.Core.Tests.Architecture.Fixture.Loading
{
    internal sealed class ReaderThatRenders
    {
        public string Read(string text) => new Reports.Renderer().Render(text);
    }
}
