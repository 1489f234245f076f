using System.Runtime.InteropServices;

namespace MeshGrader.Cli.Commands;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM, taken as a request to stop a watch after the grading under way,
/// instead of ending the process in the middle of a report; and the environment's own stop.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly List<PosixSignalRegistration> registrations = [];

    public StopSignals(CancellationToken stop)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(stop);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    source.Cancel();
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // The signal keeps its default action here: the process ends, as without a watch.
            }
        }
    }

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        source.Dispose();
    }
}
