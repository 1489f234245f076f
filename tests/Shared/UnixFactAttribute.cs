namespace MeshGrader.Tests.Shared;

/// <summary>A fact that needs Unix files (links, named pipes, sockets); reported as skipped elsewhere.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Needs a Unix system (links, named pipes, sockets).";
        }
    }
}

/// <summary>A theory that needs Unix files; reported as skipped elsewhere.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Needs a Unix system (links, named pipes, sockets).";
        }
    }
}
