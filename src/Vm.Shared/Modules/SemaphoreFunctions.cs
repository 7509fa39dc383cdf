// POSIX named semaphores for multiprocessing's SemLock (Lock, RLock, Semaphore, Condition,
// Event, Barrier across processes). A semaphore is opened by name in every process that uses
// it; the handle is the sem_t* of this process. Waits run detached (they may block for long).
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

internal static class SemaphoreFunctions
{
    private const string Mod = "_multiprocessing";

    public static void Install<TSync>(PyRuntime rt, PyDict d) where TSync : struct, ISyncPolicy
    {
        Def.Function(rt, d, "sem_open", (ts, a, kw) =>
        {
            // sem_open(name, create, value) -> handle
            Args.Count(ts, "sem_open", a.Length, 3, 3);
            var name = Ops<TSync>.StrValue(ts, a[0]);
            bool create = Ops<TSync>.IsTrue(ts, a[1]);
            uint value = (uint)Args.ToLong(ts, a[2]);
            nint h = create ? PosixNative.SemOpen(name, PosixNative.OCreat | PosixNative.OExcl, 0x180, value)
                            : PosixNative.SemOpen(name, 0, 0, 0);
            if (h == 0 || h == -1)
            {
                int errno = PosixNative.Errno;
                if (create && errno == 17) throw ts.Rt.Error("FileExistsError", $"[Errno 17] File exists: '{name}'");
                throw ts.Rt.Error("FileNotFoundError", $"[Errno {errno}] cannot open semaphore '{name}'");
            }
            return ts.Rt.NewInt(h);
        }, Mod);
        Def.Function(rt, d, "sem_wait", (ts, a, kw) =>
        {
            // sem_wait(handle, timeout) -> acquired; timeout None blocks, 0 only tries.
            Args.Count(ts, "sem_wait", a.Length, 2, 2);
            nint h = (nint)Args.ToLong(ts, a[0]);
            if (PosixNative.SemTryWait(h) == 0) return ts.Rt.True;
            int ms = MultiprocessingModule<TSync>.TimeoutMs(ts, a[1]);
            if (ms == 0) return ts.Rt.False;
            bool ok;
            using (new Detached<TSync>(ts)) ok = Wait(h, ms);
            return ts.Rt.NewBool(ok);
        }, Mod);
        Def.Function(rt, d, "sem_post", (ts, a, kw) =>
        {
            if (PosixNative.SemPost((nint)Args.ToLong(ts, a[0])) != 0) throw MultiprocessingModule<TSync>.OsError(ts, "sem_post");
            return ts.Rt.None;
        }, Mod);
        Def.Function(rt, d, "sem_getvalue", (ts, a, kw) =>
        {
            PosixNative.SemGetValue((nint)Args.ToLong(ts, a[0]), out int v);
            return ts.Rt.NewInt(Math.Max(0, v));
        }, Mod);
        Def.Function(rt, d, "sem_unlink", (ts, a, kw) =>
        {
            PosixNative.SemUnlink(Ops<TSync>.StrValue(ts, a[0]));
            return ts.Rt.None;
        }, Mod);
        Def.Function(rt, d, "sem_close", (ts, a, kw) =>
        {
            PosixNative.SemClose((nint)Args.ToLong(ts, a[0]));
            return ts.Rt.None;
        }, Mod);
    }

    private static bool Wait(nint h, int timeoutMs)
    {
        if (timeoutMs < 0)
        {
            while (PosixNative.SemWait(h) != 0)
                if (PosixNative.Errno != PosixNative.EIntr) return false;
            return true;
        }
        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(timeoutMs);
        var ts = new PosixNative.TimeSpec
        {
            Sec = deadline.ToUnixTimeSeconds(),
            Nsec = (deadline.ToUnixTimeMilliseconds() % 1000) * 1_000_000,
        };
        while (PosixNative.SemTimedWait(h, ref ts) != 0)
            if (PosixNative.Errno != PosixNative.EIntr) return false;
        return true;
    }
}
