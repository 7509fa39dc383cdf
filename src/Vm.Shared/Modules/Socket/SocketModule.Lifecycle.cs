// _socket.socket methods that set a socket up, change its mode or end it: bind, listen, accept,
// connect/connect_ex, shutdown, close/detach/fileno, the timeout and blocking mode, addresses.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

public static partial class SocketModule<TSync> where TSync : struct, ISyncPolicy
{
    private static void InstallLifecycle(PyRuntime rt, PyType t)
    {
        Def.Method(rt, t, "__repr__", (ts, a, kw) =>
        {
            var st = S(ts, a, "__repr__");
            return ts.Rt.NewStr($"<socket object, fd={st.Fd}, family={st.Family}, type={st.Type}, proto={st.Proto}>");
        });
        Def.Method(rt, t, "fileno", (ts, a, kw) => ts.Rt.NewInt(S(ts, a, "fileno").Fd));
        Def.Method(rt, t, "close", (ts, a, kw) =>
        {
            int fd = S(ts, a, "close").TakeFd();
            // ECONNRESET from close means the peer reset the connection: the socket is closed all the same.
            if (fd >= 0 && PosixNative.Close(fd) < 0 && PosixNative.Errno is var e && e != 104)
                throw SocketErrors<TSync>.FromErrno(ts, e);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "detach", (ts, a, kw) => ts.Rt.NewInt(S(ts, a, "detach").TakeFd()));
        Def.Method(rt, t, "bind", (ts, a, kw) =>
        {
            var st = S(ts, a, "bind");
            Args.Count(ts, "bind", a.Length - 1, 1, 1);
            var sa = SocketAddresses<TSync>.Encode(ts, st.Family, a[1], "bind");
            if (PosixNative.Bind(st.Fd, sa, sa.Length) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "listen", (ts, a, kw) =>
        {
            var st = S(ts, a, "listen");
            Args.Count(ts, "listen", a.Length - 1, 0, 1);
            long backlog = a.Length > 1 ? Args.ToLong(ts, a[1]) : Math.Min(SocketConstants.SoMaxConn, 128);
            if (PosixNative.Listen(st.Fd, (int)Math.Clamp(backlog, 0, int.MaxValue)) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "_accept_fd", (ts, a, kw) =>
        {
            // (fd, address) of a new connection; socket.py makes the socket object.
            var st = S(ts, a, "_accept_fd");
            var peer = new byte[SocketAddresses<TSync>.MaxLength];
            int len = 0;
            nint fd = SocketCalls<TSync>.Run(ts, st, SocketCalls<TSync>.Readable, f =>
            {
                len = peer.Length;
                return PosixNative.Accept4Addr(f, peer, ref len, PosixNative.SockCloexec);
            }, waitFirst: true);
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(fd), SocketAddresses<TSync>.Decode(ts, peer, len)]);
        });
        Def.Method(rt, t, "connect", (ts, a, kw) =>
        {
            var st = S(ts, a, "connect");
            Args.Count(ts, "connect", a.Length - 1, 1, 1);
            var sa = SocketAddresses<TSync>.Encode(ts, st.Family, a[1], "connect");
            int errno = SocketCalls<TSync>.Connect(ts, st, sa, timedOutAsErrno: false);
            if (errno != 0) throw SocketErrors<TSync>.FromErrno(ts, errno);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "connect_ex", (ts, a, kw) =>
        {
            var st = S(ts, a, "connect_ex");
            Args.Count(ts, "connect_ex", a.Length - 1, 1, 1);
            var sa = SocketAddresses<TSync>.Encode(ts, st.Family, a[1], "connect_ex");
            return ts.Rt.NewInt(SocketCalls<TSync>.Connect(ts, st, sa, timedOutAsErrno: true));
        });
        Def.Method(rt, t, "shutdown", (ts, a, kw) =>
        {
            var st = S(ts, a, "shutdown");
            Args.Count(ts, "shutdown", a.Length - 1, 1, 1);
            if (PosixNative.Shutdown(st.Fd, (int)Args.ToLong(ts, a[1])) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "getsockname", (ts, a, kw) => Address(ts, S(ts, a, "getsockname"), peer: false));
        Def.Method(rt, t, "getpeername", (ts, a, kw) => Address(ts, S(ts, a, "getpeername"), peer: true));
        Def.Method(rt, t, "settimeout", (ts, a, kw) =>
        {
            var st = S(ts, a, "settimeout");
            Args.Count(ts, "settimeout", a.Length - 1, 1, 1);
            SetMode(ts, st, TimeoutArg(ts, a[1]));
            return ts.Rt.None;
        });
        Def.Method(rt, t, "gettimeout", (ts, a, kw) => TimeoutValue(ts, S(ts, a, "gettimeout").Timeout));
        Def.Method(rt, t, "setblocking", (ts, a, kw) =>
        {
            var st = S(ts, a, "setblocking");
            Args.Count(ts, "setblocking", a.Length - 1, 1, 1);
            SetMode(ts, st, Ops<TSync>.IsTrue(ts, a[1]) ? -1 : 0);
            return ts.Rt.None;
        });
        Def.Method(rt, t, "getblocking", (ts, a, kw) => ts.Rt.NewBool(S(ts, a, "getblocking").Timeout != 0));
    }

    private static void SetMode(PyThreadState ts, SocketState st, double timeout)
    {
        int errno = st.SetTimeout(timeout);
        if (errno != 0) throw SocketErrors<TSync>.FromErrno(ts, errno);
    }

    private static PyObject Address(PyThreadState ts, SocketState st, bool peer)
    {
        var sa = new byte[SocketAddresses<TSync>.MaxLength];
        int len = sa.Length;
        int r = peer ? PosixNative.GetPeerName(st.Fd, sa, ref len) : PosixNative.GetSockName(st.Fd, sa, ref len);
        if (r < 0) throw SocketErrors<TSync>.Last(ts);
        return SocketAddresses<TSync>.Decode(ts, sa, len);
    }
}
