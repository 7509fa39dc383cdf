// _multiprocessing: the native half of multiprocessing. Raw fd channels (a socketpair per Pipe,
// length-prefixed messages are framed in Python), child VM processes, POSIX named semaphores
// (the cross-process SemLock) and memory-mapped shared memory (Value/Array). Every call that
// can block (read, write, poll, waits) runs detached: it releases the GIL / suspends critical
// sections like the other blocking primitives (ThreadModule, file I/O).
using System.IO.MemoryMappedFiles;
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class MultiprocessingModule<TSync> where TSync : struct, ISyncPolicy
{
    private const string Mod = "_multiprocessing";

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var d = rt.NewModuleDict(Mod, null);
        Def.Function(rt, d, "socketpair", (ts2, a, kw) =>
        {
            var sv = new int[2];
            if (PosixNative.SocketPair(PosixNative.AfUnix, PosixNative.SockStream | PosixNative.SockCloexec, 0, sv) != 0)
                throw OsError(ts2, "socketpair");
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(sv[0]), ts2.Rt.NewInt(sv[1])]);
        }, Mod);
        Def.Function(rt, d, "write_all", (ts2, a, kw) =>
        {
            Args.Count(ts2, "write_all", a.Length, 2, 2);
            int fd = (int)Args.ToLong(ts2, a[0]);
            var data = BytesOf(ts2, a[1]);
            using (new Detached<TSync>(ts2)) WriteAll(ts2, fd, data);
            return ts2.Rt.None;
        }, Mod);
        Def.Function(rt, d, "read", (ts2, a, kw) =>
        {
            Args.Count(ts2, "read", a.Length, 2, 2);
            int fd = (int)Args.ToLong(ts2, a[0]);
            int n = (int)Args.ToLong(ts2, a[1]);
            var buf = new byte[n];
            int got;
            using (new Detached<TSync>(ts2)) got = ReadExact(fd, buf);
            if (got < 0) throw OsError(ts2, "read");
            return ts2.Rt.NewBytes(got == n ? buf : buf[..got]);
        }, Mod);
        Def.Function(rt, d, "poll", (ts2, a, kw) =>
        {
            Args.Count(ts2, "poll", a.Length, 2, 2);
            int fd = (int)Args.ToLong(ts2, a[0]);
            int ms = TimeoutMs(ts2, a[1]);
            bool ready;
            using (new Detached<TSync>(ts2)) ready = PollReadable(fd, ms);
            return ts2.Rt.NewBool(ready);
        }, Mod);
        Def.Function(rt, d, "close", (ts2, a, kw) =>
        {
            PosixNative.Close((int)Args.ToLong(ts2, a[0]));
            return ts2.Rt.None;
        }, Mod);
        Def.Function(rt, d, "listen", (ts2, a, kw) =>
        {
            // listen(path) -> fd of a Unix stream socket bound to path (the Manager's server).
            var addr = PosixNative.UnixAddress(Ops<TSync>.StrValue(ts2, a[0]));
            int fd = PosixNative.Socket(PosixNative.AfUnix, PosixNative.SockStream | PosixNative.SockCloexec, 0);
            if (fd < 0) throw OsError(ts2, "socket");
            if (PosixNative.Bind(fd, addr, addr.Length) != 0 || PosixNative.Listen(fd, 64) != 0)
            {
                var e = OsError(ts2, "bind/listen");
                PosixNative.Close(fd);
                throw e;
            }
            return ts2.Rt.NewInt(fd);
        }, Mod);
        Def.Function(rt, d, "accept", (ts2, a, kw) =>
        {
            int lfd = (int)Args.ToLong(ts2, a[0]);
            int fd;
            using (new Detached<TSync>(ts2))
                do fd = PosixNative.Accept4(lfd, 0, 0, PosixNative.SockCloexec);
                while (fd < 0 && PosixNative.Errno == PosixNative.EIntr);
            if (fd < 0) throw OsError(ts2, "accept");
            return ts2.Rt.NewInt(fd);
        }, Mod);
        Def.Function(rt, d, "connect", (ts2, a, kw) =>
        {
            var addr = PosixNative.UnixAddress(Ops<TSync>.StrValue(ts2, a[0]));
            int fd = PosixNative.Socket(PosixNative.AfUnix, PosixNative.SockStream | PosixNative.SockCloexec, 0);
            if (fd < 0) throw OsError(ts2, "socket");
            int r;
            using (new Detached<TSync>(ts2)) r = PosixNative.Connect(fd, addr, addr.Length);
            if (r != 0)
            {
                int errno = PosixNative.Errno;
                PosixNative.Close(fd);
                // OSError(errno, strerror) is the errno's subclass: FileNotFoundError when nobody
                // listens at the path any more, ConnectionRefusedError, ... (as socket.connect).
                throw IoModule<TSync>.OsError(ts2, "OSError", errno,
                    System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno), null);
            }
            return ts2.Rt.NewInt(fd);
        }, Mod);
        Def.Function(rt, d, "child_command", (ts2, a, kw) =>
            Ops<TSync>.NewList(ts2, ts2.Rt.ResolveChildCommand().Select(s => (PyObject)ts2.Rt.NewStr(s)).ToArray()), Mod);
        var childType = ChildType(rt);
        Def.Function(rt, d, "spawn", (ts2, a, kw) => Spawn(ts2, a, childType), Mod);
        SemaphoreFunctions.Install<TSync>(rt, d);
        InstallSharedMemory(rt, d);
        InstallShmMapping(rt, d);
        InstallForkServerSupport(rt, d);
        return new PyModule(rt.ModuleType, Mod, d);
    }

    internal static PyException OsError(PyThreadState ts, string what) =>
        ts.Rt.Error("OSError", $"[Errno {PosixNative.Errno}] {what} failed");

    internal static byte[] BytesOf(PyThreadState ts, PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.ToArray(),
        _ => throw ts.Rt.TypeError($"a bytes-like object is required, not '{o.Type.Name}'"),
    };

    /// <summary>None = wait forever (-1); else seconds, rounded up to whole milliseconds.</summary>
    internal static int TimeoutMs(PyThreadState ts, PyObject o)
    {
        if (ReferenceEquals(o, ts.Rt.None)) return -1;
        double s = o is PyFloat f ? f.Value : Args.ToLong(ts, o);
        if (s <= 0) return 0;
        return (int)Math.Min(int.MaxValue, Math.Ceiling(s * 1000));
    }

    private static void WriteAll(PyThreadState ts, int fd, byte[] data)
    {
        int off = 0;
        while (off < data.Length)
        {
            nint n = PosixNative.Write(fd, ref data[off], data.Length - off);
            if (n < 0)
            {
                if (PosixNative.Errno == PosixNative.EIntr) continue;
                throw OsError(ts, "write");
            }
            off += (int)n;
        }
    }

    /// <summary>Reads until buf is full or EOF; returns the count, or -1 on an error.</summary>
    private static int ReadExact(int fd, byte[] buf)
    {
        int off = 0;
        while (off < buf.Length)
        {
            nint n = PosixNative.Read(fd, ref buf[off], buf.Length - off);
            if (n < 0)
            {
                if (PosixNative.Errno == PosixNative.EIntr) continue;
                return -1;
            }
            if (n == 0) break;
            off += (int)n;
        }
        return off;
    }

    private static bool PollReadable(int fd, int timeoutMs)
    {
        var p = new PosixNative.PollFd { Fd = fd, Events = PosixNative.PollIn };
        while (true)
        {
            int r = PosixNative.Poll(ref p, 1, timeoutMs);
            if (r < 0 && PosixNative.Errno == PosixNative.EIntr) continue;
            return r > 0 && (p.Revents & (PosixNative.PollIn | PosixNative.PollHup | PosixNative.PollErr | PosixNative.PollNval)) != 0;
        }
    }

    // -- child processes ----------------------------------------------------------------------

    private static PyObject Spawn(PyThreadState ts, ReadOnlySpan<PyObject> a, PyType childType)
    {
        Args.Count(ts, "spawn", a.Length, 3, 3);
        var argv = Ops<TSync>.ToArray(ts, a[0]).Select(o => Ops<TSync>.StrValue(ts, o)).ToList();
        var fds = Ops<TSync>.ToArray(ts, a[1]).Select(o => (int)Args.ToLong(ts, o)).ToList();
        string? cwd = ReferenceEquals(a[2], ts.Rt.None) ? null : Ops<TSync>.StrValue(ts, a[2]);
        ChildProcess child;
        try
        {
            using (new Detached<TSync>(ts)) child = ChildProcess.Start(argv, fds, cwd, ts.Rt.ChildInheritsStdio);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw ts.Rt.Error("OSError", $"cannot start a child process ({string.Join(' ', argv.Take(2))}): {e.Message}");
        }
        return new PyNative<ChildProcess>(childType, child);
    }

    private static PyType ChildType(PyRuntime rt)
    {
        {
            var t = rt.NewBuiltinType("Child", null, TypeFlags.None);
            Def.Value(rt, t.Dict, "__module__", rt.NewStr(Mod));
            Def.Getter(rt, t, "pid", (ts2, o) => ts2.Rt.NewInt(((PyNative<ChildProcess>)o).State.Pid));
            Def.Method(rt, t, "wait", (ts2, a, kw) =>
            {
                var c = ((PyNative<ChildProcess>)a[0]).State;
                int ms = a.Length > 1 ? TimeoutMs(ts2, a[1]) : -1;
                int? code;
                using (new Detached<TSync>(ts2)) code = c.Wait(ms);
                return code is int v ? ts2.Rt.NewInt(v) : ts2.Rt.None;
            });
            Def.Method(rt, t, "poll", (ts2, a, kw) =>
            {
                var c = ((PyNative<ChildProcess>)a[0]).State;
                int? code;
                using (new Detached<TSync>(ts2)) code = c.Poll();
                return code is int v ? ts2.Rt.NewInt(v) : ts2.Rt.None;
            });
            Def.Method(rt, t, "signal", (ts2, a, kw) =>
            {
                ((PyNative<ChildProcess>)a[0]).State.Signal((int)Args.ToLong(ts2, a[1]));
                return ts2.Rt.None;
            });
            Def.Method(rt, t, "take_output", (ts2, a, kw) =>
            {
                var (o, e) = ((PyNative<ChildProcess>)a[0]).State.TakeOutput();
                return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewStr(o), ts2.Rt.NewStr(e)]);
            });
            return t;
        }
    }

    // -- shared memory ------------------------------------------------------------------------

    private sealed class SharedMemory(MemoryMappedFile file, MemoryMappedViewAccessor view, long size)
    {
        public readonly MemoryMappedFile File = file;
        public readonly MemoryMappedViewAccessor View = view;
        public readonly long Size = size;
    }

    private static void InstallSharedMemory(PyRuntime rt, PyDict d)
    {
        var t = rt.NewBuiltinType("SharedMemory", null, TypeFlags.None);
        Def.Value(rt, t.Dict, "__module__", rt.NewStr(Mod));
        Def.Function(rt, d, "shm_open", (ts, a, kw) =>
        {
            // shm_open(path, size, create): maps `size` bytes of the file at path (made zeroed if create).
            Args.Count(ts, "shm_open", a.Length, 3, 3);
            var path = Ops<TSync>.StrValue(ts, a[0]);
            long size = Args.ToLong(ts, a[1]);
            bool create = Ops<TSync>.IsTrue(ts, a[2]);
            try
            {
                if (create)
                    using (var fs = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite)) fs.SetLength(size);
                var mmf = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, size, MemoryMappedFileAccess.ReadWrite);
                return new PyNative<SharedMemory>(t, new SharedMemory(mmf, mmf.CreateViewAccessor(0, size), size));
            }
            catch (IOException e)
            {
                throw ts.Rt.Error("OSError", $"cannot map shared memory {path}: {e.Message}");
            }
        }, Mod);
        Def.Method(rt, t, "read", (ts, a, kw) =>
        {
            var m = ((PyNative<SharedMemory>)a[0]).State;
            long off = Args.ToLong(ts, a[1]);
            int n = (int)Args.ToLong(ts, a[2]);
            if (off < 0 || n < 0 || off + n > m.Size) throw ts.Rt.IndexError("shared memory access out of range");
            var buf = new byte[n];
            m.View.ReadArray(off, buf, 0, n);
            return ts.Rt.NewBytes(buf);
        });
        Def.Method(rt, t, "write", (ts, a, kw) =>
        {
            var m = ((PyNative<SharedMemory>)a[0]).State;
            long off = Args.ToLong(ts, a[1]);
            var data = BytesOf(ts, a[2]);
            if (off < 0 || off + data.Length > m.Size) throw ts.Rt.IndexError("shared memory access out of range");
            m.View.WriteArray(off, data, 0, data.Length);
            return ts.Rt.None;
        });
        Def.Getter(rt, t, "size", (ts, o) => ts.Rt.NewInt(((PyNative<SharedMemory>)o).State.Size));
    }
}
