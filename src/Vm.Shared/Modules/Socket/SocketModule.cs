// The _socket module: the socket type over raw fds (libc calls, see PosixNative.Sockets.cs), the
// module's exceptions and constants, and the default timeout. socket.py (Lib/socket.py, written
// from the documentation) subclasses _socket.socket and adds the Python-level helpers.
//
// Why fds and not System.Net.Sockets.Socket: Python programs see the fd (fileno, select, fromfd,
// dup, socketpair, passing it to a child) and errno values; a .NET Socket owns its handle and
// changes its blocking mode on its own. The state of one socket is SocketState (its locking rules
// are described there); how calls wait and time out is SocketCalls.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

public static partial class SocketModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_socket";
    private const int SolSocket = 1, SoType = 3, SoProtocol = 38, SoDomain = 39;

    /// <summary>Per-runtime module state: the default timeout of new sockets (negative: None).</summary>
    private sealed class Defaults
    {
        private double _timeout = -1;
        public double Timeout { get => Volatile.Read(ref _timeout); set => Volatile.Write(ref _timeout, value); }
    }

    private static readonly string[] s_initNames = ["family", "type", "proto", "fileno"];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        var defaults = new Defaults();
        var osError = rt.ExceptionTypes["OSError"];
        var gai = rt.LazyType("_socket.gaierror", _ => ModuleSupport<TSync>.NewExceptionType(ts, "socket", "gaierror", osError));
        var herror = rt.LazyType("_socket.herror", _ => ModuleSupport<TSync>.NewExceptionType(ts, "socket", "herror", osError));
        Def.Value(rt, d, "error", osError);
        Def.Value(rt, d, "timeout", rt.ExceptionTypes["TimeoutError"]);
        Def.Value(rt, d, "gaierror", gai);
        Def.Value(rt, d, "herror", herror);
        Def.Value(rt, d, "has_ipv6", rt.True);
        foreach (var (name, value) in SocketConstants.All) Def.Value(rt, d, name, rt.NewInt(value));

        var t = SocketType(rt, defaults);
        Def.Value(rt, d, "socket", t);
        Def.Value(rt, d, "SocketType", t);
        InstallFunctions(rt, d, t, defaults);
        InstallResolver(rt, d);
        return m;
    }

    private static SocketState S(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<SocketState>(ts, a, "_socket.socket", method);

    /// <summary>A new _socket.socket (of cls) owning fd.</summary>
    internal static PyObject Wrap(PyType cls, PyType exact, int fd, int family, int type, int proto, double timeout)
    {
        var st = new SocketState();
        st.Open(fd, family, type, proto, timeout);
        return ModuleSupport<TSync>.Alloc(cls, exact, st);
    }

    private static PyType SocketType(PyRuntime rt, Defaults defaults)
    {
        var t = rt.NewBuiltinType("socket", null, TypeFlags.BaseType | TypeFlags.HasDict);
        ModuleSupport<TSync>.SetModule(rt, t, Mod);
        ModuleSupport<TSync>.Ctor(rt, t, (ts2, cls, a, kw) => ModuleSupport<TSync>.Alloc(cls, t, new SocketState()));
        Def.Method(rt, t, "__init__", (ts2, a, kw) =>
        {
            var st = S(ts2, a, "__init__");
            var b = Args.Bind(ts2, "socket", a[1..], kw, s_initNames, 0);
            int family = b[0] == null || b[0] == ts2.Rt.None ? -1 : (int)Args.ToLong(ts2, b[0]!);
            int type = b[1] == null || b[1] == ts2.Rt.None ? -1 : (int)Args.ToLong(ts2, b[1]!);
            int proto = b[2] == null || b[2] == ts2.Rt.None ? -1 : (int)Args.ToLong(ts2, b[2]!);
            Init(ts2, st, family, type, proto, b[3], defaults.Timeout);
            return ts2.Rt.None;
        });
        Def.Member(rt, t, "family", (ts2, o) => ts2.Rt.NewInt(((PyNative<SocketState>)o).State.Family));
        Def.Member(rt, t, "type", (ts2, o) => ts2.Rt.NewInt(((PyNative<SocketState>)o).State.Type));
        Def.Member(rt, t, "proto", (ts2, o) => ts2.Rt.NewInt(((PyNative<SocketState>)o).State.Proto));
        Def.Member(rt, t, "timeout", (ts2, o) => TimeoutValue(ts2, ((PyNative<SocketState>)o).State.Timeout));
        InstallLifecycle(rt, t);
        InstallOptions(rt, t);
        InstallIo(rt, t);
        return t;
    }

    /// <summary>_socket.socket.__init__: a new socket, or one around an existing fd (its family, type and
    /// protocol read from the fd when not given).</summary>
    private static void Init(PyThreadState ts, SocketState st, int family, int type, int proto, PyObject? fileno, double defaultTimeout)
    {
        var rt = ts.Rt;
        int fd;
        if (fileno != null && fileno != rt.None)
        {
            if (fileno is PyFloat) throw rt.TypeError("'float' object cannot be interpreted as an integer");
            long f = Args.ToLong(ts, fileno);
            if (f < 0) throw rt.ValueError("negative file descriptor");
            if (f > int.MaxValue) throw rt.OverflowError("file descriptor out of range");
            fd = (int)f;
            if (family == -1 && PosixNative.GetSockOptInt(fd, SolSocket, SoDomain, out family) < 0) throw SocketErrors<TSync>.Last(ts);
            if (type == -1 && PosixNative.GetSockOptInt(fd, SolSocket, SoType, out type) < 0) throw SocketErrors<TSync>.Last(ts);
            if (proto == -1 && PosixNative.GetSockOptInt(fd, SolSocket, SoProtocol, out proto) < 0) throw SocketErrors<TSync>.Last(ts);
        }
        else
        {
            if (family == -1) family = PosixNative.AfInet;
            if (type == -1) type = PosixNative.SockStream;
            if (proto == -1) proto = 0;
            fd = PosixNative.Socket(family, type | PosixNative.SockCloexec, proto);
            if (fd < 0) throw SocketErrors<TSync>.Last(ts);
        }
        double timeout = (type & PosixNative.SockNonblock) != 0 ? 0 : defaultTimeout;
        st.Open(fd, family, type & ~(PosixNative.SockNonblock | PosixNative.SockCloexec), proto, -1);
        if (timeout >= 0)
        {
            int errno = st.SetTimeout(timeout);
            if (errno != 0) throw SocketErrors<TSync>.FromErrno(ts, errno);
        }
    }

    private static PyObject TimeoutValue(PyThreadState ts, double timeout) =>
        timeout < 0 ? ts.Rt.None : ts.Rt.NewFloat(timeout);

    /// <summary>A timeout argument: None (negative), else non-negative seconds (CPython's messages).</summary>
    internal static double TimeoutArg(PyThreadState ts, PyObject o)
    {
        if (o == ts.Rt.None) return -1;
        double v = ModuleSupport<TSync>.ToDouble(ts, o);
        if (double.IsNaN(v)) throw ts.Rt.ValueError("Invalid value NaN (not a number)");
        if (v < 0) throw ts.Rt.ValueError("Timeout value out of range");
        return v;
    }
}
