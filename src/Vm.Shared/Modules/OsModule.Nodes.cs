// os.mkfifo, os.mknod and the device-number helpers os.makedev / os.major / os.minor (glibc's
// encoding: 12 bits of major and 20 of minor split across the 64-bit dev_t).
using Vm.Builtins;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class OsModule<TSync>
{
    private static void InstallNodeFunctions(PyRuntime rt, PyDict d, string mod)
    {
        Def.Function(rt, d, "mkfifo", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "mkfifo", a, kw, ["path", "mode", "dir_fd"], 1);
            var p = PathOf(ts, b[0]!, "mkfifo");
            uint mode = b[1] == null ? 0x1B6u /* 0o666 */ : (uint)Args.ToLong(ts, b[1]!);
            if (PosixNative.MkFifo(p, mode) < 0) throw Errno(ts, null); // CPython names no file here
            return ts.Rt.None;
        }, mod);
        Def.Function(rt, d, "mknod", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "mknod", a, kw, ["path", "mode", "device", "dir_fd"], 1);
            var p = PathOf(ts, b[0]!, "mknod");
            uint mode = b[1] == null ? 0x180u /* 0o600 */ : (uint)Args.ToLong(ts, b[1]!);
            ulong device = b[2] == null ? 0UL : (ulong)Args.ToLong(ts, b[2]!);
            if (PosixNative.MkNod(p, mode, device) < 0) throw Errno(ts, null);
            return ts.Rt.None;
        }, mod);
        Def.Function(rt, d, "makedev", (ts, a, kw) =>
        {
            Args.NoKwargs(ts, "makedev", kw);
            Args.Count(ts, "makedev", a.Length, 2, 2);
            ulong major = (uint)Args.ToLong(ts, a[0]), minor = (uint)Args.ToLong(ts, a[1]);
            ulong dev = ((major & 0xfffff000UL) << 32) | ((major & 0xfffUL) << 8)
                      | ((minor & 0xffffff00UL) << 12) | (minor & 0xffUL);
            return ts.Rt.NewInt(new System.Numerics.BigInteger(dev));
        }, mod);
        Def.Function(rt, d, "major", (ts, a, kw) =>
        {
            Args.NoKwargs(ts, "major", kw);
            Args.Count(ts, "major", a.Length, 1, 1);
            ulong dev = DeviceNumber(ts, a[0]);
            return ts.Rt.NewInt((long)(((dev >> 32) & 0xfffff000UL) | ((dev >> 8) & 0xfffUL)));
        }, mod);
        Def.Function(rt, d, "minor", (ts, a, kw) =>
        {
            Args.NoKwargs(ts, "minor", kw);
            Args.Count(ts, "minor", a.Length, 1, 1);
            ulong dev = DeviceNumber(ts, a[0]);
            return ts.Rt.NewInt((long)(((dev >> 12) & 0xffffff00UL) | (dev & 0xffUL)));
        }, mod);
    }

    private static ulong DeviceNumber(PyThreadState ts, PyObject o)
    {
        var big = Ops<TSync>.Index(ts, o).Big;
        if (big < 0 || big > ulong.MaxValue) throw ts.Rt.OverflowError("Python int too large to convert to C dev_t");
        return (ulong)big;
    }
}
