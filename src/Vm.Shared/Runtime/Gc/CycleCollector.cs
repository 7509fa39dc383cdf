// The cycle collector: frees unreachable reference cycles, which counting alone never frees
// (CPython: Python/gc.c and gc_free_threading.c; the candidate set as in Bacon and Rajan's
// synchronous cycle collector, see GcCandidates.cs).
//
// ALGORITHM (one collection).
//  1. With the world stopped (free-threaded: StopTheWorld; GIL: holding the GIL is enough), take
//     every thread's buffered candidates. The graph is everything reachable from them through
//     PyObject.CollectChildren (our tp_traverse: it lists exactly the counted references an object
//     holds, the ones deallocation releases), restricted to counted, not yet freed objects.
//     Immortal and deferred objects (types, modules, functions without a closure) end the walk.
//  2. gc_refs = count - references from inside the graph. An object with gc_refs > 0 is referenced
//     from outside (a frame's local, a module dict, an immortal object, ...). So is any object
//     whose count is 0 (it is held only by an uncounted reference: a value stack or a .NET local),
//     any value found in a frame's value stack (those references are uncounted), and any object
//     whose gc_refs is negative (a miscount: never free what we do not understand). Everything
//     reachable from those is alive; the rest is garbage.
//  3. Weak references to garbage are cleared; their callbacks (only for weak references that are
//     themselves alive) are collected. Then the world restarts.
//  4. Callbacks run, then __del__ of every garbage object not finalised yet (PEP 442: at most
//     once per object; a generator is closed).
//  5. Finalisers may have resurrected objects (stored them somewhere reachable). The world is
//     stopped again and step 2 repeats on the garbage alone: anything referenced from outside it,
//     and everything it reaches, survives (finalised, so __del__ will not run again).
//  6. The rest is freed: each object is marked dead and drops its references to objects outside
//     the garbage (references inside it die with it), which may free those by counting.
//
// SAFETY. The collector can only be wrong where a reference is uncounted and invisible to it: a
// .NET local of native code holding an object whose other references are all inside a garbage
// cycle, across a call back into Python that collects. The eval loop's own stacks are scanned,
// and automatic collections run only at eval-breaker checks (between instructions).
//
// BIASED COUNTS (free-threaded). TSync.RefCount sums the owner's local and the shared count and
// accounts for the queued state; with the world stopped no thread changes either, and a queued
// object's pending merge is a counted reference the sum already includes. Freeing marks the
// object dead first, so a later merge that reaches zero finds it claimed and does nothing.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime.Gc;

