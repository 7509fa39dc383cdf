// Deallocation: what happens when an object's reference count reaches zero
// (DESIGN.md, "The object header"; the convention is in Objects/PyObject.cs).
//
// TSync.TryClaimDealloc makes deallocation happen exactly once even when two threads race to it.
// Children are released iteratively through a per-thread worklist, so freeing a long linked
// structure never recurses on the .NET stack.
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime.Gc;

namespace Vm.Runtime;

public static class ObjectLifecycle<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Counted store: the new value gains a reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyThreadState ts, PyObject o)
    {
        if (!o.IsImmortal) TSync.IncRef(ts, o);
    }

    /// <summary>A counted reference goes away; deallocates at zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DecRef(PyThreadState ts, PyObject o)
    {
        if (o.IsImmortal) return;
        if (TSync.DecRef(ts, o)) Deallocate(ts, o);
        else GcCandidates.Note(ts, o);
    }

    /// <summary>An uncounted (stack) reference is dropped: deallocates a floating object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DropBorrowed(PyThreadState ts, PyObject o)
    {
        if (o.IsImmortal) return;
        if (TSync.IsFloating(ts, o)) Deallocate(ts, o);
        else GcCandidates.Note(ts, o);
    }

    /// <summary>Runs finalisation and releases children. Safe to call more than once: only the first claim acts.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Deallocate(PyThreadState ts, PyObject o)
    {
        if (!TSync.TryClaimDealloc(ts, o)) return;
        if ((o.FlagBits & (int)ObjectFlags.GcBuffered) != 0) GcCandidates.NoteFreed(ts, o);
        var rt = ts.Rt;
        // A weak reference that dies before its referent never calls its callback (CPython's weakref_dealloc).
        if (o is PyWeakRef wr) wr.Callback = null;
        if (o.Type.HasFinalizer || (o.FlagBits & (int)ObjectFlags.HasWeakRefs) != 0)
        {
            rt.Finalize(ts, o);
            // __del__ may have resurrected the object (stored it somewhere): then it lives on.
            if (!TSync.IsFloating(ts, o))
            {
                Interlocked.And(ref o.FlagBits, ~(int)ObjectFlags.Dead);
                return;
            }
        }
        if ((o.FlagBits & (int)ObjectFlags.HasId) != 0) rt.ForgetId(o);
        var sink = ts.DeallocScratch ??= new List<PyObject>();
        int start = sink.Count;
        o.CollectChildren(sink);
        if (ts.DeallocDepth > 0) return; // an outer Deallocate drains the worklist
        ts.DeallocDepth++;
        try
        {
            while (sink.Count > start)
            {
                var child = sink[^1];
                sink.RemoveAt(sink.Count - 1);
                if (!child.IsImmortal && TSync.DecRef(ts, child)) Deallocate(ts, child);
            }
        }
        finally
        {
            ts.DeallocDepth--;
        }
    }
}
