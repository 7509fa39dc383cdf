// os.open / close / read / write / lseek / fsync on raw file descriptors (libc, PosixNative), for
// the code that works with descriptors directly (tempfile.mkstemp, os.fdopen). Calls run detached:
// a read may block.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class OsModule<TSync>
{
    private static void InstallFdFunctions(PyRuntime rt, PyDict d, string mod)
    {
        Def.Function(rt, d, "open", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "open", a, kw, ["path", "flags", "mode", "dir_fd"], 2);
            var path = PathOf(ts, b[0]!, "open");
            int flags = (int)Args.ToLong(ts, b[1]!);
            int perm = b[2] == null ? 0x1FF : (int)Args.ToLong(ts, b[2]!);
            int fd;
            using (new Detached<TSync>(ts)) fd = PosixNative.Open(path, flags | 0x80000, perm); // O_CLOEXEC: not inheritable, as CPython
            if (fd < 0) throw Errno(ts, b[0]);
            return ts.Rt.NewInt(fd);
        }, mod);
        Def.Function(rt, d, "close", (ts, a, kw) =>
        {
            Args.Count(ts, "close", a.Length, 1, 1);
            if (PosixNative.Close(Fd(ts, a[0])) < 0) throw Errno(ts, null);
            return ts.Rt.None;
        }, mod);
        Def.Function(rt, d, "read", (ts, a, kw) =>
        {
            Args.Count(ts, "read", a.Length, 2, 2);
            int fd = Fd(ts, a[0]);
            long n = Args.ToLong(ts, a[1]);
            if (n < 0) throw ts.Rt.ValueError("negative length");
            var buf = new byte[Math.Min(n, int.MaxValue)];
            nint got;
            using (new Detached<TSync>(ts)) got = buf.Length == 0 ? 0 : PosixNative.Read(fd, ref buf[0], buf.Length);
            if (got < 0) throw Errno(ts, null);
            return ts.Rt.NewBytes(got == buf.Length ? buf : buf.AsSpan(0, (int)got).ToArray());
        }, mod);
        Def.Function(rt, d, "write", (ts, a, kw) =>
        {
            Args.Count(ts, "write", a.Length, 2, 2);
            int fd = Fd(ts, a[0]);
            var data = IoModule<TSync>.BytesLike(ts, a[1]) ?? throw ts.Rt.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            nint put;
            using (new Detached<TSync>(ts)) put = data.Length == 0 ? 0 : PosixNative.Write(fd, ref data[0], data.Length);
            if (put < 0) throw Errno(ts, null);
            return ts.Rt.NewInt((long)put);
        }, mod);
        Def.Function(rt, d, "lseek", (ts, a, kw) =>
        {
            Args.Count(ts, "lseek", a.Length, 3, 3);
            long r = PosixNative.LSeek(Fd(ts, a[0]), Args.ToLong(ts, a[1]), (int)Args.ToLong(ts, a[2]));
            if (r < 0) throw Errno(ts, null);
            return ts.Rt.NewInt(r);
        }, mod);
    }

    private static int Fd(PyThreadState ts, PyObject o)
    {
        long fd = Args.ToLong(ts, o);
        if (fd < 0 || fd > int.MaxValue) throw Os(ts, "OSError", 9, ts.Rt.None, null);
        return (int)fd;
    }

    /// <summary>The OSError subclass for the libc call's errno (with the file name when there is one).</summary>
    private static PyException Errno(PyThreadState ts, PyObject? filename)
    {
        int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        return IoModule<TSync>.OsError(ts, "OSError", errno, StrError(errno), filename);
    }
}