public static class CycleCollector<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Runs one full collection; returns the number of unreachable objects found (CPython's gc.collect() value).</summary>
    public static long Collect(PyThreadState ts)
    {
        var rt = ts.Rt;
        var st = rt.Gc;
        // One collection at a time; a collection requested from a finaliser of the running one
        // (or from another thread meanwhile) returns 0, as CPython's does.
        if (Interlocked.CompareExchange(ref st.Collecting, 1, 0) != 0) return 0;
        try
        {
            InvokeCallbacks(ts, "start", 0);
            var found = CollectLocked(ts);
            InvokeCallbacks(ts, "stop", found);
            return found;
        }
        finally
        {
            Volatile.Write(ref st.Collecting, 0);
        }
    }

    /// <summary>The eval breaker's GcScheduled bit: an automatic collection (when enabled).</summary>
    public static void CollectAutomatic(PyThreadState ts)
    {
        ts.ClearEvalBreakerBit(EvalBreakerBits.GcScheduled);
        if (ts.Rt.Gc.Enabled) Collect(ts);
    }

    private static long CollectLocked(PyThreadState ts)
    {
        var rt = ts.Rt;
        var st = rt.Gc;
        GcGraph graph;
        List<PyWeakRef> weakCallbacks;
        int framesWalked;
        rt.StopTheWorld(ts);
        try
        {
            graph = GcGraph.Build(TakeCandidates(rt));
            graph.ComputeExternal(static o => TSync.RefCount(o));
            framesWalked = AddStackRoots(rt, graph);
            graph.MarkReachable();
            weakCallbacks = ClearWeakRefs(rt, graph);
        }
        finally
        {
            rt.StartTheWorld(ts);
        }
        var garbage = graph.Unreachable();
        // What only a value stack or a .NET local kept alive stays a candidate: the drop of that
        // uncounted reference may be what makes it garbage.
        foreach (var o in graph.HeldUncounted)
            if ((o.FlagBits & (int)ObjectFlags.Dead) == 0) GcCandidates.Keep(ts, o);
        st.Collections++;
        // The next automatic collection waits for a quarter of what this one traversed and kept
        // (GcState.ShouldCollect); the re-buffered objects above are not young.
        st.LongLived = graph.Count - garbage.Count + framesWalked;
        if (garbage.Count == 0) return 0;

        foreach (var r in weakCallbacks) CallWeakCallback(ts, r);
        foreach (var o in garbage)
            if ((o.FlagBits & (int)(ObjectFlags.Dead | ObjectFlags.Finalized)) == 0 && o.Type.HasFinalizer)
                Finalization<TSync>.Run(ts, o);

        List<PyObject> doomed;
        rt.StopTheWorld(ts);
        try
        {
            // Finalisers may have freed some garbage by counting, or resurrected some.
            var again = GcGraph.Build(garbage.Where(o => (o.FlagBits & (int)ObjectFlags.Dead) == 0), within: true);
            again.ComputeExternal(static o => TSync.RefCount(o));
            AddStackRoots(rt, again);
            again.MarkReachable();
            doomed = again.Unreachable();
            foreach (var o in doomed) Interlocked.Or(ref o.FlagBits, (int)(ObjectFlags.Dead | ObjectFlags.Finalized));
        }
        finally
        {
            rt.StartTheWorld(ts);
        }
        st.Collected += doomed.Count;
        foreach (var o in doomed)
            if ((o.FlagBits & (int)ObjectFlags.HasId) != 0) rt.ForgetId(o);
        if ((st.Debug & GcState.DebugSaveAll) != 0 && st.Garbage != null)
        {
            foreach (var o in doomed) ListOps<TSync>.Append(ts, st.Garbage, o);
            return garbage.Count;
        }
        Release(ts, doomed);
        return garbage.Count;
    }

    private static List<PyObject> TakeCandidates(PyRuntime rt)
    {
        var all = new List<PyObject>();
        foreach (var t in rt.Threads.Values)
        {
            var buf = Interlocked.Exchange(ref t.GcCandidates, null);
            if (buf != null) all.AddRange(buf);
            t.GcYoungLocal = 0;
            t.GcBufferedFreed = 0;
        }
        var orphans = rt.Gc.TakeOrphans();
        if (orphans != null) all.AddRange(orphans);
        foreach (var o in all) Interlocked.And(ref o.FlagBits, ~(int)ObjectFlags.GcBuffered);
        Interlocked.Exchange(ref rt.Gc.Young, 0);
        return all;
    }

    /// <summary>Uncounted references the graph cannot see: value stacks of running frames, the
    /// exceptions a thread holds, and the value stacks of suspended generators in the graph.</summary>
    /// <returns>The number of frames walked (part of a collection's cost).</returns>
    private static int AddStackRoots(PyRuntime rt, GcGraph graph)
    {
        int frames = 0;
        foreach (var t in rt.Threads.Values)
        {
            graph.AddRoot(t.HandledException);
            graph.AddRoot(t.CurrentException);
            graph.AddRoot(t.AsyncException);
            for (var f = t.Frame; f != null; f = f.Back, frames++) AddFrameRoots(graph, f, wholeFrame: true);
        }
        for (int i = 0; i < graph.Count; i++)
            if (graph.Node(i) is PyGenerator g) AddFrameRoots(graph, g.Frame, wholeFrame: false);
        return frames;
    }

    private static void AddFrameRoots(GcGraph graph, Frame f, bool wholeFrame)
    {
        // The eval loop stores its stack pointer into f.Sp before every instruction that may run
        // Python code (calls, the eval breaker), so [StackBase, Sp) is the live stack; slots above
        // it are stale and would keep dead objects alive.
        var slots = f.Slots;
        int top = Math.Min(f.Sp, slots.Length);
        for (int i = wholeFrame ? 0 : f.StackBase; i < top; i++) graph.AddRoot(slots[i]);
        graph.AddRoot(f.Locals);
        graph.AddRoot(f.Generator);
    }

    /// <summary>Clears the weak references to garbage; returns those whose callbacks must run
    /// (CPython runs a callback only when the weak reference itself survives).</summary>
    private static List<PyWeakRef> ClearWeakRefs(PyRuntime rt, GcGraph graph)
    {
        var callbacks = new List<PyWeakRef>();
        for (int i = 0; i < graph.Count; i++)
        {
            if (graph.IsReachable(i)) continue;
            var o = graph.Node(i);
            if ((o.FlagBits & (int)ObjectFlags.HasWeakRefs) == 0) continue;
            if (!rt.WeakRefTable.TryGetValue(o, out var list)) continue;
            PyWeakRef[] refs;
            lock (list)
            {
                refs = list.ToArray();
                list.Clear();
            }
            for (int k = refs.Length - 1; k >= 0; k--)
            {
                var r = refs[k];
                if (r.Dead) continue;
                r.Dead = true;
                if (r.Callback != null && !ReferenceEquals(r.Callback, rt.None) && !graph.IsGarbage(r)) callbacks.Add(r);
            }
        }
        return callbacks;
    }

    private static void CallWeakCallback(PyThreadState ts, PyWeakRef r)
    {
        var cb = r.Callback!;
        try
        {
            Ops<TSync>.Call(ts, cb, [r], null);
        }
        catch (PyException e)
        {
            ts.Rt.Stderr.WriteLine($"Exception ignored in: {Ops<TSync>.ReprValue(ts, cb)}");
            Tracebacks<TSync>.Print(ts, e.Value, ts.Rt.Stderr);
        }
    }

    /// <summary>Frees the doomed objects (already marked dead): each drops its references to
    /// objects outside the set; references inside it die with it (CPython's tp_clear pass).</summary>
    private static void Release(PyThreadState ts, List<PyObject> doomed)
    {
        var set = new HashSet<PyObject>(doomed, ReferenceEqualityComparer.Instance);
        var children = new List<PyObject>();
        foreach (var o in doomed)
        {
            children.Clear();
            o.CollectChildren(children);
            for (int i = children.Count - 1; i >= 0; i--)
            {
                var c = children[i];
                if (!set.Contains(c)) ObjectLifecycle<TSync>.DecRef(ts, c);
            }
        }
    }

    private static void InvokeCallbacks(PyThreadState ts, string phase, long collected)
    {
        var cbs = ts.Rt.Gc.Callbacks;
        if (cbs == null || cbs.Count == 0) return;
        var rt = ts.Rt;
        var info = Ops<TSync>.NewDict(ts);
        DictOps<TSync>.SetItem(ts, info, rt.NewStr("generation"), rt.NewInt(2));
        DictOps<TSync>.SetItem(ts, info, rt.NewStr("collected"), rt.NewInt(collected));
        DictOps<TSync>.SetItem(ts, info, rt.NewStr("uncollectable"), rt.NewInt(0));
        foreach (var cb in cbs.ToArray<TSync>(ts))
        {
            try
            {
                Ops<TSync>.Call(ts, cb, [rt.NewStr(phase), info], null);
            }
            catch (PyException e)
            {
                rt.Stderr.WriteLine($"Exception ignored in: {Ops<TSync>.ReprValue(ts, cb)}");
                Tracebacks<TSync>.Print(ts, e.Value, rt.Stderr);
            }
        }
        ObjectLifecycle<TSync>.DropBorrowed(ts, info);
    }
}
