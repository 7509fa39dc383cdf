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
    /// The outermost deallocation of an exact list, tuple or dict releases its items straight from its
    /// array, last first, draining what each freed item adds to the worklist before the next:
    /// the order in which the worklist would have released them (CollectChildren adds them first
    /// to last and the drain pops from the end), without pushing every item (a covariant-checked
    /// List&lt;PyObject&gt;.Add each) only to pop it again. Immortal items (small ints, interned
    /// strings, None) are skipped, as the drain skips them.
    /// </summary>
    private static bool ReleaseItemsDirectly(PyThreadState ts, PyObject o, List<PyObject> sink, int start)
    {
        PyObject?[] items;
        int n;
        if (o.GetType() == typeof(PyList))
        {
            var l = Unsafe.As<PyList>(o);
            items = l._items;
            n = Math.Min(l._size, items.Length);
        }
        else if (o.GetType() == typeof(PyTuple))
        {
            items = Unsafe.As<PyTuple>(o).Items;
            n = items.Length;
        }
        else if (o.GetType() == typeof(PyDict))
        {
            ReleaseEntriesDirectly(ts, Unsafe.As<PyDict>(o)._table, sink, start);
            return true;
        }
        else return false;
        ts.DeallocDepth++;
        try
        {
            for (int i = n - 1; i >= 0; i--) ReleaseChild(ts, items[i], sink, start);
        }
        finally
        {
            ts.DeallocDepth--;
        }
        return true;
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
