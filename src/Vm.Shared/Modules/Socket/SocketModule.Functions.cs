// _socket's module functions: socketpair, dup, close, the default timeout, byte-order conversions
// and address text conversions (inet_aton/ntoa/pton/ntop), and the resolver (getaddrinfo,
// getnameinfo, gethostname, gethostbyname(_ex), gethostbyaddr).
using System.Buffers.Binary;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

public static partial class SocketModule<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallFunctions(PyRuntime rt, PyDict d, PyType socketType, Defaults defaults)
    {
        Def.Function(rt, d, "socketpair", (ts, a, kw) =>
        {
            Args.Count(ts, "socketpair", a.Length, 0, 3);
            int family = a.Length > 0 ? (int)Args.ToLong(ts, a[0]) : PosixNative.AfUnix;
            int type = a.Length > 1 ? (int)Args.ToLong(ts, a[1]) : PosixNative.SockStream;
            int proto = a.Length > 2 ? (int)Args.ToLong(ts, a[2]) : 0;
            var fds = new int[2];
            if (PosixNative.SocketPair(family, type | PosixNative.SockCloexec, proto, fds) < 0) throw SocketErrors<TSync>.Last(ts);
            var pair = new PyObject[2];
            for (int i = 0; i < 2; i++)
            {
                pair[i] = Wrap(socketType, socketType, fds[i], family, type & ~(PosixNative.SockNonblock | PosixNative.SockCloexec), proto, -1);
                if (defaults.Timeout >= 0) SetMode(ts, ((PyNative<SocketState>)pair[i]).State, defaults.Timeout);
            }
            return Ops<TSync>.NewTuple(ts, pair);
        }, Mod);
        Def.Function(rt, d, "dup", (ts, a, kw) =>
        {
            Args.Count(ts, "dup", a.Length, 1, 1);
            int fd = PosixNative.DupCloexec(FdArg(ts, a[0]));
            if (fd < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.NewInt(fd);
        }, Mod);
        Def.Function(rt, d, "close", (ts, a, kw) =>
        {
            Args.Count(ts, "close", a.Length, 1, 1);
            if (PosixNative.Close(FdArg(ts, a[0])) < 0 && PosixNative.Errno is var e && e != 104)
                throw SocketErrors<TSync>.FromErrno(ts, e);
            return ts.Rt.None;
        }, Mod);
        Def.Function(rt, d, "getdefaulttimeout", (ts, a, kw) => TimeoutValue(ts, defaults.Timeout), Mod);
        Def.Function(rt, d, "setdefaulttimeout", (ts, a, kw) =>
        {
            Args.Count(ts, "setdefaulttimeout", a.Length, 1, 1);
            defaults.Timeout = TimeoutArg(ts, a[0]);
            return ts.Rt.None;
        }, Mod);
        ByteOrder(rt, d, "htons", 16);
        ByteOrder(rt, d, "ntohs", 16);
        ByteOrder(rt, d, "htonl", 32);
        ByteOrder(rt, d, "ntohl", 32);
        InstallAddressText(rt, d);
    }

    private static int FdArg(PyThreadState ts, PyObject o)
    {
        long fd = Args.ToLong(ts, o);
        if (fd < 0 || fd > int.MaxValue) throw SocketErrors<TSync>.FromErrno(ts, PosixNative.EBadF);
        return (int)fd;
    }

    /// <summary>htons/ntohs/htonl/ntohl: on a little-endian machine each swaps the bytes.</summary>
    private static void ByteOrder(PyRuntime rt, PyDict d, string name, int bits)
    {
        Def.Function1(rt, d, name, (ts, x) =>
        {
            if (x is not PyInt) throw ts.Rt.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
            var v = ModuleSupport<TSync>.ToBig(ts, x);
            if (v < 0) throw ts.Rt.OverflowError($"{name}: can't convert negative Python int to C {bits}-bit unsigned integer");
            if (v >= (System.Numerics.BigInteger.One << bits))
                throw ts.Rt.OverflowError($"{name}: Python int too large to convert to C {bits}-bit unsigned integer");
            return bits == 16
                ? ts.Rt.NewInt(BinaryPrimitives.ReverseEndianness((ushort)v))
                : ts.Rt.NewInt(BinaryPrimitives.ReverseEndianness((uint)v));
        }).ModuleName = Mod;
    }

    private static void InstallAddressText(PyRuntime rt, PyDict d)
    {
        Def.Function(rt, d, "inet_aton", (ts, a, kw) =>
        {
            Args.Count(ts, "inet_aton", a.Length, 1, 1);
            var packed = new byte[4];
            if (a[0] is not PyStr s) throw ts.Rt.TypeError($"inet_aton() argument 1 must be str, not {a[0].Type.Name}");
            if (s.Value.Contains('\0') || PosixNative.InetAton(s.Value, packed) == 0)
                throw SocketErrors<TSync>.Error(ts, "illegal IP address string passed to inet_aton");
            return ts.Rt.NewBytes(packed);
        }, Mod);
        Def.Function(rt, d, "inet_ntoa", (ts, a, kw) =>
        {
            Args.Count(ts, "inet_ntoa", a.Length, 1, 1);
            var packed = Data(ts, a[0]);
            if (packed.Length != 4) throw SocketErrors<TSync>.Error(ts, "packed IP wrong length for inet_ntoa");
            return ts.Rt.NewStr($"{packed[0]}.{packed[1]}.{packed[2]}.{packed[3]}");
        }, Mod);
        Def.Function(rt, d, "inet_pton", (ts, a, kw) =>
        {
            Args.Count(ts, "inet_pton", a.Length, 2, 2);
            int family = (int)Args.ToLong(ts, a[0]);
            if (a[1] is not PyStr s) throw ts.Rt.TypeError($"inet_pton() argument 2 must be str, not {a[1].Type.Name}");
            var packed = new byte[16];
            int r = PosixNative.InetPton(family, s.Value, packed);
            if (r < 0) throw SocketErrors<TSync>.Last(ts);
            if (r == 0 || s.Value.Contains('\0')) throw SocketErrors<TSync>.Error(ts, "illegal IP address string passed to inet_pton");
            return ts.Rt.NewBytes(family == PosixNative.AfInet ? packed[..4] : packed);
        }, Mod);
        Def.Function(rt, d, "inet_ntop", (ts, a, kw) =>
        {
            Args.Count(ts, "inet_ntop", a.Length, 2, 2);
            int family = (int)Args.ToLong(ts, a[0]);
            var packed = Data(ts, a[1]);
            if (family == PosixNative.AfInet && packed.Length != 4 || family == PosixNative.AfInet6 && packed.Length != 16)
                throw ts.Rt.ValueError("invalid length of packed IP address string");
            if (family != PosixNative.AfInet && family != PosixNative.AfInet6) throw ts.Rt.ValueError($"unknown address family {family}");
            var text = new byte[64];
            if (PosixNative.InetNtop(family, packed, text, text.Length) == 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.NewStr(PosixNative.CString(text));
        }, Mod);
    }

    private static readonly string[] s_getaddrinfoNames = ["host", "port", "family", "type", "proto", "flags"];

    private static void InstallResolver(PyRuntime rt, PyDict d)
    {
        Def.Function(rt, d, "getaddrinfo", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "getaddrinfo", a, kw, s_getaddrinfoNames, 2);
            var none = ts.Rt.None;
            string? host = b[0] == none ? null
                : b[0] is PyStr or PyBytes or PyByteArray ? SocketAddresses<TSync>.HostText(ts, b[0]!)
                : throw ts.Rt.TypeError("getaddrinfo() argument 1 must be string or None");
            string? service = b[1] switch
            {
                var p when p == none => null,
                PyInt p => Args.ToLong(ts, p).ToString(System.Globalization.CultureInfo.InvariantCulture),
                PyStr p => p.Value,
                PyBytes p => System.Text.Encoding.ASCII.GetString(p.Value),
                _ => throw SocketErrors<TSync>.Error(ts, "Int or String expected"),
            };
            int Opt(int i) => b[i] == null ? 0 : (int)Args.ToLong(ts, b[i]!);
            var found = Resolver<TSync>.Lookup(ts, host, service, Opt(2), Opt(3), Opt(4), Opt(5));
            var items = found.Select(e => (PyObject)Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(e.Family), ts.Rt.NewInt(e.Type),
                ts.Rt.NewInt(e.Proto), ts.Rt.NewStr(e.CanonName), SocketAddresses<TSync>.Decode(ts, e.Addr, e.Addr.Length)])).ToArray();
            return Ops<TSync>.NewList(ts, items);
        }, Mod);
        Def.Function(rt, d, "getnameinfo", (ts, a, kw) =>
        {
            Args.Count(ts, "getnameinfo", a.Length, 2, 2);
            if (a[0] is not PyTuple t || t.Count is < 2 or > 4) throw ts.Rt.TypeError("getnameinfo() argument 1 must be a tuple");
            string host = SocketAddresses<TSync>.HostText(ts, t.Items[0]);
            // The address is resolved first (numerically when it is numeric), as getnameinfo's documentation says.
            var found = Resolver<TSync>.Lookup(ts, host, Args.ToLong(ts, t.Items[1]).ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.Count > 2 ? PosixNative.AfInet6 : PosixNative.AfUnspec, 2, 0, 0); // SOCK_DGRAM: one entry per address
            if (found.Count > 1) throw SocketErrors<TSync>.Error(ts, "sockaddr resolved to multiple addresses");
            var (h, s) = Resolver<TSync>.NameInfo(ts, found[0].Addr, (int)Args.ToLong(ts, a[1]));
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewStr(h), ts.Rt.NewStr(s)]);
        }, Mod);
        Def.Function(rt, d, "gethostname", (ts, a, kw) =>
        {
            Args.Count(ts, "gethostname", a.Length, 0, 0);
            var buf = new byte[1025];
            if (PosixNative.GetHostName(buf, buf.Length - 1) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.NewStr(PosixNative.CString(buf));
        }, Mod);
        // getservbyname/getservbyport/getprotobyname return a static libc buffer: one caller at a time reads it.
        var databaseGate = new object();
        Def.Function(rt, d, "getservbyname", (ts, a, kw) =>
        {
            Args.Count(ts, "getservbyname", a.Length, 1, 2);
            string name = Args.ToStr(ts, a[0], "getservbyname", "1");
            string? proto = a.Length > 1 ? Args.ToStr(ts, a[1], "getservbyname", "2") : null;
            int port = -1;
            lock (databaseGate)
            {
                nint entry = PosixNative.GetServByName(name, proto);
                if (entry != 0) port = BinaryPrimitives.ReverseEndianness((ushort)System.Runtime.InteropServices.Marshal.ReadInt32(entry, 16));
            }
            if (port < 0) throw SocketErrors<TSync>.Error(ts, "service/proto not found");
            return ts.Rt.NewInt(port);
        }, Mod);
        Def.Function(rt, d, "getservbyport", (ts, a, kw) =>
        {
            Args.Count(ts, "getservbyport", a.Length, 1, 2);
            long port = Args.ToLong(ts, a[0]);
            if (port is < 0 or > 0xffff) throw ts.Rt.OverflowError("getservbyport: port must be 0-65535.");
            string? proto = a.Length > 1 ? Args.ToStr(ts, a[1], "getservbyport", "2") : null;
            string? name = null;
            lock (databaseGate)
            {
                nint entry = PosixNative.GetServByPort(BinaryPrimitives.ReverseEndianness((ushort)port), proto);
                if (entry != 0) name = System.Runtime.InteropServices.Marshal.PtrToStringUTF8(System.Runtime.InteropServices.Marshal.ReadIntPtr(entry));
            }
            return name != null ? ts.Rt.NewStr(name) : throw SocketErrors<TSync>.Error(ts, "port/proto not found");
        }, Mod);
        Def.Function(rt, d, "getprotobyname", (ts, a, kw) =>
        {
            Args.Count(ts, "getprotobyname", a.Length, 1, 1);
            string name = Args.ToStr(ts, a[0], "getprotobyname", "1");
            int number = -1;
            lock (databaseGate)
            {
                nint entry = PosixNative.GetProtoByName(name);
                if (entry != 0) number = System.Runtime.InteropServices.Marshal.ReadInt32(entry, 16); // after p_name, p_aliases
            }
            return number >= 0 ? ts.Rt.NewInt(number) : throw SocketErrors<TSync>.Error(ts, "protocol not found");
        }, Mod);
        Def.Function(rt, d, "gethostbyname", (ts, a, kw) =>
        {
            Args.Count(ts, "gethostbyname", a.Length, 1, 1);
            var packed = Resolver<TSync>.HostAddress(ts, SocketAddresses<TSync>.HostText(ts, a[0]), PosixNative.AfInet);
            return ts.Rt.NewStr($"{packed[0]}.{packed[1]}.{packed[2]}.{packed[3]}");
        }, Mod);
        Def.Function(rt, d, "gethostbyname_ex", (ts, a, kw) =>
        {
            Args.Count(ts, "gethostbyname_ex", a.Length, 1, 1);
            string host = SocketAddresses<TSync>.HostText(ts, a[0]);
            var found = Resolver<TSync>.Lookup(ts, host, null, PosixNative.AfInet, PosixNative.SockStream, 0, 2); // AI_CANONNAME
            string canon = found.Select(e => e.CanonName).FirstOrDefault(n => n.Length > 0) ?? host;
            var addrs = found.Select(e => $"{e.Addr[4]}.{e.Addr[5]}.{e.Addr[6]}.{e.Addr[7]}").Distinct()
                .Select(x => (PyObject)ts.Rt.NewStr(x)).ToArray();
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewStr(canon), Ops<TSync>.NewList(ts), Ops<TSync>.NewList(ts, addrs)]);
        }, Mod);
        Def.Function(rt, d, "gethostbyaddr", (ts, a, kw) =>
        {
            Args.Count(ts, "gethostbyaddr", a.Length, 1, 1);
            string host = SocketAddresses<TSync>.HostText(ts, a[0]);
            var found = Resolver<TSync>.Lookup(ts, host, null, PosixNative.AfUnspec, PosixNative.SockStream, 0, 0);
            var sa = found[0].Addr;
            string name;
            try
            {
                name = Resolver<TSync>.NameInfo(ts, sa, 8).Host; // NI_NAMEREQD
            }
            catch (PyException e) when (e.Value.Type == Resolver<TSync>.GaiError(ts.Rt))
            {
                Ops<TSync>.DiscardException(ts, e);
                var err = Ops<TSync>.Call(ts, Resolver<TSync>.HError(ts.Rt), [ts.Rt.NewInt(1), ts.Rt.NewStr("Unknown host")], null);
                throw new PyException((PyBaseException)err);
            }
            string ip = Resolver<TSync>.NameInfo(ts, sa, 1).Host; // NI_NUMERICHOST
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewStr(name), Ops<TSync>.NewList(ts), Ops<TSync>.NewList(ts, [ts.Rt.NewStr(ip)])]);
        }, Mod);
    }
}
