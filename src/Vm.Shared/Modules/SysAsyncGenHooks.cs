// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks: the current thread's firstiter and finalizer hooks
// (PyThreadState.AsyncGenFirstIter/AsyncGenFinalizer, counted references). An async generator takes
// them at its first step (AsyncGenerators.InitHooks) and its finalizer runs instead of the plain close
// when it is collected unfinished (Finalization.cs). Per thread, as CPython's: only the thread's own
// code reads or writes them, so they need no lock on either backend.
using Vm.Builtins;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Modules;

internal static class SysAsyncGenHooks<TSync> where TSync : struct, ISyncPolicy
{
    public static void Install(PyThreadState ts, PyDict d)
    {
        var rt = ts.Rt;
        var hooksType = StructSeq<TSync>.CreateType(ts, "asyncgen_hooks", ["firstiter", "finalizer"]);
        Def.Function(rt, d, "set_asyncgen_hooks", (ts2, a, kw) =>
        {
            var b = Args.Bind(ts2, "set_asyncgen_hooks", a, kw, ["firstiter", "finalizer"], 0);
            PyObject? firstIter = b[0], finalizer = b[1];
            // CPython checks (and sets) the finalizer first.
            Check(ts2, finalizer, "finalizer");
            Check(ts2, firstIter, "firstiter");
            if (finalizer != null) Replace(ts2, ref ts2.AsyncGenFinalizer, finalizer);
            if (firstIter != null) Replace(ts2, ref ts2.AsyncGenFirstIter, firstIter);
            return ts2.Rt.None;
        }, "sys");
        Def.Function(rt, d, "get_asyncgen_hooks", (ts2, a, kw) =>
        {
            Args.NoKwargs(ts2, "get_asyncgen_hooks", kw);
            Args.Count(ts2, "get_asyncgen_hooks", a.Length, 0, 0);
            var none = ts2.Rt.None;
            var first = ts2.AsyncGenFirstIter ?? none;
            var fin = ts2.AsyncGenFinalizer ?? none;
            ObjectLifecycle<TSync>.IncRef(ts2, first); // the tuple's counted references
            ObjectLifecycle<TSync>.IncRef(ts2, fin);
            return new PyTuple(hooksType, [first, fin]);
        }, "sys");
    }

    private static void Check(PyThreadState ts, PyObject? hook, string name)
    {
        if (hook != null && !ReferenceEquals(hook, ts.Rt.None) && !Ops<TSync>.IsCallable(ts, hook))
            throw ts.Rt.TypeError($"callable {name} expected, got {hook.Type.Name}");
    }

    /// <summary>Stores <paramref name="hook"/> (None: no hook) in <paramref name="field"/>, counting it, and releases the old one.</summary>
    private static void Replace(PyThreadState ts, ref PyObject? field, PyObject hook)
    {
        var value = ReferenceEquals(hook, ts.Rt.None) ? null : hook;
        if (value != null) ObjectLifecycle<TSync>.IncRef(ts, value);
        var old = field;
        field = value;
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }
}
