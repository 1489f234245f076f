using MeshGrader.Core.Grading;

namespace MeshGrader.Core.Reports.Writers;

/// <summary>Renders a finished report in one format. Writers never grade.</summary>
internal interface IReportWriter
{
    void Write(GradingReport report, TextWriter output);
}
