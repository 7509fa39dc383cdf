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
        // An exact int, float, str, bytes or complex (a replaced counter value, a dropped key)
        // has no children: nothing more to release.
        if (GcCandidates.CannotHoldReferences(o)) return;
        var sink = ts.DeallocScratch ??= new List<PyObject>();
        int start = sink.Count;
        if (ts.DeallocDepth == 0 && ReleaseItemsDirectly(ts, o, sink, start)) return;
        o.CollectChildren(sink);
        // A list's items or a dict's entries are on the worklist now (with their counts): the
        // storage may go to the thread's pool, when the sync policy says (Pools/DeadStorage.cs).
        TSync.RetireStorage(ts, o);
        if (ts.DeallocDepth > 0) return; // an outer Deallocate drains the worklist
        ts.DeallocDepth++;
        try
        {
            Drain(ts, sink, start);
        }
        finally
        {
            ts.DeallocDepth--;
        }
    }

    /// <summary>
    /// Frees a floating exact tuple whose items the caller keeps (UNPACK_SEQUENCE of `a, b = f()`:
    /// they go on the value stack, uncounted): the tuple's counts on them are given up without
    /// releasing them, which is what Deallocate between an IncRef and a DecRefNoDealloc of every
    /// item amounts to (a tuple has no finalizer and no weak references), without the worklist.
    /// </summary>
    public static void FreeTupleKeepingItems(PyThreadState ts, PyTuple t)
    {
        if (!TSync.TryClaimDealloc(ts, t)) return;
        if ((t.FlagBits & (int)ObjectFlags.GcBuffered) != 0) GcCandidates.NoteFreed(ts, t);
        if ((t.FlagBits & (int)ObjectFlags.HasId) != 0) ts.Rt.ForgetId(t);
        foreach (var x in t.Items) if (!x.IsImmortal) TSync.DecRefNoDealloc(ts, x);
    }

    /// <summary>Releases the worklist down to <paramref name="start"/>, last in first out.</summary>
    private static void Drain(PyThreadState ts, List<PyObject> sink, int start)
    {
        while (sink.Count > start)
        {
            var child = sink[^1];
            sink.RemoveAt(sink.Count - 1);
            if (!child.IsImmortal && TSync.DecRef(ts, child)) Deallocate(ts, child);
        }
    }

    /// <summary>
    /// The outermost deallocation of an exact list or tuple releases its items straight from its
    /// array, last first, draining what each freed item adds to the worklist before the next:
    /// the order in which the worklist would have released them (CollectChildren adds them first
    /// to last and the drain pops from the end), without pushing every item (a covariant-checked
    /// List&lt;PyObject&gt;.Add each) only to pop it again. Immortal items (small ints, interned
    /// strings, None) are skipped, as the drain skips them. An exact dict: ReleaseEntriesDirectly;
    /// an exact instance: ReleaseInstanceDirectly.
    /// </summary>
    private static bool ReleaseItemsDirectly(PyThreadState ts, PyObject o, List<PyObject> sink, int start)
    {
        PyObject?[] items;
        int n;
        // o.GetType() compared each time: one method-table test each (kept in a local it is a call of Object.GetType).
        if (o.GetType() == typeof(PyList))
        {
            var l = Unsafe.As<PyList>(o);
            items = l._items;
            n = Math.Min(l._size, items.Length);
            ReleaseArray(ts, items, n, lastFirst: true, sink, start);
            // after the release: __del__ of an item never sees the array pooled
            TSync.RetireStorage(ts, l);
            return true;
        }
        else if (o.GetType() == typeof(PyTuple))
        {
            items = Unsafe.As<PyTuple>(o).Items;
            n = items.Length;
        }
        else if (o.GetType() == typeof(PyDict))
        {
            ReleaseDict(ts, Unsafe.As<PyDict>(o), sink, start);
            return true;
        }
        else if (o.GetType() == typeof(PyInstance)) return ReleaseInstanceDirectly(ts, Unsafe.As<PyInstance>(o), sink, start);
        else return false;
        ReleaseArray(ts, items, n, lastFirst: true, sink, start);
        return true;
    }

    /// <summary>Releases items[0..n), last first or first to last, draining what each freed item adds to the worklist.</summary>
    private static void ReleaseArray(PyThreadState ts, PyObject?[] items, int n, bool lastFirst, List<PyObject> sink, int start)
    {
        ts.DeallocDepth++;
        try
        {
            for (int k = 0; k < n; k++) ReleaseChild(ts, items[lastFirst ? n - 1 - k : k], sink, start);
        }
        finally
        {
            ts.DeallocDepth--;
        }
    }

    /// <summary>
    /// ReleaseItemsDirectly for an exact PyInstance that keeps its attributes in one array: inline
    /// values (no __slots__ storage) or __slots__ storage (no inline values, no __dict__). Its
    /// CollectChildren adds such an array last first, so the drain releases it first to last: so
    /// does this. An instance with both, or a materialised __dict__, takes the worklist (false).
    /// </summary>
    private static bool ReleaseInstanceDirectly(PyThreadState ts, PyInstance inst, List<PyObject> sink, int start)
    {
        var items = inst.Slots;
        var dv = inst._dictOrValues;
        if (dv != null)
        {
            if (items != null || dv.GetType() != typeof(PyObject[])) return false;
            items = Unsafe.As<PyObject?[]>(dv);
        }
        if (items != null) ReleaseArray(ts, items, items.Length, lastFirst: false, sink, start);
        return true;
    }

    /// <summary>
    /// Releases a dead dict's entries (<see cref="ReleaseEntriesDirectly"/>). The dict keeps its table
    /// (a reader that loaded it before its death still finds what it held); afterwards the table is
    /// offered to the sync policy for reuse (Pools/DeadStorage.cs: on the free-threaded backend it
    /// waits for every other thread's quiescent report, Vm.FreeThreaded/Qsbr.cs).
    /// </summary>
    private static void ReleaseDict(PyThreadState ts, PyDict d, List<PyObject> sink, int start)
    {
        ReleaseEntriesDirectly(ts, d._table, sink, start);
        TSync.RetireStorage(ts, d);
    }

    /// <summary>
    /// An exact dict's entries, released as <see cref="PyDict.CollectChildren"/> and the drain
    /// would: first entry first, key before value.
    /// </summary>
    private static void ReleaseEntriesDirectly(PyThreadState ts, DictTable t, List<PyObject> sink, int start)
    {
        ts.DeallocDepth++;
        try
        {
            int n = Math.Min(t.Count, t.Entries.Length);
            for (int j = 0; j < n; j++)
            {
                var k = t.Entries[j].Key;
                if (k == null) continue;
                var v = t.Entries[j].Value;
                ReleaseChild(ts, k, sink, start);
                ReleaseChild(ts, v, sink, start);
            }
        }
        finally
        {
            ts.DeallocDepth--;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ReleaseChild(PyThreadState ts, PyObject? child, List<PyObject> sink, int start)
    {
        if (child is null || child.IsImmortal) return;
        if (TSync.DecRef(ts, child))
        {
            Deallocate(ts, child);
            Drain(ts, sink, start);
        }
    }
}
