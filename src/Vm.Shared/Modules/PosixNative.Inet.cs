// IPv4 stream sockets for multiprocessing.connection's Listener/Client with an ('host', port)
// address: sockaddr_in building and reading, getsockname/accept with the peer address,
// SO_REUSEADDR (as CPython's Listener sets it).
using System.Net;
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    public const int AfInet = 2;
    private const int SoReuseAddr = 2;

    [LibraryImport(Libc, EntryPoint = "getsockname", SetLastError = true)]
    public static partial int GetSockName(int fd, [Out] byte[] addr, ref int len);

    [LibraryImport(Libc, EntryPoint = "accept4", SetLastError = true)]
    public static partial int Accept4Addr(int fd, [Out] byte[] addr, ref int len, int flags);

    [LibraryImport(Libc, EntryPoint = "setsockopt", SetLastError = true)]
    private static partial int SetSockOpt(int fd, int level, int name, ref int value, int len);

    public static void SetReuseAddr(int fd)
    {
        int one = 1;
        SetSockOpt(fd, SolSocket, SoReuseAddr, ref one, sizeof(int));
    }

    /// <summary>A sockaddr_in (family, big-endian port, IPv4 address, zero padding).</summary>
    public static byte[] InetAddress(IPAddress ip, int port)
    {
        var a = new byte[16];
        a[0] = AfInet;
        a[2] = (byte)(port >> 8);
        a[3] = (byte)port;
        ip.GetAddressBytes().CopyTo(a, 4);
        return a;
    }

    /// <summary>The IPv4 address and port of a sockaddr_in, or null for another family.</summary>
    public static (string Host, int Port)? ReadInetAddress(byte[] a, int len)
    {
        if (len < 8 || a[0] != AfInet) return null;
        return ($"{a[4]}.{a[5]}.{a[6]}.{a[7]}", (a[2] << 8) | a[3]);
    }
}
