// Name resolution through the C library (getaddrinfo/getnameinfo), so results, their order and
// the error codes are the system's, as in CPython: socket.gaierror(code, gai_strerror(code)) for a
// resolver failure. Lookups run detached (they may wait on DNS).
using System.Runtime.InteropServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

/// <summary>One getaddrinfo entry: the socket arguments and the raw sockaddr.</summary>
internal readonly record struct AddrEntry(int Family, int Type, int Proto, string CanonName, byte[] Addr);

internal static class Resolver<TSync> where TSync : struct, ISyncPolicy
{
    public const int EaiSystem = -11;

    /// <summary>socket.gaierror (created with the module).</summary>
    public static PyType GaiError(PyRuntime rt) => rt.LazyType("_socket.gaierror", _ => throw new InvalidOperationException("_socket not set up"));

    /// <summary>socket.herror (created with the module).</summary>
    public static PyType HError(PyRuntime rt) => rt.LazyType("_socket.herror", _ => throw new InvalidOperationException("_socket not set up"));

    public static PyException GaiException(PyThreadState ts, int code)
    {
        if (code == EaiSystem) return SocketErrors<TSync>.FromErrno(ts, Marshal.GetLastPInvokeError());
        string msg = Marshal.PtrToStringUTF8(PosixNative.GaiStrError(code)) ?? "Unknown error";
        var e = Ops<TSync>.Call(ts, GaiError(ts.Rt), [ts.Rt.NewInt(code), ts.Rt.NewStr(msg)], null);
        return new PyException((PyBaseException)e);
    }

    /// <summary>getaddrinfo(3); raises gaierror on failure.</summary>
    public static List<AddrEntry> Lookup(PyThreadState ts, string? host, string? service, int family, int type, int proto, int flags)
    {
        var hints = new PosixNative.AddrInfo { Family = family, SockType = type, Protocol = proto, Flags = flags };
        int code;
        nint list;
        using (new Detached<TSync>(ts)) code = PosixNative.GetAddrInfo(host, service, in hints, out list);
        if (code != 0) throw GaiException(ts, code);
        var result = new List<AddrEntry>();
        try
        {
            for (nint p = list; p != 0;)
            {
                var ai = Marshal.PtrToStructure<PosixNative.AddrInfo>(p);
                var addr = new byte[ai.AddrLen];
                if (ai.Addr != 0) Marshal.Copy(ai.Addr, addr, 0, addr.Length);
                string canon = ai.CanonName != 0 ? Marshal.PtrToStringUTF8(ai.CanonName) ?? "" : "";
                result.Add(new AddrEntry(ai.Family, ai.SockType, ai.Protocol, canon, addr));
                p = ai.Next;
            }
        }
        finally
        {
            PosixNative.FreeAddrInfo(list);
        }
        return result;
    }

    /// <summary>The packed address (4 or 16 bytes) of host for an AF_INET/AF_INET6 socket: numeric text
    /// directly, '' as the wildcard, '&lt;broadcast&gt;' for IPv4 broadcast, else the first address found.</summary>
    public static byte[] HostAddress(PyThreadState ts, string host, int family)
    {
        int size = family == PosixNative.AfInet6 ? 16 : 4;
        if (host.Length == 0) return new byte[size];
        if (family == PosixNative.AfInet && host == "<broadcast>") return [255, 255, 255, 255];
        var packed = new byte[size];
        if (PosixNative.InetPton(family, host, packed) == 1) return packed;
        var found = Lookup(ts, host, null, family, 0, 0, 0);
        var sa = found[0].Addr;
        return family == PosixNative.AfInet6 ? sa[8..24] : sa[4..8];
    }

    /// <summary>getnameinfo(3) of a sockaddr: (host, service).</summary>
    public static (string Host, string Service) NameInfo(PyThreadState ts, byte[] sa, int flags)
    {
        var host = new byte[1025];
        var serv = new byte[32];
        int code;
        using (new Detached<TSync>(ts)) code = PosixNative.GetNameInfo(sa, sa.Length, host, host.Length, serv, serv.Length, flags);
        if (code != 0) throw GaiException(ts, code);
        return (PosixNative.CString(host), PosixNative.CString(serv));
    }
}
