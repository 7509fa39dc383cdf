// open(2) with O_APPEND: .NET's FileMode.Append seeks to the end once and then writes at its own
// position (pwrite), so appends from other processes could overwrite each other. A descriptor
// opened with O_APPEND makes every write land at the current end, atomically, as CPython's do
// (on Linux, pwrite on an O_APPEND descriptor appends whatever the offset).
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Vm.Modules;

internal static partial class PosixNative
{
    private const int OWrOnly = 0x1, OAppend = 0x400, OCloexec = 0x80000;

    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenRaw(string path, int flags, int mode);

    /// <summary>A handle opened for appending with O_APPEND (created 0666 &amp; ~umask if missing), or null on any failure (the caller falls back to .NET's open, which reports the error).</summary>
    public static SafeFileHandle? OpenAppend(string path, bool readable)
    {
        if (!OperatingSystem.IsLinux()) return null;
        int fd = OpenRaw(path, (readable ? ORdWr : OWrOnly) | OCreat | OAppend | OCloexec, 0x1B6);
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }
}
