// What CPython's interpreter finalisation does to user data at exit, after threads are joined and
// atexit callbacks have run: module globals are released, so the objects they hold run __del__
// (a __del__ that flushes or reports is not lost).
//
// First, as CPython's finalize_modules_delete_special, builtins._ and sys.argv, sys.path and
// the other places where user values hide are set to None, and sys.stdout/stdin/stderr are
// restored to sys.__stdout__ and the rest.
//
// Order, as observed in CPython 3.13 (`python -v` shows "destroy __main__" when sys.modules drops
// it, then its globals go in the garbage collection that follows): cyclic garbage is collected;
// __main__'s globals are released in dict order, then every other module's, in reverse order of
// sys.modules (what was imported later goes first). As in CPython, where a module dict being deallocated still holds
// its entries while its values are released, a __del__ running during the release still reads the
// module's globals: each value is released in place and the dict emptied afterwards (without a
// second release); cycles the release left unreachable are collected before the dict is emptied,
// as CPython's collector finalises all its garbage before clearing any. sys and builtins are left as they are (CPython clears them last).
//
// Runs on the main thread with no other Python thread alive; with daemon threads still running
// (CPython would freeze them) nothing is released, since they may still read those globals.
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime.Gc;

namespace Vm.Runtime;

public static class ModuleFinalization<TSync> where TSync : struct, ISyncPolicy
{
    public static void Run(PyThreadState ts)
    {
        var rt = ts.Rt;
        if (rt.Threads.Count > 1 || !rt.ExitFinalizationNeeded) return;
        DeleteSpecial(ts);
        CycleCollector<TSync>.Collect(ts);
        var modules = rt.Modules.Snapshot();
        var order = new List<PyModule>(modules.Count);
        foreach (var kv in modules)
            if (kv.Value is PyModule { Name: "__main__" } main) order.Add(main);
        for (int i = modules.Count - 1; i >= 0; i--)
            if (modules[i].Value is PyModule { Name: not ("__main__" or "sys" or "builtins") } m && !order.Contains(m)) order.Add(m);
        foreach (var m in order)
            if (m.Dict is { } d) ReleaseGlobals(ts, m, d);
        CycleCollector<TSync>.Collect(ts);
    }

    private static void ReleaseGlobals(PyThreadState ts, PyModule m, PyDict d)
    {
        var items = d.Snapshot();
        var children = new List<PyObject>();
        long candidates = ts.Rt.Gc.YoungCount(ts.Rt);
        foreach (var kv in items)
        {
            var v = kv.Value;
            ObjectLifecycle<TSync>.DecRef(ts, v);
            // Functions and classes of the module are immortal here (deferred counting), so the
            // release above did not free them as CPython would: release what they hold (class
            // attributes, function attributes, default values). Deallocation keeps .NET
            // references and the dicts keep their entries, so the class and the function still
            // work for a later __del__.
            if (v.IsImmortal && DefinedIn(ts, v, m, d))
            {
                if (v is PyType t) ReleaseValuesInPlace(ts, t.Dict, classDict: true);
                if (v is PyFunction { Dict: { } fd }) ReleaseValuesInPlace(ts, fd, classDict: false);
                children.Clear();
                v.CollectChildren(children);
                foreach (var c in children) ObjectLifecycle<TSync>.DecRef(ts, c);
            }
        }
        // Cycles the release left unreachable are finalised while the globals are still readable
        // (CPython's collector runs every finaliser of the garbage before it clears anything). A
        // released value is not a counted child of the dict any more: should the dict be in the
        // collector's graph, the value's count comes out negative, which keeps it alive (safe).
        // Only a release that left some count above zero (a new candidate) can have made a cycle.
        if (ts.Rt.Gc.YoungCount(ts.Rt) != candidates) CycleCollector<TSync>.Collect(ts);
        TSync.Lock(ts, d);
        try
        {
            d.ClearLockHeld();
        }
        finally
        {
            TSync.Unlock(ts, d);
        }
        foreach (var kv in items) ObjectLifecycle<TSync>.DecRef(ts, kv.Key);
    }

    // CPython's finalize_modules_delete_special: places where user values hide are cleared first.
    private static readonly string[] s_sysDeletes =
        ["path", "argv", "ps1", "ps2", "last_exc", "last_type", "last_value", "last_traceback", "__interactivehook__", "meta_path"];

    private static void DeleteSpecial(PyThreadState ts)
    {
        var rt = ts.Rt;
        Set(ts, rt.BuiltinsDict, "_", rt.None);
        if (rt.Modules.GetStr(rt.Intern("sys")) is not PyModule { Dict: { } sys }) return;
        foreach (var name in s_sysDeletes) Set(ts, sys, name, rt.None);
        foreach (var name in (ReadOnlySpan<string>)["stdin", "stdout", "stderr"])
            Set(ts, sys, name, sys.GetStr(rt.Intern("__" + name + "__")) ?? rt.None);
    }

    private static void Set(PyThreadState ts, PyDict d, string name, PyObject value)
    {
        try
        {
            DictOps<TSync>.SetItem(ts, d, ts.Rt.Intern(name), value);
        }
        catch (PyException)
        {
            // A failing __del__ of the old value was reported; shutdown goes on.
        }
    }

    private static void ReleaseValuesInPlace(PyThreadState ts, PyDict d, bool classDict)
    {
        foreach (var kv in d.Snapshot())
        {
            if (classDict) TSync.OnClassAttributeRemoving(ts, kv.Value);
            ObjectLifecycle<TSync>.DecRef(ts, kv.Value);
        }
    }

    private static bool DefinedIn(PyThreadState ts, PyObject v, PyModule m, PyDict d) => v switch
    {
        PyFunction f => ReferenceEquals(f.Globals, d),
        PyType { IsHeapType: true } t => t.Dict.GetStr(ts.Rt.Intern("__module__")) is PyStr s && s.Value == m.Name,
        _ => false,
    };
}
