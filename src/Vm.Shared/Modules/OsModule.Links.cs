// os.symlink, os.readlink, os.link, os.chown and os.lchown (libc). readlink returns str for a str path and bytes for a
// bytes path, as CPython does.
using Vm.Builtins;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class OsModule<TSync>
{
    private static void InstallLinkFunctions(PyRuntime rt, PyDict d, string mod)
    {
        Def.Function(rt, d, "symlink", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "symlink", a, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2);
            var src = PathOf(ts, b[0]!, "symlink");
            var dst = PathOf(ts, b[1]!, "symlink");
            if (PosixNative.Symlink(src, dst) < 0) throw Errno2(ts, ts.Rt.NewStr(src), ts.Rt.NewStr(dst));
            return ts.Rt.None;
        }, mod);
        Def.Function(rt, d, "link", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "link", a, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2);
            var src = PathOf(ts, b[0]!, "link");
            var dst = PathOf(ts, b[1]!, "link");
            if (PosixNative.Link(src, dst) < 0) throw Errno2(ts, ts.Rt.NewStr(src), ts.Rt.NewStr(dst));
            return ts.Rt.None;
        }, mod);
        Def.Function(rt, d, "readlink", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "readlink", a, kw, ["path", "dir_fd"], 1);
            var p = PathOf(ts, b[0]!, "readlink");
            var target = PosixNative.ReadLink(p) ?? throw Errno(ts, b[0]);
            return b[0] is PyBytes ? ts.Rt.NewBytes(target) : ts.Rt.NewStr(System.Text.Encoding.UTF8.GetString(target));
        }, mod);
        Def.Function(rt, d, "chown", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "chown", a, kw, ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3);
            bool follow = b[4] == null || Ops<TSync>.IsTrue(ts, b[4]!);
            return ChangeOwner(ts, b[0]!, b[1]!, b[2]!, follow, "chown");
        }, mod);
        Def.Function(rt, d, "lchown", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "lchown", a, kw, ["path", "uid", "gid", "dir_fd"], 3);
            return ChangeOwner(ts, b[0]!, b[1]!, b[2]!, follow: false, "lchown");
        }, mod);
    }

    /// <summary>chown(2)/lchown(2); an id of -1 leaves that owner unchanged.</summary>
    private static PyObject ChangeOwner(PyThreadState ts, PyObject path, PyObject uid, PyObject gid, bool follow, string name)
    {
        var p = PathOf(ts, path, name);
        uint u = OwnerId(ts, uid, "uid"), g = OwnerId(ts, gid, "gid");
        int rc = follow ? PosixNative.Chown(p, u, g) : PosixNative.Lchown(p, u, g);
        if (rc < 0) throw Errno(ts, path);
        return ts.Rt.None;
    }

    private static uint OwnerId(PyThreadState ts, PyObject o, string what)
    {
        long v = Args.ToLong(ts, o);
        // CPython's message for both ends of the range; 2**32-1 is (uid_t)-1 like -1.
        if (v < -1 || v > uint.MaxValue) throw ts.Rt.OverflowError($"{what} is less than minimum");
        return unchecked((uint)v);
    }

    /// <summary>The OSError of a two-path call: "[Errno 17] File exists: 'a' -> 'b'".</summary>
    private static PyException Errno2(PyThreadState ts, PyObject src, PyObject dst)
    {
        int errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
        return IoModule<TSync>.OsError(ts, "OSError", errno, StrError(errno), src, dst);
    }
}
