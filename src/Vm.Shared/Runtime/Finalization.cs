// __del__ and weak-reference callbacks, run when an object's count reaches zero.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class Finalization<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>o's finaliser (__del__, or a suspended generator's close) and its weak references'
    /// callbacks, in CPython's order: an instance's __del__ first (subtype_dealloc: tp_finalize, then
    /// PyObject_ClearWeakRefs; one that __del__ resurrected keeps its weak references), a generator's
    /// callbacks first (gen_dealloc). The cycle collector clears the weak references of garbage
    /// before it runs finalisers, as CPython's gc does.</summary>
    public static void Run(PyThreadState ts, PyObject o)
    {
        if (o is PyGenerator && (o.FlagBits & (int)ObjectFlags.HasWeakRefs) != 0) WeakRefs<TSync>.ClearAndCallback(ts, o);
        if (o.Type.HasFinalizer && (Interlocked.Or(ref o.FlagBits, (int)ObjectFlags.Finalized) & (int)ObjectFlags.Finalized) == 0)
        {
            RunFinalizer(ts, o);
            if (!TSync.IsFloating(ts, o)) return; // resurrected (ObjectLifecycle.Deallocate sees it too)
        }
        if ((o.FlagBits & (int)ObjectFlags.HasWeakRefs) != 0) WeakRefs<TSync>.ClearAndCallback(ts, o);
    }

    private static void RunFinalizer(PyThreadState ts, PyObject o)
    {
        if (o is PyGenerator g)
        {
            // An async generator that took a finalizer hook (sys.set_asyncgen_hooks) and is not
            // finished is handed to it instead (an event loop schedules its aclose()), as CPython's
            // _PyGen_Finalize does; otherwise a generator deallocated while suspended is closed
            // (its finally blocks and context managers run).
            if (g.Kind == GeneratorKind.AsyncGenerator && AsyncGenerators<TSync>.TakeFinalizer(g) is { } finalizer)
            {
                if (!g.Frame.Finished && !g.AsyncClosed) RunReported(ts, o, finalizer, hook: true);
                ObjectLifecycle<TSync>.DecRef(ts, finalizer);
            }
            else if (g.Started && !g.Frame.Finished && g.Running == 0) RunReported(ts, o, null);
            else if (g.Kind == GeneratorKind.Coroutine && !g.Started && !g.Frame.Finished) AsyncGenerators<TSync>.WarnNeverAwaited(ts, g);
            if (Interlocked.Exchange(ref g.YieldFromHold, null) is { } held) ObjectLifecycle<TSync>.DecRef(ts, held);
            return;
        }
        var del = o.Type.Lookup(ts.Rt.S.__del__);
        if (del != null) RunReported(ts, o, del);
    }

    /// <summary>Runs o's __del__ (or closes the generator o when <paramref name="del"/> is null)
    /// with o kept alive and the thread's exception state preserved; an error is reported on
    /// stderr as CPython's "Exception ignored in: ..." and not raised.</summary>
    private static void RunReported(PyThreadState ts, PyObject o, PyObject? del, bool hook = false)
    {
        var rt = ts.Rt;
        var savedCur = ts.CurrentException;
        var savedHandled = ts.HandledException;
        // An exception pending while o dies (a failed callee's, before its caller raises it) is
        // not __del__'s: a builtin type's FastCall reads a set CurrentException as its own raise.
        ts.CurrentException = null;
        // Keep the object alive (count 1) while it finalises, so it is not deallocated re-entrantly.
        TSync.IncRef(ts, o);
        try
        {
            if (hook) Ops<TSync>.Call(ts, del!, [o], null);
            else if (del != null) Ops<TSync>.CallMethodDescr(ts, del, o, []);
            else Generators<TSync>.Close(ts, (PyGenerator)o);
        }
        catch (PyException e)
        {
            try
            {
                // CPython names the __del__ function itself ("<function A.__del__ at ...>").
                var where = hook ? o : del ?? o;
                rt.Stderr.WriteLine($"Exception ignored in: {Ops<TSync>.ReprValue(ts, where)}");
                Tracebacks<TSync>.Print(ts, e.Value, rt.Stderr);
            }
            catch (PyException)
            {
            }
        }
        finally
        {
            TSync.DecRefNoDealloc(ts, o);
            ts.CurrentException = savedCur;
            ts.HandledException = savedHandled;
        }
    }
}

/// <summary>Weak references: the registry of refs per object, cleared when the object dies.</summary>
public static class WeakRefs<TSync> where TSync : struct, ISyncPolicy
{
    public static PyWeakRef Create(PyThreadState ts, PyType type, PyObject target, PyObject? callback)
    {
        long h = 0;
        var r = new PyWeakRef(type, target, callback, h);
        if (callback != null) ts.Rt.ExitFinalizationNeeded = true;
        var list = ts.Rt.WeakRefTable.GetValue(target, _ => new List<PyWeakRef>());
        lock (list) list.Add(r);
        Interlocked.Or(ref target.FlagBits, (int)ObjectFlags.HasWeakRefs);
        return r;
    }

    public static int Count(PyThreadState ts, PyObject target)
    {
        if (!ts.Rt.WeakRefTable.TryGetValue(target, out var list)) return 0;
        lock (list) return list.Count(r => !r.Dead);
    }

    public static void ClearAndCallback(PyThreadState ts, PyObject o)
    {
        if (!ts.Rt.WeakRefTable.TryGetValue(o, out var list)) return;
        PyWeakRef[] refs;
        lock (list)
        {
            refs = list.ToArray();
            list.Clear();
        }
        foreach (var r in refs) r.Dead = true;
        for (int i = refs.Length - 1; i >= 0; i--)
        {
            var cb = refs[i].Callback;
            if (cb == null || ReferenceEquals(cb, ts.Rt.None)) continue;
            try
            {
                Ops<TSync>.Call(ts, cb, [refs[i]], null);
            }
            catch (PyException e)
            {
                ts.Rt.Stderr.WriteLine($"Exception ignored in: {Ops<TSync>.ReprValue(ts, cb)}");
                Tracebacks<TSync>.Print(ts, e.Value, ts.Rt.Stderr);
            }
        }
    }
}
