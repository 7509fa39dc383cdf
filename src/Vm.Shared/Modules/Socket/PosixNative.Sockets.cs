// The libc socket calls behind the socket module that PosixNative did not have yet: send/recv
// with an address, getpeername, shutdown, get/setsockopt with a buffer, dup, the O_NONBLOCK flag,
// the resolver (getaddrinfo, getnameinfo, gethostname) and the address text conversions
// (inet_aton, inet_pton, inet_ntop). Layouts are glibc's on 64-bit Linux.
using System.Runtime.InteropServices;

namespace Vm.Modules;

internal static partial class PosixNative
{
    public const int AfUnspec = 0, AfInet6 = 10;
    public const int SockNonblock = 0x800;
    public const int MsgDontWait = 0x40, MsgNoSignal = 0x4000;
    public const int EInProgress = 115, EAlready = 114, EIsConn = 106, EBadF = 9;
    public const short PollOut = 0x4, PollPri = 0x2;
    private const int FGetFl = 3, FSetFl = 4, ONonblock = 0x800;

    /// <summary>glibc's struct addrinfo.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct AddrInfo
    {
        public int Flags, Family, SockType, Protocol;
        public uint AddrLen;
        public nint Addr, CanonName, Next;
    }

    [LibraryImport(Libc, EntryPoint = "send", SetLastError = true)]
    public static partial nint Send(int fd, ref byte buf, nint len, int flags);

    [LibraryImport(Libc, EntryPoint = "recv", SetLastError = true)]
    public static partial nint Recv(int fd, ref byte buf, nint len, int flags);

    [LibraryImport(Libc, EntryPoint = "sendto", SetLastError = true)]
    public static partial nint SendTo(int fd, ref byte buf, nint len, int flags, [In] byte[] addr, int addrLen);

    [LibraryImport(Libc, EntryPoint = "recvfrom", SetLastError = true)]
    public static partial nint RecvFrom(int fd, ref byte buf, nint len, int flags, [Out] byte[] addr, ref int addrLen);

    [LibraryImport(Libc, EntryPoint = "getpeername", SetLastError = true)]
    public static partial int GetPeerName(int fd, [Out] byte[] addr, ref int len);

    [LibraryImport(Libc, EntryPoint = "shutdown", SetLastError = true)]
    public static partial int Shutdown(int fd, int how);

    [LibraryImport(Libc, EntryPoint = "setsockopt", SetLastError = true)]
    public static partial int SetSockOptBytes(int fd, int level, int name, [In] byte[] value, int len);

    [LibraryImport(Libc, EntryPoint = "getsockopt", SetLastError = true)]
    public static partial int GetSockOptBytes(int fd, int level, int name, [Out] byte[] value, ref int len);

    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    private static partial int FcntlInt(int fd, int cmd, int arg);

    [LibraryImport(Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int FcntlDupCloexec(int fd, int cmd, int minFd);

    [LibraryImport(Libc, EntryPoint = "getaddrinfo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int GetAddrInfo(string? node, string? service, in AddrInfo hints, out nint result);

    [LibraryImport(Libc, EntryPoint = "freeaddrinfo")]
    public static partial void FreeAddrInfo(nint list);

    [LibraryImport(Libc, EntryPoint = "gai_strerror")]
    public static partial nint GaiStrError(int code);

    [LibraryImport(Libc, EntryPoint = "getnameinfo", SetLastError = true)]
    public static partial int GetNameInfo([In] byte[] addr, int addrLen, [Out] byte[] host, int hostLen,
        [Out] byte[] serv, int servLen, int flags);

    [LibraryImport(Libc, EntryPoint = "gethostname", SetLastError = true)]
    public static partial int GetHostName([Out] byte[] name, nint len);

    [LibraryImport(Libc, EntryPoint = "inet_aton", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int InetAton(string text, [Out] byte[] addr);

    [LibraryImport(Libc, EntryPoint = "inet_pton", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int InetPton(int family, string text, [Out] byte[] addr);

    [LibraryImport(Libc, EntryPoint = "inet_ntop", SetLastError = true)]
    public static partial nint InetNtop(int family, [In] byte[] addr, [Out] byte[] text, int len);

    [LibraryImport(Libc, EntryPoint = "getservbyname", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetServByName(string name, string? proto);

    [LibraryImport(Libc, EntryPoint = "getservbyport", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetServByPort(int portNetworkOrder, string? proto);

    [LibraryImport(Libc, EntryPoint = "getprotobyname", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetProtoByName(string name);

    /// <summary>F_DUPFD_CLOEXEC: a duplicate fd that children do not inherit (CPython's sockets are non-inheritable).</summary>
    public static int DupCloexec(int fd) => FcntlDupCloexec(fd, 1030, 0);

    /// <summary>Sets or clears O_NONBLOCK; -1 (errno set) on failure.</summary>
    public static int SetNonBlocking(int fd, bool on)
    {
        int flags = FcntlInt(fd, FGetFl, 0);
        if (flags < 0) return flags;
        int want = on ? flags | ONonblock : flags & ~ONonblock;
        return want == flags ? 0 : FcntlInt(fd, FSetFl, want);
    }

    /// <summary>getsockopt of an int option (SO_TYPE, SO_DOMAIN, SO_ERROR, ...); -1 (errno set) on failure.</summary>
    public static int GetSockOptInt(int fd, int level, int name, out int value)
    {
        var buf = new byte[4];
        int len = 4;
        int r = GetSockOptBytes(fd, level, name, buf, ref len);
        value = BitConverter.ToInt32(buf);
        return r;
    }

    /// <summary>A NUL-terminated UTF-8 string in a libc buffer.</summary>
    public static string CString(byte[] buf) =>
        System.Text.Encoding.UTF8.GetString(buf, 0, Math.Max(0, Array.IndexOf(buf, (byte)0) is var i and >= 0 ? i : buf.Length));
}
