// The gc module over the cycle collector (Runtime/Gc/CycleCollector.cs): collect() frees
// unreachable cycles (running their __del__ and weak-reference callbacks) and returns how many
// unreachable objects it found; enable/disable/thresholds drive the automatic collections that the
// candidate buffer schedules; garbage, callbacks and DEBUG_SAVEALL behave as in CPython.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;
using Vm.Runtime.Gc;

namespace Vm.Modules;

public static class GcModule<TSync> where TSync : struct, ISyncPolicy
{
    public static PyModule Create(PyThreadState ts)
    {
        var rt = ts.Rt;
        var m = ModuleSupport<TSync>.NewModule(rt, "gc", out var d);
        const string mod = "gc";
        static GcState St(PyThreadState t) => t.Rt.Gc;
        var gcs = rt.Gc;
        gcs.Garbage ??= Ops<TSync>.NewList(ts);
        gcs.Callbacks ??= Ops<TSync>.NewList(ts);
        Def.Value(rt, d, "garbage", gcs.Garbage);
        Def.Value(rt, d, "callbacks", gcs.Callbacks);
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
            return ts2.Rt.NewInt(CycleCollector<TSync>.Collect(ts2));
        }, mod);
        Def.Function(rt, d, "enable", (ts2, a, kw) => { St(ts2).Enabled = true; return ts2.Rt.None; }, mod);
        Def.Function(rt, d, "disable", (ts2, a, kw) => { St(ts2).Enabled = false; return ts2.Rt.None; }, mod);
        Def.Function(rt, d, "isenabled", (ts2, a, kw) => ts2.Rt.NewBool(St(ts2).Enabled), mod);
        Def.Function(rt, d, "get_count", (ts2, a, kw) =>
            Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(St(ts2).YoungCount(ts2.Rt)), ts2.Rt.NewInt(0), ts2.Rt.NewInt(0)]), mod);
        Def.Function(rt, d, "get_threshold", (ts2, a, kw) =>
        {
            var s = St(ts2);
            return Ops<TSync>.NewTuple(ts2, [ts2.Rt.NewInt(s.Threshold0), ts2.Rt.NewInt(s.Threshold1), ts2.Rt.NewInt(s.Threshold2)]);
        }, mod);
        Def.Function(rt, d, "set_threshold", (ts2, a, kw) =>
        {
            var s = St(ts2);
            Args.NoKwargs(ts2, "set_threshold", kw);
            Args.Count(ts2, "set_threshold", a.Length, 1, 3);
            if (a.Length > 0) s.Threshold0 = ModuleSupport<TSync>.ToLong(ts2, a[0]);
            if (a.Length > 1) s.Threshold1 = ModuleSupport<TSync>.ToLong(ts2, a[1]);
            if (a.Length > 2) s.Threshold2 = ModuleSupport<TSync>.ToLong(ts2, a[2]);
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "get_debug", (ts2, a, kw) => ts2.Rt.NewInt(St(ts2).Debug), mod);
        Def.Function(rt, d, "set_debug", (ts2, a, kw) =>
        {
            Args.Count(ts2, "set_debug", a.Length, 1, 1);
            St(ts2).Debug = (int)ModuleSupport<TSync>.ToLong(ts2, a[0]);
            return ts2.Rt.None;
        }, mod);
        Def.Function(rt, d, "get_objects", (ts2, a, kw) => Ops<TSync>.NewList(ts2, GcHeapWalk<TSync>.LiveObjects(ts2).ToArray()), mod);
        Def.Function(rt, d, "get_referrers", (ts2, a, kw) => Ops<TSync>.NewList(ts2, GcHeapWalk<TSync>.Referrers(ts2, a).ToArray()), mod);
        Def.Function(rt, d, "get_referents", (ts2, a, kw) =>
        {
            var res = new List<PyObject>();
            foreach (var o in a)
            {
                TSync.EnsureSharedOnRead(ts2, o); // a lock-free read of its storage (GcHeapWalk.Children)
                o.CollectChildren(res);
            }
            return Ops<TSync>.NewList(ts2, res.ToArray());
        }, mod);
        Def.Function(rt, d, "is_tracked", (ts2, a, kw) =>
            ts2.Rt.NewBool(a[0] is not (PyInt or PyFloat or PyStr or PyBytes) && !ReferenceEquals(a[0], ts2.Rt.None)), mod);
        Def.Function(rt, d, "is_finalized", (ts2, a, kw) =>
        {
            Args.Count(ts2, "is_finalized", a.Length, 1, 1);
            return ts2.Rt.NewBool((a[0].FlagBits & (int)ObjectFlags.Finalized) != 0);
        }, mod);
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
                DictOps<TSync>.SetItem(ts2, dd, ts2.Rt.NewStr("collected"), ts2.Rt.NewInt(i == 2 ? St(ts2).Collected : 0));
                DictOps<TSync>.SetItem(ts2, dd, ts2.Rt.NewStr("uncollectable"), ts2.Rt.NewInt(0));
                items[i] = dd;
            }
            return Ops<TSync>.NewList(ts2, items);
        }, mod);
        return m;
    }
}
