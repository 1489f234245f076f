namespace MeshGrader.Core.Tests.Support;

/// <summary>A fact that needs a Unix system call (mkfifo); reported as skipped elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Needs a Unix system (named pipes).";
        }
    }
}
