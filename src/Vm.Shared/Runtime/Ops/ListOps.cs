// list operations: mutations hold the list's critical section; reads are lock-free
// (Objects/PyList.cs). Unlock before decref: released items may run __del__. Every section here
// whose body is plain array work is a leaf section (TSync.LockLeaf: no Python code, no blocking
// inside; ISyncPolicy.cs): append, insert, pop, del, clear, extend (ExtendUnshared gathers its items
// before the section; Extend appends item by item), item and slice stores, slicing, reverse, `*=`, sort's detach and re-attach.
// Raising IndexError/ValueError/MemoryError inside one builds a builtin exception and runs no
// Python code. Only the locked retry of a racing read (GetIndexLocked) keeps a full section.
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class ListOps<TSync> where TSync : struct, ISyncPolicy
{
    public static void Append(PyThreadState ts, PyList l, PyObject v)
    {
        ObjectLifecycle<TSync>.IncRef(ts, v);
        TSync.LockLeaf(ts, l);
        l.AppendLockHeld<TSync>(ts, v);
        TSync.UnlockLeaf(ts, l);
    }

    /// <summary>
    /// A consistent copy of the items, taken under the list's critical section (CPython copies
    /// under it too): removals shift items in place, so an unlocked copy racing with a pop could
    /// hold one item twice and miss another.
    /// </summary>
    public static PyObject[] Snapshot(PyThreadState ts, PyList l)
    {
        TSync.LockLeaf(ts, l); // a copy of the array: a leaf section
        try
        {
            return l.ToArrayLockHeld();
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    public static PyObject GetIndex(PyThreadState ts, PyList l, long i) =>
        GetIndexOrNull(ts, l, i) ?? throw IndexOutOfRange(ts);

    public static PyException IndexOutOfRange(PyThreadState ts) => ts.Rt.IndexError("list index out of range");

    /// <summary>l[i], or null when i is out of range (the caller raises <see cref="IndexOutOfRange"/>).</summary>
    public static PyObject? GetIndexOrNull(PyThreadState ts, PyList l, long i)
    {
        int n = l.Count;
        long j = i < 0 ? i + n : i;
        if ((ulong)j >= (ulong)n) return null;
        return l.TryGetItem<TSync>(ts, (int)j) ?? GetIndexLocked(ts, l, i);
    }

    /// <summary>GetIndexOrNull after a race with a concurrent resize or removal: the same under
    /// the list's lock (out of line: a try region inlined into Eval keeps its locals on the stack,
    /// EvalLoopInliningTests).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? GetIndexLocked(PyThreadState ts, PyList l, long i)
    {
        TSync.Lock(ts, l);
        try
        {
            int n = l._size;
            long j = i < 0 ? i + n : i;
            if ((ulong)j >= (ulong)n) return null;
            return l._items[j]!;
        }
        finally
        {
            TSync.Unlock(ts, l);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static void SetIndex(PyThreadState ts, PyList l, long i, PyObject v)
    {
        PyObject? old;
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            long j = i < 0 ? i + n : i;
            if ((ulong)j >= (ulong)n) throw ts.Rt.IndexError("list assignment index out of range");
            ObjectLifecycle<TSync>.IncRef(ts, v);
            old = l._items[j];
            Volatile.Write(ref l._items[j], v);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>Removes and returns item i (floating), with CPython's errors.</summary>
    public static PyObject Pop(PyThreadState ts, PyList l, long i)
    {
        PyObject v;
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            if (n == 0) throw ts.Rt.IndexError("pop from empty list");
            long j = i < 0 ? i + n : i;
            if ((ulong)j >= (ulong)n) throw ts.Rt.IndexError("pop index out of range");
            v = l.RemoveAtLockHeld((int)j);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return v;
    }

    /// <summary>
    /// list.extend(x), `l += x`, list.__init__(x): CPython's list_extend. An exact list (the list
    /// itself too: a.extend(a) doubles it), an exact tuple or a range is copied first, as CPython's
    /// fast-sequence path does (iterating them runs no Python code, so nothing can see the
    /// difference). Any other iterable's items are appended one by one as the iterator produces
    /// them: a generator that reads the list sees the items appended so far, and one that raises
    /// leaves them appended. A generator's values are appended inside its run (ListAppendSink, see
    /// Interpreter/YieldSinks.cs), which is what one resume per value would do.
    /// </summary>
    public static void Extend(PyThreadState ts, PyList l, PyObject iterable)
    {
        var rt = ts.Rt;
        var tp = iterable.Type;
        if (tp == rt.ListType || tp == rt.TupleType || ReferenceEquals(iterable, l))
        {
            ExtendUnshared(ts, l, iterable);
            return;
        }
        if (iterable is PyRange)
        {
            Reserve(ts, l, 0); // CPython iterates a range: resized as below, even when it is empty
            ExtendUnshared(ts, l, iterable); // (no Python code runs, so gathering first is the same)
            return;
        }
        var it = Ops<TSync>.GetIter(ts, iterable);
        try
        {
            Reserve(ts, l, it is PyIterBase ib ? ib.LengthHint : 8);
            if (it is PyGenerator g)
            {
                var sink = new ListAppendSink<TSync>(l);
                while (Generators<TSync>.NextOrNull(ts, g, sink) is { } v) Append(ts, l, v);
            }
            else
            {
                while (Ops<TSync>.Next(ts, it) is { } v) Append(ts, l, v);
            }
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, iterable);
        }
    }

    /// <summary>
    /// CPython's list_extend_iter resizes the list for the iterator's length hint (8 without one)
    /// before the first item, so a list being sorted counts as modified (EndDetach) even when the
    /// iterator yields nothing. The hint is capped: a wrong one costs no more than 64K slots.
    /// </summary>
    private static void Reserve(PyThreadState ts, PyList l, int hint)
    {
        TSync.LockLeaf(ts, l);
        try
        {
            l.EnsureCapacityLockHeld<TSync>(ts, l._size + Math.Clamp(hint, 1, 1 << 16));
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    /// <summary>
    /// Extend for a list no Python code can reach yet (list(x), `[*a]`): the items are gathered
    /// first (Ops.ToArray, which drains a generator in one run), then appended in one section.
    /// </summary>
    public static void ExtendUnshared(PyThreadState ts, PyList l, PyObject iterable)
    {
        PyObject[] items = ReferenceEquals(iterable, l) ? Snapshot(ts, l) : Ops<TSync>.ToArray(ts, iterable);
        if (items.Length == 0) return; // nothing to add: the storage stays (a list being sorted is not modified)
        foreach (var v in items) ObjectLifecycle<TSync>.IncRef(ts, v);
        TSync.LockLeaf(ts, l);
        try
        {
            // An empty list takes a fresh copy as its storage (list(x)); a tuple's own array is not one.
            if (l._size == 0 && !ReferenceEquals(items, (iterable as PyTuple)?.Items))
                l.SetContentsLockHeld(items, items.Length);
            else
            {
                l.EnsureCapacityLockHeld<TSync>(ts, l._size + items.Length);
                foreach (var v in items) l.AppendLockHeld<TSync>(ts, v);
            }
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    /// <summary>LIST_EXTEND for `[*a]` / `f(*a)`: CPython's message for non-iterables.</summary>
    public static void ExtendForUnpack(PyThreadState ts, PyList l, PyObject iterable)
    {
        if (iterable is not (PyTuple or PyList) && !Ops<TSync>.IsIterable(ts, iterable))
            throw ts.Rt.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
        ExtendUnshared(ts, l, iterable);
    }

    /// <summary>Replaces the contents with `items` (already counted by the caller); releases the old ones.</summary>
    public static void ReplaceAll(PyThreadState ts, PyList l, PyObject[] items)
    {
        PyObject[] old;
        TSync.LockLeaf(ts, l);
        try
        {
            old = l.ToArrayLockHeld();
            l.SetContentsLockHeld(items, items.Length);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        foreach (var o in old) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    // -----------------------------------------------------------------------------------------
    // Operations used by the list type's methods (Builtins/Types/ContainerTypes.List.cs). Structural
    // changes happen under the lock (removals shift in place, see PyList.RemoveAtLockHeld; copies
    // are taken with Snapshot); Python code (__eq__, __del__) never runs with the lock held.
    // -----------------------------------------------------------------------------------------
    /// <summary>Item i (0 &lt;= i), or null when i is out of range. Lock-free, with a locked retry on a racing slot.</summary>
    public static PyObject? GetItemOrNull(PyThreadState ts, PyList l, long i)
    {
        if (i < 0) return null;
        if (i >= l.Count) return null;
        return l.TryGetItem<TSync>(ts, (int)i) ?? GetIndexLocked(ts, l, i);
    }

    /// <summary>
    /// Removes item j (0 &lt;= j &lt; size) with the lock held, shifting the rest down in place
    /// (see PyList.RemoveAtLockHeld for what a racing lock-free reader can see).
    /// </summary>
    public static PyObject RemoveAtLockHeld(PyList l, int j) => l.RemoveAtLockHeld(j);

    /// <summary>list.pop(i) with CPython's errors; the item is returned floating. O(1) for the last item.</summary>
    /// <summary>list.pop(i): the item, or null with IndexError pending (NativeFn's raise, no .NET throw).</summary>
    public static PyObject? PopAtOrNull(PyThreadState ts, PyList l, long i)
    {
        PyObject? v;
        int n;
        TSync.LockLeaf(ts, l);
        try
        {
            n = l._size;
            long j = i < 0 ? i + n : i;
            v = (ulong)j < (ulong)n ? RemoveAtLockHeld(l, (int)j) : null;
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        if (v == null) return ts.RaisePending(ts.Rt.IndexError(n == 0 ? "pop from empty list" : "pop index out of range"));
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return v;
    }

    /// <summary>list.insert with CPython's clamping of the index.</summary>
    public static void Insert(PyThreadState ts, PyList l, long where, PyObject v)
    {
        ObjectLifecycle<TSync>.IncRef(ts, v);
        TSync.LockLeaf(ts, l);
        try
        {
            long n = l._size;
            if (where < 0)
            {
                where += n;
                if (where < 0) where = 0;
            }
            if (where > n) where = n;
            if (where == n) l.AppendLockHeld<TSync>(ts, v);
            else
            {
                // Shifted in place, as RemoveAtLockHeld shifts (insert(0, x) allocates nothing while
                // there is room; a full list grows first, through the pool): a lock-free reader sees
                // at each index an item that is or was in the list, and the new last slot only once
                // the size says so.
                if (n == l._items.Length) l.EnsureCapacityLockHeld<TSync>(ts, (int)n + 1);
                var arr = l._items;
                Array.Copy(arr, (int)where, arr, (int)where + 1, (int)(n - where));
                Volatile.Write(ref arr[where], v);
                Volatile.Write(ref l._size, (int)n + 1);
            }
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    /// <summary>Removes every item; releases them after unlocking.</summary>
    public static void Clear(PyThreadState ts, PyList l)
    {
        PyObject[] old;
        TSync.LockLeaf(ts, l);
        try
        {
            // A list without storage stays as it is (CPython's list_clear with ob_item NULL): a
            // key function that clears the list being sorted changes nothing (EndDetach).
            if (l._size == 0 && l._items.Length == 0) return;
            old = l.ToArrayLockHeld();
            l.SetContentsLockHeld([], 0);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        for (int i = old.Length - 1; i >= 0; i--) ObjectLifecycle<TSync>.DecRef(ts, old[i]);
    }

    /// <summary>`del l[i]` (i already normalised by the caller against a size that may be stale).</summary>
    public static void DelIndex(PyThreadState ts, PyList l, long i)
    {
        PyObject v;
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            long j = i < 0 ? i + n : i;
            if ((ulong)j >= (ulong)n) throw ts.Rt.IndexError("list assignment index out of range");
            v = RemoveAtLockHeld(l, (int)j);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        ObjectLifecycle<TSync>.DecRef(ts, v);
    }

    /// <summary>l[lo:hi] = items (step 1; items already a private array; CPython's list_ass_slice).</summary>
    public static void AssignSlice(PyThreadState ts, PyList l, long lo, long hi, PyObject[] items)
    {
        foreach (var v in items) ObjectLifecycle<TSync>.IncRef(ts, v);
        AssignSliceCounted(ts, l, lo, hi, items, items.Length);
    }

    /// <summary>
    /// l[lo:hi] = the items of <paramref name="src"/>, a list that only the value stack holds and that dies
    /// right after (`p[:k + 1] = p[k::-1]`): their counts move from src to l instead of l counting them and
    /// src's death releasing them, and src is left empty, its array unchanged (read, never written).
    /// </summary>
    public static void AssignSliceTaking(PyThreadState ts, PyList l, long lo, long hi, PyList src)
    {
        var items = src._items;
        int n = Math.Min(src._size, items.Length);
        Volatile.Write(ref src._size, 0);
        AssignSliceCounted(ts, l, lo, hi, items, n);
    }

    /// <summary>l[lo:hi] = items[0..count), each item already counted for l.</summary>
    private static void AssignSliceCounted(PyThreadState ts, PyList l, long lo, long hi, PyObject?[] items, int count)
    {
        PyObject[] removed;
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            if (lo < 0) lo = 0;
            else if (lo > n) lo = n;
            if (hi < lo) hi = lo;
            else if (hi > n) hi = n;
            int ilo = (int)lo, ihi = (int)hi;
            int norig = ihi - ilo;
            removed = ReplacedToRelease(l._items, ilo, norig);
            if (norig == count)
            {
                // Same size (fannkuch's `p[:k+1] = p[k::-1]`): replaced in place, as CPython's
                // list_ass_slice does; a lock-free reader sees each slot old or new, as with an
                // extended-slice assignment.
                var arr = l._items;
                for (int i = 0; i < norig; i++) Volatile.Write(ref arr[ilo + i], items[i]);
            }
            else
            {
                int newSize = n - norig + count;
                var fresh = new PyObject?[newSize == 0 ? 0 : newSize + (newSize >> 3) + 4];
                Array.Copy(l._items, 0, fresh, 0, ilo);
                Array.Copy(items, 0, fresh, ilo, count);
                Array.Copy(l._items, ihi, fresh, ilo + count, n - ihi);
                l.SetContentsLockHeld(fresh, newSize);
            }
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        for (int i = removed.Length - 1; i >= 0; i--) ObjectLifecycle<TSync>.DecRef(ts, removed[i]);
    }

    /// <summary>The counted items of arr[from..from+n) that a slice assignment replaces, to release
    /// after unlocking; empty when all are immortal (fannkuch's small ints: nothing to allocate).</summary>
    private static PyObject[] ReplacedToRelease(PyObject?[] arr, int from, int n)
    {
        int i = 0;
        while (i < n && arr[from + i]!.IsImmortal) i++;
        if (i == n) return [];
        var removed = new PyObject[n];
        Array.Copy(arr, from, removed, 0, n);
        return removed;
    }

    /// <summary>l[start:stop:step] = items for step != 1 (sizes must match; ValueError otherwise).</summary>
    public static void AssignExtendedSlice(PyThreadState ts, PySlice slice, PyList l, PyObject[] items)
    {
        PyObject[] removed;
        Vm.Builtins.Containers.SliceIndices<TSync>.Unpack(ts, slice, out long start0, out long stop0, out long step);
        TSync.LockLeaf(ts, l);
        try
        {
            long start = start0, stop = stop0;
            long len = Vm.Builtins.Containers.SliceIndices<TSync>.AdjustIndices(l._size, ref start, ref stop, step);
            if (items.Length != len)
                throw ts.Rt.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {len}");
            removed = new PyObject[len];
            var arr = l._items;
            long cur = start;
            for (int i = 0; i < len; i++, cur += step)
            {
                ObjectLifecycle<TSync>.IncRef(ts, items[i]);
                removed[i] = arr[cur]!;
                Volatile.Write(ref arr[cur], items[i]);
            }
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        foreach (var o in removed) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    /// <summary>del l[start:stop:step] (any step).</summary>
    public static void DeleteSlice(PyThreadState ts, PySlice slice, PyList l)
    {
        List<PyObject> removed = new();
        bool reverseRelease = false;
        Vm.Builtins.Containers.SliceIndices<TSync>.Unpack(ts, slice, out long start, out long stop, out long step);
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            long len = Vm.Builtins.Containers.SliceIndices<TSync>.AdjustIndices(n, ref start, ref stop, step);
            if (len > 0)
            {
                // CPython releases a contiguous slice's items last-first (list_ass_slice) and an
                // extended slice's in ascending order.
                reverseRelease = step == 1;
                if (step < 0)
                {
                    // Same items, ascending.
                    start = start + step * (len - 1);
                    step = -step;
                }
                var drop = new bool[n];
                long cur = start;
                for (long i = 0; i < len; i++, cur += step) drop[cur] = true;
                var fresh = new PyObject?[Math.Max(4, n - (int)len)];
                int k = 0;
                var arr = l._items;
                for (int i = 0; i < n; i++)
                {
                    if (drop[i]) removed.Add(arr[i]!);
                    else fresh[k++] = arr[i];
                }
                l.SetContentsLockHeld(fresh, k);
            }
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        if (reverseRelease) removed.Reverse();
        foreach (var o in removed) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    /// <summary>l[start:stop:step] as a new (exact) list.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static PyList GetSlice(PyThreadState ts, PyList l, PySlice slice)
    {
        Vm.Builtins.Containers.SliceIndices<TSync>.Unpack(ts, slice, out long start, out long stop, out long step);
        return GetSlice(ts, l, start, stop, step);
    }

    /// <summary>l[start:stop:step] from PySlice_Unpack's values (step != 0; BUILD_SLICE + BINARY_SUBSCR's fast path).</summary>
    public static PyList GetSlice(PyThreadState ts, PyList l, long start, long stop, long step)
    {
        PyObject[] res;
        TSync.LockLeaf(ts, l);
        try
        {
            long len = Vm.Builtins.Containers.SliceIndices<TSync>.AdjustIndices(l._size, ref start, ref stop, step);
            res = new PyObject[len];
            var arr = l._items;
            if (step == 1) Array.Copy(arr, start, res, 0, len);   // `l[:]`, `l[a:b]`
            else
            {
                long cur = start;
                for (long i = 0; i < len; i++, cur += step) RefArray.Set(res, (int)i, arr[cur]); // res is new PyObject[]: no covariance check
            }
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        return Ops<TSync>.NewList(ts, res);
    }

    /// <summary>list.reverse().</summary>
    public static void Reverse(PyThreadState ts, PyList l)
    {
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            if (n < 2) return;
            // In place, as CPython does: a lock-free reader sees at each index an item of the list
            // (one may be seen twice or missed, as with a racing removal's shift).
            Array.Reverse(l._items, 0, n);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    /// <summary>l *= n (in place).</summary>
    public static void InplaceRepeat(PyThreadState ts, PyList l, long count)
    {
        if (count < 1)
        {
            Clear(ts, l);
            return;
        }
        if (count == 1) return;
        TSync.LockLeaf(ts, l);
        try
        {
            int n = l._size;
            if (n == 0) return;
            if (count > (int.MaxValue - 64) / n) throw new PyException(ts.Rt.NewException(ts.Rt.ExceptionTypes["MemoryError"], ts.Rt.EmptyTuple));
            int total = (int)(n * count);
            var fresh = new PyObject?[total];
            for (int c = 0; c < count; c++) Array.Copy(l._items, 0, fresh, c * n, n);
            for (int c = 1; c < count; c++)
                for (int i = 0; i < n; i++) ObjectLifecycle<TSync>.IncRef(ts, fresh[i]!);
            l.SetContentsLockHeld(fresh, total);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    /// <summary>
    /// Removes the item at index i if it is still `expected` (identity); false when the list changed
    /// since the caller (who compared with __eq__ outside the lock) looked.
    /// </summary>
    public static bool RemoveIfSame(PyThreadState ts, PyList l, int i, PyObject expected)
    {
        PyObject v;
        TSync.LockLeaf(ts, l);
        try
        {
            if (i >= l._size || !ReferenceEquals(l._items[i], expected)) return false;
            v = RemoveAtLockHeld(l, i);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        ObjectLifecycle<TSync>.DecRef(ts, v);
        return true;
    }

    /// <summary>
    /// Takes the contents out for an in-place algorithm that calls Python code (sort): the list is
    /// left empty with a marker array; <see cref="EndDetach"/> puts the result back, or reports that
    /// the list was modified meanwhile (CPython's "list modified during sort").
    /// </summary>
    public static PyObject[] BeginDetach(PyThreadState ts, PyList l, out PyObject?[] marker)
    {
        TSync.LockLeaf(ts, l);
        try
        {
            var items = l.ToArrayLockHeld();
            // An empty list keeps its storage as the marker: sorting it (also inside another
            // sort of it) changes nothing, as CPython's saved and restored ob_item/allocated.
            marker = items.Length == 0 ? l._items : new PyObject?[0];
            if (items.Length == 0) return items;
            l.SetContentsLockHeld(marker, 0);
            return items;
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
    }

    /// <summary>Restores items; returns false if the list was mutated while detached (its new contents are discarded).</summary>
    public static bool EndDetach(PyThreadState ts, PyList l, PyObject?[] marker, PyObject[] items)
    {
        PyObject[] intruders;
        bool modified;
        TSync.LockLeaf(ts, l);
        try
        {
            modified = !ReferenceEquals(l._items, marker) || l._size != 0;
            intruders = modified ? l.ToArrayLockHeld() : [];
            if (!modified && items.Length == 0) return true; // the storage is the list's own (BeginDetach)
            var arr = new PyObject?[items.Length];
            Array.Copy(items, arr, items.Length);
            l.SetContentsLockHeld(arr, items.Length);
        }
        finally
        {
            TSync.UnlockLeaf(ts, l);
        }
        for (int i = intruders.Length - 1; i >= 0; i--) ObjectLifecycle<TSync>.DecRef(ts, intruders[i]);
        return !modified;
    }
}
