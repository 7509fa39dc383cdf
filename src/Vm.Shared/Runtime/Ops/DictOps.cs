// dict operations with the dict's critical section held for mutation (see Objects/PyDict.cs for
// the lock-free read side). Unlock before decref: an old value is released after the section
// ends, because its __del__ may run arbitrary code (even touch this dict).
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class DictOps<TSync> where TSync : struct, ISyncPolicy
{
    public static PyObject? GetItemOrNull(PyThreadState ts, PyDict d, PyObject key)
    {
        if (key is PyStr s && key.Type == ts.Rt.StrType) return d.GetStr(s);
        long h = Ops<TSync>.Hash(ts, key);
        var eq = new PyKeyEq<TSync>(ts);
        return d.Get(key, h, ref eq);
    }

    public static PyObject GetItem(PyThreadState ts, PyDict d, PyObject key)
    {
        var v = GetItemOrNull(ts, d, key);
        if (v != null) return v;
        if (d.Type != ts.Rt.DictType)
        {
            var missing = d.Type.Lookup(ts.Rt.Intern("__missing__"));
            if (missing != null) return Ops<TSync>.CallMethodDescr(ts, missing, d, [key]);
        }
        throw KeyError(ts, key);
    }

    public static PyException KeyError(PyThreadState ts, PyObject key) =>
        new(ts.Rt.NewException(ts.Rt.ExceptionTypes["KeyError"], Ops<TSync>.NewTuple(ts, [key])));

    public static void SetItem(PyThreadState ts, PyDict d, PyObject key, PyObject value)
    {
        long h = key is PyStr s && key.Type == ts.Rt.StrType ? s.Hash : Ops<TSync>.Hash(ts, key);
        SetItem(ts, d, key, h, value);
    }

    public static void SetItem(PyThreadState ts, PyDict d, PyObject key, long h, PyObject value)
    {
        var eq = new PyKeyEq<TSync>(ts);
        ObjectLifecycle<TSync>.IncRef(ts, value);
        PyObject? old;
        bool inserted;
        TSync.Lock(ts, d);
        try
        {
            int before = d._used;
            old = d.SetLockHeld(key, h, value, ref eq);
            inserted = d._used != before;
        }
        finally
        {
            TSync.Unlock(ts, d);
        }
        if (inserted) ObjectLifecycle<TSync>.IncRef(ts, key);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>Deletes key; false if absent.</summary>
    public static bool Delete(PyThreadState ts, PyDict d, PyObject key)
    {
        var r = Pop(ts, d, key);
        if (r == null) return false;
        ObjectLifecycle<TSync>.DropBorrowed(ts, r);
        return true;
    }

    public static bool DelStr(PyThreadState ts, PyDict d, PyStr key) => Delete(ts, d, key);

    /// <summary>Removes key and returns its value (floating), or null if absent.</summary>
    public static PyObject? Pop(PyThreadState ts, PyDict d, PyObject key)
    {
        long h = key is PyStr s && key.Type == ts.Rt.StrType ? s.Hash : Ops<TSync>.Hash(ts, key);
        var eq = new PyKeyEq<TSync>(ts);
        PyObject k, v;
        TSync.Lock(ts, d);
        try
        {
            int ix = d.FindEntry(d._table, key, h, ref eq);
            if (ix < 0) return null;
            (k, v) = d.RemoveEntryLockHeld(ix);
        }
        finally
        {
            TSync.Unlock(ts, d);
        }
        ObjectLifecycle<TSync>.DecRef(ts, k);
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return v;
    }

    public static void Clear(PyThreadState ts, PyDict d)
    {
        List<KeyValuePair<PyObject, PyObject>> items;
        TSync.Lock(ts, d);
        try
        {
            items = d.Snapshot();
            d.ClearLockHeld();
        }
        finally
        {
            TSync.Unlock(ts, d);
        }
        foreach (var kv in items)
        {
            ObjectLifecycle<TSync>.DecRef(ts, kv.Key);
            ObjectLifecycle<TSync>.DecRef(ts, kv.Value);
        }
    }

    /// <summary>d.update(m) for {**m} displays: m must be a mapping.</summary>
    public static void UpdateForUnpack(PyThreadState ts, PyDict d, PyObject m)
    {
        if (m is PyDict src)
        {
            foreach (var kv in src.Snapshot()) SetItem(ts, d, kv.Key, kv.Value);
            return;
        }
        var keys = Ops<TSync>.TryGetAttr(ts, m, ts.Rt.Intern("keys"));
        if (keys == null) throw ts.Rt.TypeError($"'{m.Type.Name}' object is not a mapping");
        var it = Ops<TSync>.GetIter(ts, Ops<TSync>.Call(ts, keys, [], null));
        while (Ops<TSync>.Next(ts, it) is { } k) SetItem(ts, d, k, Ops<TSync>.GetItem(ts, m, k));
    }

    /// <summary>**kwargs merging at a call site: duplicate keys are an error.</summary>
    public static void MergeKwargs(PyThreadState ts, PyDict d, PyObject m, PyObject func)
    {
        List<KeyValuePair<PyObject, PyObject>> pairs;
        if (m is PyDict src) pairs = src.Snapshot();
        else
        {
            var keys = Ops<TSync>.TryGetAttr(ts, m, ts.Rt.Intern("keys"));
            if (keys == null)
                throw ts.Rt.TypeError($"{FuncDesc(ts, func)} argument after ** must be a mapping, not {m.Type.Name}");
            pairs = new();
            var it = Ops<TSync>.GetIter(ts, Ops<TSync>.Call(ts, keys, [], null));
            while (Ops<TSync>.Next(ts, it) is { } k) pairs.Add(new(k, Ops<TSync>.GetItem(ts, m, k)));
        }
        foreach (var kv in pairs)
        {
            if (kv.Key is not PyStr ks) throw ts.Rt.TypeError($"{FuncDesc(ts, func)} keywords must be strings");
            if (GetItemOrNull(ts, d, kv.Key) != null)
                throw ts.Rt.TypeError($"{FuncDesc(ts, func)} got multiple values for keyword argument '{ks.Value}'");
            SetItem(ts, d, kv.Key, kv.Value);
        }
    }

    private static string FuncDesc(PyThreadState ts, PyObject func) => func switch
    {
        PyFunction f => ((PyStr)f.QualName).Value + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyMethod { Func: PyFunction mf } => ((PyStr)mf.QualName).Value + "()",
        PyType t => t.Name + "()",
        _ => func.Type.Name + " object",
    };
}
