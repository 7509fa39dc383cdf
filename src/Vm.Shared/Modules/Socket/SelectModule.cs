// The select module: select.select, select.poll and select.epoll, all waiting through FdWait
// (detached, interruptible by signals, PEP 475 retries). select() is built on poll(2), so it has
// no FD_SETSIZE limit; the readiness it reports follows select(2)'s sets: readable on data, hang-up
// or error, writable on room or error, exceptional on urgent data.
//
// Thread safety: a poll object's registrations are a dictionary guarded by a lock on it (held for
// the dictionary operations only, never while waiting: poll() works on a snapshot). As in CPython,
// a poll object waited on by two threads at once raises RuntimeError in the second.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules.Socket;

public static partial class SelectModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "select";
    private const short PollIn = 1, PollPri = 2, PollOut = 4, PollErr = 8, PollHup = 16, PollNval = 32;

    private static readonly (string, long)[] s_constants =
    [
        ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
        ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024),
        ("POLLRDHUP", 0x2000), ("PIPE_BUF", 4096),
        ("EPOLLIN", 1), ("EPOLLPRI", 2), ("EPOLLOUT", 4), ("EPOLLERR", 8), ("EPOLLHUP", 16), ("EPOLLRDNORM", 64),
        ("EPOLLRDBAND", 128), ("EPOLLWRNORM", 256), ("EPOLLWRBAND", 512), ("EPOLLMSG", 1024), ("EPOLLRDHUP", 0x2000),
        ("EPOLLEXCLUSIVE", 1 << 28), ("EPOLLONESHOT", 1 << 30), ("EPOLLET", 1L << 31), ("EPOLL_CLOEXEC", 0x80000),
    ];

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, Mod, out var d);
        Def.Value(rt, d, "error", rt.ExceptionTypes["OSError"]);
        foreach (var (name, value) in s_constants) Def.Value(rt, d, name, rt.NewInt(value));
        Def.Function(rt, d, "select", Select, Mod);
        var pollType = PollType(rt);
        Def.Function(rt, d, "poll", (ts2, a, kw) =>
        {
            Args.Count(ts2, "poll", a.Length, 0, 0);
            return new PyNative<PollState>(pollType, new PollState());
        }, Mod);
        Def.Value(rt, d, "epoll", EpollType(rt));
        return m;
    }

    /// <summary>The fd of an int or of an object with fileno() (CPython's PyObject_AsFileDescriptor).</summary>
    internal static int FdOf(PyThreadState ts, PyObject o)
    {
        PyObject v = o;
        if (o is not PyInt)
        {
            if (o.Type.Lookup(ts.Rt.Intern("fileno")) == null)
                throw ts.Rt.TypeError("argument must be an int, or have a fileno() method.");
            v = Ops<TSync>.CallMethod(ts, o, "fileno", []);
            if (v is not PyInt) throw ts.Rt.TypeError("fileno() returned a non-integer");
        }
        long fd = Args.ToLong(ts, v);
        if (fd < 0) throw ts.Rt.ValueError($"file descriptor cannot be a negative integer ({fd})");
        if (fd > int.MaxValue) throw ts.Rt.OverflowError("Python int too large to convert to C int");
        return (int)fd;
    }

    private static PyObject Select(PyThreadState ts, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var rt = ts.Rt;
        Args.NoKwargs(ts, "select", kw);
        Args.Count(ts, "select", a.Length, 3, 4);
        double timeout = -1;
        if (a.Length > 3 && a[3] != rt.None)
        {
            if (a[3] is not (PyInt or PyFloat)) throw rt.TypeError("timeout must be a float or None");
            timeout = ModuleSupport<TSync>.ToDouble(ts, a[3]);
            if (timeout < 0) throw rt.ValueError("timeout must be non-negative");
        }
        var sets = new[] { Ops<TSync>.ToArray(ts, a[0]), Ops<TSync>.ToArray(ts, a[1]), Ops<TSync>.ToArray(ts, a[2]) };
        short[] wanted = [PollIn, PollOut, PollPri];
        var fds = new List<int>[3];
        var slot = new Dictionary<int, int>();
        var polls = new List<PosixNative.PollFd>();
        for (int k = 0; k < 3; k++)
        {
            fds[k] = new List<int>(sets[k].Length);
            foreach (var o in sets[k])
            {
                int fd = FdOf(ts, o);
                fds[k].Add(fd);
                if (!slot.TryGetValue(fd, out int i))
                {
                    slot[fd] = i = polls.Count;
                    polls.Add(new PosixNative.PollFd { Fd = fd });
                }
                var p = polls[i];
                p.Events |= wanted[k];
                polls[i] = p;
            }
        }
        var arr = polls.ToArray();
        int n = FdWait<TSync>.Poll(ts, arr, timeout);
        if (n < 0) throw SocketErrors<TSync>.FromErrno(ts, -n);
        foreach (var p in arr)
            if ((p.Revents & PollNval) != 0) throw SocketErrors<TSync>.FromErrno(ts, PosixNative.EBadF);
        // select(2)'s sets: readable includes hang-up and error, writable includes error.
        short[] counts = [PollIn | PollHup | PollErr, PollOut | PollErr, PollPri];
        var result = new PyObject[3];
        for (int k = 0; k < 3; k++)
        {
            var ready = new List<PyObject>();
            if (n > 0)
                for (int j = 0; j < sets[k].Length; j++)
                    if ((arr[slot[fds[k][j]]].Revents & counts[k]) != 0) ready.Add(sets[k][j]);
            result[k] = Ops<TSync>.NewList(ts, ready.ToArray());
        }
        return Ops<TSync>.NewTuple(ts, result);
    }

    /// <summary>A select.poll object: registered fds in registration order, and whether a poll() is running.</summary>
    private sealed class PollState
    {
        public readonly object Gate = new();
        public readonly List<int> Order = new();
        public readonly Dictionary<int, short> Events = new();
        public bool Polling;
    }

    private static PyType PollType(PyRuntime rt)
    {
        var t = rt.NewBuiltinType("poll", null, TypeFlags.None);
        ModuleSupport<TSync>.SetModule(rt, t, Mod);
        static PollState P(PyThreadState ts, ReadOnlySpan<PyObject> a, string m) => ModuleSupport<TSync>.Self<PollState>(ts, a, "select.poll", m);
        Def.Method(rt, t, "register", (ts, a, kw) =>
        {
            var p = P(ts, a, "register");
            Args.Count(ts, "register", a.Length - 1, 1, 2);
            int fd = FdOf(ts, a[1]);
            short events = a.Length > 2 ? EventMask(ts, a[2]) : (short)(PollIn | PollPri | PollOut);
            lock (p.Gate)
            {
                if (!p.Events.ContainsKey(fd)) p.Order.Add(fd);
                p.Events[fd] = events;
            }
            return ts.Rt.None;
        });
        Def.Method(rt, t, "modify", (ts, a, kw) =>
        {
            var p = P(ts, a, "modify");
            Args.Count(ts, "modify", a.Length - 1, 2, 2);
            int fd = FdOf(ts, a[1]);
            short events = EventMask(ts, a[2]);
            lock (p.Gate)
            {
                if (p.Events.ContainsKey(fd))
                {
                    p.Events[fd] = events;
                    return ts.Rt.None;
                }
            }
            throw SocketErrors<TSync>.FromErrno(ts, 2); // ENOENT, as CPython reports an unregistered fd
        });
        Def.Method(rt, t, "unregister", (ts, a, kw) =>
        {
            var p = P(ts, a, "unregister");
            Args.Count(ts, "unregister", a.Length - 1, 1, 1);
            int fd = FdOf(ts, a[1]);
            lock (p.Gate)
            {
                if (p.Events.Remove(fd))
                {
                    p.Order.Remove(fd);
                    return ts.Rt.None;
                }
            }
            throw DictOps<TSync>.KeyError(ts, ts.Rt.NewInt(fd));
        });
        Def.Method(rt, t, "poll", (ts, a, kw) =>
        {
            var p = P(ts, a, "poll");
            Args.Count(ts, "poll", a.Length - 1, 0, 1);
            double timeout = -1;
            if (a.Length > 1 && a[1] != ts.Rt.None)
            {
                double ms = ModuleSupport<TSync>.ToDouble(ts, a[1]);
                timeout = ms < 0 ? -1 : Math.Ceiling(ms) / 1000.0;
            }
            PosixNative.PollFd[] arr;
            lock (p.Gate)
            {
                if (p.Polling) throw ts.Rt.RuntimeError("concurrent poll() invocation");
                p.Polling = true;
                arr = p.Order.Select(fd => new PosixNative.PollFd { Fd = fd, Events = p.Events[fd] }).ToArray();
            }
            int n;
            try
            {
                n = FdWait<TSync>.Poll(ts, arr, timeout);
            }
            finally
            {
                lock (p.Gate) p.Polling = false;
            }
            if (n < 0) throw SocketErrors<TSync>.FromErrno(ts, -n);
            var ready = arr.Where(x => x.Revents != 0)
                .Select(x => (PyObject)Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(x.Fd), ts.Rt.NewInt((ushort)x.Revents)])).ToArray();
            return Ops<TSync>.NewList(ts, ready);
        });
        return t;
    }

    /// <summary>A poll event mask: an unsigned short (CPython's message when it is out of range).</summary>
    private static short EventMask(PyThreadState ts, PyObject o)
    {
        long v = Args.ToLong(ts, o);
        if (v < 0) throw ts.Rt.OverflowError("can't convert negative int to unsigned");
        if (v > ushort.MaxValue) throw ts.Rt.OverflowError("Python int too large for C unsigned short");
        return (short)(ushort)v;
    }
}
