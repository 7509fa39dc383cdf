// symlink(2), readlink(2), link(2), chown(2) and lchown(2) for os.symlink / os.readlink /
// os.link / os.chown / os.lchown.
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    [LibraryImport(Libc, EntryPoint = "symlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Symlink(string target, string linkPath);

    [LibraryImport(Libc, EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Link(string existing, string newPath);

    [LibraryImport(Libc, EntryPoint = "chown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Chown(string path, uint uid, uint gid);

    [LibraryImport(Libc, EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Lchown(string path, uint uid, uint gid);

    [LibraryImport(Libc, EntryPoint = "readlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint ReadLinkRaw(string path, ref byte buf, nint size);

    /// <summary>The target of a symbolic link as raw bytes, or null with errno set.</summary>
    public static byte[]? ReadLink(string path)
    {
        for (int size = 1024; ; size *= 4)
        {
            var buf = new byte[size];
            nint n = ReadLinkRaw(path, ref buf[0], size);
            if (n < 0) return null;
            if (n < size) return buf.AsSpan(0, (int)n).ToArray();
        }
    }
}
