// list operations: mutations hold the list's critical section; reads are lock-free
// (Objects/PyList.cs). Unlock before decref: released items may run __del__.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class ListOps<TSync> where TSync : struct, ISyncPolicy
{
    public static void Append(PyThreadState ts, PyList l, PyObject v)
    {
        ObjectLifecycle<TSync>.IncRef(ts, v);
        TSync.Lock(ts, l);
        l.AppendLockHeld(v);
        TSync.Unlock(ts, l);
    }

    public static PyObject GetIndex(PyThreadState ts, PyList l, long i)
    {
        while (true)
        {
            int n = l.Count;
            long j = i < 0 ? i + n : i;
            if ((ulong)j >= (ulong)n) throw ts.Rt.IndexError("list index out of range");
            var v = l.TryGetItem((int)j);
            if (v != null) return v;
            // Raced with a concurrent resize/removal: re-check under the lock.
            TSync.Lock(ts, l);
            try
            {
                n = l._size;
                j = i < 0 ? i + n : i;
                if ((ulong)j >= (ulong)n) throw ts.Rt.IndexError("list index out of range");
                return l._items[j]!;
            }
            finally
            {
                TSync.Unlock(ts, l);
            }
        }
    }

    public static void SetIndex(PyThreadState ts, PyList l, long i, PyObject v)
    {
        PyObject? old;
        TSync.Lock(ts, l);
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
            TSync.Unlock(ts, l);
        }
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>Removes and returns item i (floating), with CPython's errors.</summary>
    public static PyObject Pop(PyThreadState ts, PyList l, long i)
    {
        PyObject v;
        TSync.Lock(ts, l);
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
            TSync.Unlock(ts, l);
        }
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return v;
    }

    public static void Extend(PyThreadState ts, PyList l, PyObject iterable)
    {
        PyObject[] items = ReferenceEquals(iterable, l) ? l.ToArray() : Ops<TSync>.ToArray(ts, iterable);
        foreach (var v in items) ObjectLifecycle<TSync>.IncRef(ts, v);
        TSync.Lock(ts, l);
        try
        {
            l.EnsureCapacityLockHeld(l._size + items.Length);
            foreach (var v in items) l.AppendLockHeld(v);
        }
        finally
        {
            TSync.Unlock(ts, l);
        }
    }

    /// <summary>LIST_EXTEND for `[*a]` / `f(*a)`: CPython's message for non-iterables.</summary>
    public static void ExtendForUnpack(PyThreadState ts, PyList l, PyObject iterable)
    {
        if (iterable is not (PyTuple or PyList) && !Ops<TSync>.IsIterable(ts, iterable))
            throw ts.Rt.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
        Extend(ts, l, iterable);
    }

    /// <summary>Replaces the contents with `items` (already counted by the caller); releases the old ones.</summary>
    public static void ReplaceAll(PyThreadState ts, PyList l, PyObject[] items)
    {
        PyObject[] old;
        TSync.Lock(ts, l);
        try
        {
            old = l.ToArray();
            l.SetContentsLockHeld(items, items.Length);
        }
        finally
        {
            TSync.Unlock(ts, l);
        }
        foreach (var o in old) ObjectLifecycle<TSync>.DecRef(ts, o);
    }
}
