// select.epoll over epoll(7). An epoll fd is itself readable when one of its fds is ready, so
// epoll.poll waits for it through FdWait (detached, interruptible) and then collects the events
// with a non-blocking epoll_wait. The kernel object keeps its own registrations, so the Python
// object only holds the fd: it changes (close) under the state's lock, and a call works on the fd
// it read.
using System.Runtime.InteropServices;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

public static partial class SelectModule<TSync> where TSync : struct, ISyncPolicy
{
    private const int EpollCtlAdd = 1, EpollCtlDel = 2, EpollCtlMod = 3;
    private const int EpollCloexec = 0x80000;

    private sealed class EpollState
    {
        private int _fd = -1;
        public int Fd => Volatile.Read(ref _fd);
        public void Open(int fd) => Volatile.Write(ref _fd, fd);
        public int Take() => Interlocked.Exchange(ref _fd, -1);
    }

    private static readonly string[] s_epollNames = ["sizehint", "flags"];
    private static readonly string[] s_registerNames = ["fd", "eventmask"];
    private static readonly string[] s_epollPollNames = ["timeout", "maxevents"];

    private static PyType EpollType(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("epoll", null, TypeFlags.BaseType);
        ModuleSupport<TSync>.SetModule(rt, t, Mod);
        ModuleSupport<TSync>.Ctor(rt, t, (ts, cls, a, kw) =>
        {
            var b = Args.Bind(ts, "epoll", a, kw, s_epollNames, 0);
            long hint = b[0] == null ? -1 : Args.ToLong(ts, b[0]!);
            if (hint == 0 || hint < -1) throw ts.Rt.ValueError("negative sizehint");
            int fd = EpollNative.Create(EpollCloexec);
            if (fd < 0) throw SocketErrors<TSync>.Last(ts);
            var st = new EpollState();
            st.Open(fd);
            return ModuleSupport<TSync>.Alloc(cls, t, st);
        });
        Def.ClassMethod(rt, t, "fromfd", (ts, a, kw) =>
        {
            Args.Count(ts, "fromfd", a.Length - 1, 1, 1);
            var st = new EpollState();
            st.Open(FdOf(ts, a[1]));
            return ModuleSupport<TSync>.Alloc((PyType)a[0], t, st);
        });
        Def.Method(rt, t, "close", (ts, a, kw) =>
        {
            int fd = E(ts, a, "close").Take();
            if (fd >= 0 && PosixNative.Close(fd) < 0) throw SocketErrors<TSync>.Last(ts);
            return ts.Rt.None;
        });
        Def.Getter(rt, t, "closed", (ts, o) => ts.Rt.NewBool(((PyNative<EpollState>)o).State.Fd < 0));
        Def.Method(rt, t, "fileno", (ts, a, kw) => ts.Rt.NewInt(Open(ts, E(ts, a, "fileno"))));
        Def.Method(rt, t, "__enter__", (ts, a, kw) =>
        {
            Open(ts, E(ts, a, "__enter__"));
            return a[0];
        });
        Def.Method(rt, t, "__exit__", (ts, a, kw) => Ops<TSync>.CallMethod(ts, a[0], "close", []));
        Def.Method(rt, t, "register", (ts, a, kw) => Control(ts, a, kw, "register", EpollCtlAdd));
        Def.Method(rt, t, "modify", (ts, a, kw) => Control(ts, a, kw, "modify", EpollCtlMod));
        Def.Method(rt, t, "unregister", (ts, a, kw) => Control(ts, a, kw, "unregister", EpollCtlDel));
        Def.Method(rt, t, "poll", (ts, a, kw) =>
        {
            var st = E(ts, a, "poll");
            var b = Args.Bind(ts, "poll", a[1..], kw, s_epollPollNames, 0);
            double timeout = b[0] == null || b[0] == ts.Rt.None ? -1 : ModuleSupport<TSync>.ToDouble(ts, b[0]!);
            if (timeout < 0) timeout = -1;
            long max = b[1] == null ? -1 : Args.ToLong(ts, b[1]!);
            if (max == -1) max = 1024; // FD_SETSIZE - 1 in CPython
            else if (max <= 0) throw ts.Rt.ValueError($"maxevents must be greater than 0, got {max}");
            var events = new EpollNative.Event[max];
            var deadline = WaitDeadline.Start(timeout);
            while (true)
            {
                int fd = Open(ts, st);
                int n = EpollNative.Wait(fd, events, events.Length, 0);
                if (n < 0 && PosixNative.Errno != PosixNative.EIntr) throw SocketErrors<TSync>.Last(ts);
                if (n > 0 || timeout == 0)
                {
                    var items = new PyObject[Math.Max(n, 0)];
                    for (int i = 0; i < items.Length; i++)
                        items[i] = Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt((int)events[i].Data), ts.Rt.NewInt(events[i].Events)]);
                    return Ops<TSync>.NewList(ts, items);
                }
                if (!SocketCalls<TSync>.WaitReady(ts, fd, PollIn, timeout, deadline)) return Ops<TSync>.NewList(ts);
            }
        });
        return t;
    }

    private static EpollState E(PyThreadState ts, ReadOnlySpan<PyObject> a, string method) =>
        ModuleSupport<TSync>.Self<EpollState>(ts, a, "select.epoll", method);

    private static int Open(PyThreadState ts, EpollState st) =>
        st.Fd is var fd and >= 0 ? fd : throw ts.Rt.ValueError("I/O operation on closed epoll object");

    private static PyObject Control(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw, string method, int op)
    {
        var st = E(ts, a, method);
        var b = Args.Bind(ts, method, a[1..], kw, s_registerNames, op == EpollCtlDel ? 1 : op == EpollCtlMod ? 2 : 1);
        int epfd = Open(ts, st);
        int fd = FdOf(ts, b[0]!);
        uint mask = op == EpollCtlDel ? 0 : b[1] == null ? (uint)(PollIn | PollPri | PollOut) : (uint)Args.ToLong(ts, b[1]!);
        var ev = new EpollNative.Event { Events = mask, Data = (ulong)fd };
        if (EpollNative.Control(epfd, op, fd, ref ev) < 0) throw SocketErrors<TSync>.Last(ts);
        return ts.Rt.None;
    }
}

/// <summary>The epoll(7) calls (glibc, x86-64: struct epoll_event is packed, 12 bytes).</summary>
internal static partial class EpollNative
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    public struct Event
    {
        public uint Events;
        public ulong Data;
    }

    [LibraryImport("libc.so.6", EntryPoint = "epoll_create1", SetLastError = true)]
    public static partial int Create(int flags);

    [LibraryImport("libc.so.6", EntryPoint = "epoll_ctl", SetLastError = true)]
    public static partial int Control(int epfd, int op, int fd, ref Event ev);

    [LibraryImport("libc.so.6", EntryPoint = "epoll_wait", SetLastError = true)]
    public static partial int Wait(int epfd, [Out] Event[] events, int max, int timeoutMs);
}
