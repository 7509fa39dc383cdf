// The gc module: this VM frees acyclic garbage by reference counting; gc.collect() runs the .NET
// collector (unreachable cycles are reclaimed by it, without running their __del__). The
// configuration functions keep CPython's API.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

public static class GcModule<TSync> where TSync : struct, ISyncPolicy
{
    private sealed class GcState
    {
        public bool Enabled = true;
        public long T0 = 2000, T1 = 10, T2 = 0;
        public long Collections;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyRuntime, GcState> s_state = new();

    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "gc", out var d);
        const string mod = "gc";
        GcState St(PyThreadState t) => s_state.GetValue(t.Rt, _ => new GcState());
        Def.Value(rt, d, "garbage", Ops<TSync>.NewList(ts));
        Def.Value(rt, d, "callbacks", Ops<TSync>.NewList(ts));
        foreach (var (n, v) in new[] { ("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38) })
            Def.Value(rt, d, n, rt.NewInt(v));
        Def.Function(rt, d, "collect", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "collect", a, kw, ["generation"], 0);
            if (b[0] != null)
            {
                long g = ModuleSupport<TSync>.ToLong(ts2, b[0]!);
                if (g < 0 || g > 2) throw ts2.Rt.ValueError("invalid generation");
            }
            // Reference counting frees acyclic garbage immediately; unreachable cycles are left to
            // the .NET collector (their finalizers do not run).
            using (new Vm.Concurrency.Detached<TSync>(ts2))
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            St(ts2).Collections++;
            return ts2.Rt.NewInt(0);
        }, mod);
        Def.Function(rt, d, "enable", (ts2, a, kw) => { St(ts2).Enabled = true; return ts2.Rt.None; }, mod);
        Def.Function(rt, d, "disable", (ts2, a, kw) => { St(ts2).Enabled = false; return ts2.Rt.None; }, mod);
        Def.Function(rt, d, "isenabled", (ts2, a, kw) => ts2.Rt.NewBool(St(ts2).Enabled), mod);
        Def.Function(rt, d, "get_count", (ts2, a, kw) => Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(0), ts2.Rt.NewInt(0), ts2.Rt.NewInt(0)]), mod);
        Def.Function(rt, d, "get_threshold", (ts2, a, kw) =>
        {
            var s = St(ts2);
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(s.T0), ts2.Rt.NewInt(s.T1), ts2.Rt.NewInt(s.T2)]);
        }, mod);
        Def.Function(rt, d, "set_threshold", (ts2, a, kw) =>
        {
            var s = St(ts2);
            if (a.Length > 0) s.T0 = ModuleSupport<TSync>.ToLong(ts2, a[0]);
            if (a.Length > 1) s.T1 = ModuleSupport<TSync>.ToLong(ts2, a[1]);
            if (a.Length > 2) s.T2 = ModuleSupport<TSync>.ToLong(ts2, a[2]);
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "get_debug", (ts2, a, kw) => ts2.Rt.NewInt(0), mod);
        Def.Function(rt, d, "set_debug", (ts2, a, kw) => ts2.Rt.None, mod);
        Def.Function(rt, d, "get_objects", (ts2, a, kw) => Ops<TSync>.NewList(ts2), mod);
        Def.Function(rt, d, "get_referrers", (ts2, a, kw) => Ops<TSync>.NewList(ts2), mod);
        Def.Function(rt, d, "get_referents", (ts2, a, kw) =>
        {
            var res = new List<PyObject>();
            foreach (var o in a) o.CollectChildren(res);
            return Ops<TSync>.NewList(ts2, res.ToArray());
        }, mod);
        Def.Function(rt, d, "is_tracked", (ts2, a, kw) =>
            ts2.Rt.NewBool(a[0] is not (PyInt or PyFloat or PyStr or PyBytes) && !ReferenceEquals(a[0], ts2.Rt.None)), mod);
        Def.Function(rt, d, "is_finalized", (ts2, a, kw) => ts2.Rt.False, mod);
        Def.Function(rt, d, "freeze", (ts2, a, kw) => ts2.Rt.None, mod);
        Def.Function(rt, d, "unfreeze", (ts2, a, kw) => ts2.Rt.None, mod);
        Def.Function(rt, d, "get_freeze_count", (ts2, a, kw) => ts2.Rt.NewInt(0), mod);
        Def.Function(rt, d, "get_stats", (ts2, a, kw) =>
        {
            var items = new PyObject[3];
            for (int i = 0; i < 3; i++)
            {
                var dd = Ops<TSync>.NewDict(ts2);
                DictOps<TSync>.SetItem(ts2, dd, ts2.Rt.NewStr("collections"), ts2.Rt.NewInt(i == 2 ? St(ts2).Collections : 0));
                DictOps<TSync>.SetItem(ts2, dd, ts2.Rt.NewStr("collected"), ts2.Rt.NewInt(0));
                DictOps<TSync>.SetItem(ts2, dd, ts2.Rt.NewStr("uncollectable"), ts2.Rt.NewInt(0));
                items[i] = dd;
            }
            return Ops<TSync>.NewList(ts2, items);
        }, mod);
        return m;
    }
}
