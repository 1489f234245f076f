using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MeshGrader.Core.Containment;

/// <summary>
/// The few system calls .NET does not expose and containment needs on Linux and macOS: realpath,
/// and an open that neither blocks (a FIFO would block a plain open until someone writes to it) nor
/// follows a link that appeared after the check.
/// </summary>
internal static partial class UnixFileCalls
{
    public static bool Supported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>
    /// Opens an already resolved path for reading: without blocking, without becoming the
    /// controlling terminal, and failing if a link now stands anywhere in the path (macOS) or at its
    /// end (Linux, where <see cref="PathOf"/> then confirms where the handle really is).
    /// </summary>
    public static SafeFileHandle? OpenResolved(string realPath, out int errno)
    {
        var flags = OperatingSystem.IsMacOS()
            ? 0x0004 | 0x20000 | 0x1000000 | 0x20000000 // O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW_ANY
            : 0x800 | 0x100 | 0x80000 | 0x20000;        // O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW (x64 and arm64 alike)
        var fd = Open(realPath, flags);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Where an opened handle really is on Linux; null elsewhere or when /proc is not mounted.</summary>
    public static string? PathOf(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return File.ResolveLinkTarget($"/proc/self/fd/{handle.DangerousGetHandle()}", returnFinalTarget: false)?.FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The canonical absolute path, every link resolved; null (with the errno) when it does not resolve.</summary>
    public static string? RealPath(string path, out int errno)
    {
        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        errno = 0;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    public static bool IsLoop(int errno) => errno == (OperatingSystem.IsMacOS() ? 62 : 40);

    public static bool IsNotFound(int errno) => errno is 2 or 20; // ENOENT, ENOTDIR

    public static bool IsPermissionDenied(int errno) => errno is 1 or 13; // EPERM, EACCES

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
