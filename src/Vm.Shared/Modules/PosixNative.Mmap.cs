// libc calls of multiprocessing.shared_memory: open/ftruncate/lseek on a /dev/shm file and
// mmap/munmap. Linux/glibc only, like the rest of PosixNative.
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    public const int ORdWr = 0x2;
    public const int ProtRead = 0x1, ProtWrite = 0x2;
    public const int MapShared = 0x01, MapPrivate = 0x02, MapFixed = 0x10, MapAnonymous = 0x20;
    public const int SeekEnd = 2;
    public const int ENoEnt = 2, EExist = 17, EAccess = 13;

    [LibraryImport(Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);

    [LibraryImport(Libc, EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int FTruncate(int fd, long length);

    [LibraryImport(Libc, EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(int fd, long offset, int whence);

    [LibraryImport(Libc, EntryPoint = "mmap", SetLastError = true)]
    public static partial nint MMap(nint addr, nuint length, int prot, int flags, int fd, long offset);

    [LibraryImport(Libc, EntryPoint = "unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Unlink(string path);
}
