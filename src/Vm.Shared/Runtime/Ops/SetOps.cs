// set operations: mutations hold the set's critical section (Objects/PySet.cs).
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class SetOps<TSync> where TSync : struct, ISyncPolicy
{
    public static bool Add(PyThreadState ts, PySet s, PyObject key)
    {
        long h = Ops<TSync>.Hash(ts, key);
        var eq = new PyKeyEq<TSync>(ts);
        bool added;
        TSync.Lock(ts, s);
        try
        {
            added = s.AddLockHeld(key, h, ref eq);
        }
        finally
        {
            TSync.Unlock(ts, s);
        }
        if (added) ObjectLifecycle<TSync>.IncRef(ts, key);
        return added;
    }

    public static bool Contains(PyThreadState ts, PySet s, PyObject key)
    {
        long h;
        try
        {
            h = Ops<TSync>.Hash(ts, key);
        }
        catch (PyException) when (key is PySet ks)
        {
            // `set in set` looks up a frozenset with the same elements, as CPython does.
            var fs = new PySet(ts.Rt.FrozenSetType, ts.Rt.SetDummy);
            foreach (var x in ks.Snapshot()) Add(ts, fs, x);
            key = fs;
            h = Ops<TSync>.Hash(ts, key);
        }
        var eq = new PyKeyEq<TSync>(ts);
        return s.Find(s.Table, key, h, ref eq) >= 0;
    }

    public static bool Discard(PyThreadState ts, PySet s, PyObject key)
    {
        long h = Ops<TSync>.Hash(ts, key);
        var eq = new PyKeyEq<TSync>(ts);
        PyObject? removed;
        bool found;
        TSync.Lock(ts, s);
        try
        {
            found = s.DiscardLockHeld(key, h, ref eq, out removed);
        }
        finally
        {
            TSync.Unlock(ts, s);
        }
        if (removed != null) ObjectLifecycle<TSync>.DecRef(ts, removed);
        return found;
    }

    public static void Update(PyThreadState ts, PySet s, PyObject iterable)
    {
        if (iterable is PySet other)
        {
            foreach (var x in other.Snapshot()) Add(ts, s, x);
            return;
        }
        if (iterable is PyDict d)
        {
            foreach (var kv in d.Snapshot()) Add(ts, s, kv.Key);
            return;
        }
        var it = Ops<TSync>.GetIter(ts, iterable);
        while (Ops<TSync>.Next(ts, it) is { } v) Add(ts, s, v);
    }

    public static PySet NewFrozen(PyThreadState ts, PyObject? iterable)
    {
        var s = new PySet(ts.Rt.FrozenSetType, ts.Rt.SetDummy);
        if (iterable != null) Update(ts, s, iterable);
        return s;
    }
}
