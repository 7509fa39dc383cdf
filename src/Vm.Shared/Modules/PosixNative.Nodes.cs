// mkfifo(3) and mknod(2) for os.mkfifo / os.mknod (tarfile makes FIFOs and device nodes).
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    [LibraryImport(Libc, EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkFifo(string path, uint mode);

    [LibraryImport(Libc, EntryPoint = "mknod", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkNod(string path, uint mode, ulong device);
}
