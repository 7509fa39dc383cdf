// os.pipe, os.waitpid and its status macros, os.waitstatus_to_exitcode and os.kill (libc through
// PosixNative): what subprocess (Lib/subprocess.py) needs beside _posixsubprocess.spawn. waitpid
// runs detached (it blocks) and retries on EINTR, as CPython's does (PEP 475).
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static partial class OsModule<TSync>
{
    private static void InstallProcessFunctions(PyRuntime rt, PyDict d, string mod)
    {
        Def.Value(rt, d, "WNOHANG", rt.NewInt(PosixNative.WNoHang));
        Def.Function(rt, d, "pipe", (ts, a, kw) =>
        {
            Args.Count(ts, "pipe", a.Length, 0, 0);
            Span<int> fds = stackalloc int[2];
            if (PosixNative.Pipe2(fds, PosixNative.SockCloexec) < 0) throw Errno(ts, null); // O_CLOEXEC: not inheritable
            return Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(fds[0]), ts.Rt.NewInt(fds[1])]);
        }, mod);
        Def.Function(rt, d, "waitpid", (ts, a, kw) =>
        {
            Args.Count(ts, "waitpid", a.Length, 2, 2);
            int pid = (int)Args.ToLong(ts, a[0]);
            int options = (int)Args.ToLong(ts, a[1]);
            while (true)
            {
                int got, status;
                using (new Detached<TSync>(ts)) got = PosixNative.WaitPid(pid, out status, options);
                if (got >= 0) return Ops<TSync>.NewTuple(ts, [ts.Rt.NewInt(got), ts.Rt.NewInt(got == 0 ? 0 : status)]);
                if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != PosixNative.EIntr) throw Errno(ts, null);
            }
        }, mod);
        Def.Function(rt, d, "kill", (ts, a, kw) =>
        {
            Args.Count(ts, "kill", a.Length, 2, 2);
            int pid = (int)Args.ToLong(ts, a[0]), sig = (int)Args.ToLong(ts, a[1]);
            if (pid == Environment.ProcessId && sig is > 0 and < PyRuntime.SignalCount && SignalModule<TSync>.DeliverOwnSignal(ts, sig))
                return ts.Rt.None;
            if (PosixNative.Kill(pid, sig) < 0) throw Errno(ts, null);
            return ts.Rt.None;
        }, mod);
        StatusMacro(rt, d, mod, "WIFEXITED", s => (s & 0x7f) == 0 ? 1 : 0, isBool: true);
        StatusMacro(rt, d, mod, "WEXITSTATUS", s => (s >> 8) & 0xff);
        StatusMacro(rt, d, mod, "WIFSIGNALED", s => (s & 0x7f) != 0 && (s & 0x7f) != 0x7f ? 1 : 0, isBool: true);
        StatusMacro(rt, d, mod, "WTERMSIG", s => s & 0x7f);
        StatusMacro(rt, d, mod, "WIFSTOPPED", s => (s & 0xff) == 0x7f ? 1 : 0, isBool: true);
        StatusMacro(rt, d, mod, "WSTOPSIG", s => (s >> 8) & 0xff);
        Def.Function(rt, d, "waitstatus_to_exitcode", (ts, a, kw) =>
        {
            var b = Args.Bind(ts, "waitstatus_to_exitcode", a, kw, ["status"], 1);
            long status = Args.ToLong(ts, b[0]!);
            if (status < int.MinValue || status > int.MaxValue) throw ts.Rt.OverflowError("status out of range");
            int s = (int)status;
            if ((s & 0x7f) == 0) return ts.Rt.NewInt((s >> 8) & 0xff);
            if ((s & 0x7f) != 0x7f) return ts.Rt.NewInt(-(s & 0x7f));
            throw ts.Rt.ValueError($"invalid wait status: {s}");
        }, mod);
    }

    private static void StatusMacro(PyRuntime rt, PyDict d, string mod, string name, Func<int, int> f, bool isBool = false)
    {
        Def.Function(rt, d, name, (ts, a, kw) =>
        {
            var b = Args.Bind(ts, name, a, kw, ["status"], 1);
            int v = f((int)Args.ToLong(ts, b[0]!));
            return isBool ? ts.Rt.NewBool(v != 0) : ts.Rt.NewInt(v);
        }, mod);
    }
}
