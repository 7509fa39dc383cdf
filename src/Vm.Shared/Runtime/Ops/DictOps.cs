// dict operations with the dict's critical section held for mutation (see Objects/PyDict.cs for
// the lock-free read side). Unlock before decref: an old value is released after the section
// ends, because its __del__ may run arbitrary code (even touch this dict).
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class DictOps<TSync> where TSync : struct, ISyncPolicy
{
    public static PyObject? GetItemOrNull(PyThreadState ts, PyDict d, PyObject key)
    {
        var eq = new PyKeyEq<TSync>(ts);
        TSync.EnsureSharedOnRead(ts, d); // GetStr's general path and Get call __eq__ on what they read
        if (key is PyStr s && key.Type == ts.Rt.StrType) return d.GetStr(s, ref eq);
        long h = KeyHash(ts, key);
        return d.Get(key, h, ref eq);
    }

    /// <summary>
    /// A namespace lookup of an exact str name (module globals, an instance's, module's or other
    /// object's __dict__): a dict that has only ever held exact str and int keys is searched
    /// without callbacks (PyDict.GetStr, the fast path as before: one flag read more); one that
    /// held any other key takes CPython's general lookup, where a stored str subclass's or a
    /// same-hash key's __eq__ decides (GetItemOrNull, as d[k] since session 22).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? GetName(PyThreadState ts, PyDict d, PyStr name) =>
        d.HasOnlyPlainKeys ? d.GetStr(name) : GetItemOrNull(ts, d, name);

    /// <summary>The thread's dict table pool (Runtime/Pools/DictTablePool.cs), for the dict mutators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DictTablePool Pool(PyThreadState ts) => ts.DictTables ?? DictTablePool<TSync>.Of(ts);

    public static PyObject GetItem(PyThreadState ts, PyDict d, PyObject key)
    {
        var v = GetItemOrNull(ts, d, key);
        if (v != null) return v;
        if (d.Type != ts.Rt.DictType)
        {
            var missing = d.Type.Lookup(ts.Rt.S.__missing__);
            if (missing != null) return Ops<TSync>.CallMethodDescr(ts, missing, d, [key]);
        }
        throw KeyError(ts, key);
    }

    public static PyException KeyError(PyThreadState ts, PyObject key) =>
        new(ExceptionLinks<TSync>.New(ts, ts.Rt.ExceptionTypes["KeyError"], [key]));

    /// <summary>d[key] = value; true when key was inserted (counted), false when an equal key was
    /// already there and keeps its place (key itself is not stored).</summary>
    public static bool SetItem(PyThreadState ts, PyDict d, PyObject key, PyObject value)
    {
        long h = key is PyStr s && key.Type == ts.Rt.StrType ? s.Hash : KeyHash(ts, key);
        return SetItem(ts, d, key, h, value);
    }

    /// <summary>hash(key), with an exact int in [0, 2**61 - 1) (its own hash: Numbers.HashInt) done inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long KeyHash(PyThreadState ts, PyObject key)
    {
        if (key.GetType() == typeof(PyInt) && !key.Type.IsHeapType)
        {
            var i = Unsafe.As<PyInt>(key);
            if (!i.IsBig && (ulong)i.Small < (ulong)Numbers.HashModulus) return i.Small;
        }
        return Ops<TSync>.Hash(ts, key);
    }

    public static bool SetItem(PyThreadState ts, PyDict d, PyObject key, long h, PyObject value)
    {
        if (PyDict.IsPlainKey(key) && d.HasOnlyPlainKeys && TrySetPlain(ts, d, key, h, value, out bool inserted))
            return inserted;
        return SetItemGeneral(ts, d, key, h, value);
    }

    /// <summary>
    /// d[key] = value for a plain key (exact str or int) into a dict whose keys are all plain
    /// (PyDict.cs, "Plain keys"): no Python code runs while the dict is locked, so this is a leaf
    /// section (the free-threaded backend skips it while its only thread elides locks) and needs
    /// no try region. False, with nothing done, when a general key arrived before the section began.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TrySetPlain(PyThreadState ts, PyDict d, PyObject key, long h, PyObject value, out bool inserted)
    {
        if (!TrySwapPlain(ts, d, key, h, value, out inserted, out var old)) return false;
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
        return true;
    }

    /// <summary>
    /// <see cref="TrySetPlain"/>'s store without the release of the value it replaced, which it hands
    /// back in <paramref name="old"/> (still counted: the caller releases it, as compiled code's
    /// STORE_SUBSCR hit does once its stack is spilled). False, with nothing done, as TrySetPlain.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TrySwapPlain(PyThreadState ts, PyDict d, PyObject key, long h, PyObject value, out bool inserted, out PyObject? old)
    {
        TSync.LockLeaf(ts, d);
        if (!d.HasOnlyPlainKeys)
        {
            TSync.UnlockLeaf(ts, d);
            inserted = false;
            old = null;
            return false;
        }
        ObjectLifecycle<TSync>.IncRef(ts, value);
        int before = d._used;
        old = d.SetPlainLockHeld(key, h, value, Pool(ts));
        inserted = d._used != before;
        TSync.UnlockLeaf(ts, d);
        if (inserted) ObjectLifecycle<TSync>.IncRef(ts, key);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    private static bool SetItemGeneral(PyThreadState ts, PyDict d, PyObject key, long h, PyObject value)
    {
        var eq = new PyKeyEq<TSync>(ts);
        ObjectLifecycle<TSync>.IncRef(ts, value);
        PyObject? old;
        bool inserted;
        TSync.Lock(ts, d);
        try
        {
            int before = d._used;
            old = d.SetLockHeld(key, h, value, ref eq, Pool(ts));
            inserted = d._used != before;
        }
        catch
        {
            UndoIncRef(ts, value); // a key's __eq__ raised: nothing was stored
            throw;
        }
        finally
        {
            TSync.Unlock(ts, d);
        }
        if (inserted) ObjectLifecycle<TSync>.IncRef(ts, key);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
        return inserted;
    }

    /// <summary>Gives back the count a store took on a value it then did not store (the caller still holds the value).</summary>
    private static void UndoIncRef(PyThreadState ts, PyObject value)
    {
        if (!value.IsImmortal) TSync.DecRefNoDealloc(ts, value);
    }

    /// <summary>
    /// d[key] = value into a dict no other thread can reach yet (one BUILD_MAP is filling): the
    /// same insertion as <see cref="SetItem(PyThreadState, PyDict, PyObject, long, PyObject)"/>
    /// without the critical section, which only orders writers and lock-free readers of a dict
    /// other threads can see (CPython builds display dicts unlocked too: _PyDict_FromItems).
    /// A key's __eq__ that runs meanwhile cannot reach the dict either: nothing refers to it but
    /// the caller.
    /// </summary>
    public static bool SetItemUnshared(PyThreadState ts, PyDict d, PyObject key, PyObject value)
    {
        long h = key is PyStr s && key.Type == ts.Rt.StrType ? s.Hash : Ops<TSync>.Hash(ts, key);
        var eq = new PyKeyEq<TSync>(ts);
        ObjectLifecycle<TSync>.IncRef(ts, value);
        int before = d._used;
        PyObject? old;
        try
        {
            old = d.SetLockHeld(key, h, value, ref eq, Pool(ts));
        }
        catch
        {
            UndoIncRef(ts, value); // a key's __eq__ raised: nothing was stored
            throw;
        }
        bool inserted = d._used != before;
        if (inserted) ObjectLifecycle<TSync>.IncRef(ts, key);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
        return inserted;
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
        PyObject k, v;
        if (PyDict.IsPlainKey(key) && d.HasOnlyPlainKeys && TryRemovePlain(ts, d, key, h, out var removed))
        {
            if (removed.Key is null || removed.Value is null) return null;
            (k, v) = (removed.Key, removed.Value);
        }
        else
        {
            var eq = new PyKeyEq<TSync>(ts);
            TSync.Lock(ts, d);
            try
            {
                var t = d._table;
                int ix = d.FindEntry(ref t, key, h, ref eq); // t is the current table again after any __eq__
                if (ix < 0) return null;
                (k, v) = d.RemoveEntryLockHeld(ix);
            }
            finally
            {
                TSync.Unlock(ts, d);
            }
        }
        ObjectLifecycle<TSync>.DecRef(ts, k);
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return v;
    }

    /// <summary>
    /// The removal of <see cref="Pop"/> for a plain key from a dict whose keys are all plain ("Plain keys" in
    /// Objects/PyDict.cs): no key's __eq__ can run, so a leaf section, as <see cref="TrySetPlain"/>. False, with
    /// nothing done, when a general key arrived before the section began; else <paramref name="removed"/> is the
    /// entry taken out, or (null, null) when the key is absent.
    /// </summary>
    private static bool TryRemovePlain(PyThreadState ts, PyDict d, PyObject key, long h, out (PyObject? Key, PyObject? Value) removed)
    {
        removed = default;
        TSync.LockLeaf(ts, d);
        try
        {
            if (!d.HasOnlyPlainKeys) return false;
            var eq = new PlainKeyEq();
            var t = d._table;
            int ix = d.FindEntry(ref t, key, h, ref eq);
            if (ix >= 0) removed = d.RemoveEntryLockHeld(ix);
            return true;
        }
        finally
        {
            TSync.UnlockLeaf(ts, d);
        }
    }

    /// <summary>
    /// d.clear(): the keys and values are released after unlocking, in entry order, from the table
    /// clear() took out. No copy of them is needed: once the dict has another table no writer
    /// touches the old one again (writers only change the current table, under the section), so
    /// after the section its live entries are exactly the pairs the dict held; lock-free readers
    /// that still hold it only read. The old table goes to the thread's pool after that when it may
    /// (asked in the section, when the new table is published: Runtime/Pools/DictTablePool.cs), never
    /// before: a __del__ run by the releases could otherwise get its arrays while they are still read here.
    /// </summary>
    public static void Clear(PyThreadState ts, PyDict d)
    {
        DictTable old;
        bool reuse;
        var pool = Pool(ts);
        TSync.LockLeaf(ts, d); // a leaf section: table work only, no key compared
        try
        {
            old = d._table;
            d.ClearLockHeld();
            reuse = old.IndexBytes != null && pool.MayReuse(d);
        }
        finally
        {
            TSync.UnlockLeaf(ts, d);
        }
        var entries = old.Entries;
        for (int j = 0, n = old.Count; j < n; j++)
        {
            var k = entries[j].Key;
            var v = entries[j].Value;
            if (k == null || v == null) continue;
            ObjectLifecycle<TSync>.DecRef(ts, k);
            ObjectLifecycle<TSync>.DecRef(ts, v);
        }
        if (reuse) pool.Return(old);
    }

    /// <summary>d.update(m) for {**m} displays: m must be a mapping.</summary>
    public static void UpdateForUnpack(PyThreadState ts, PyDict d, PyObject m)
    {
        if (m is PyDict src)
        {
            foreach (var kv in src.Snapshot()) SetItem(ts, d, kv.Key, kv.Value);
            return;
        }
        ForEachKey(ts, m, () => ts.Rt.TypeError($"'{m.Type.Name}' object is not a mapping"),
            k => SetItem(ts, d, k, Ops<TSync>.GetItem(ts, m, k)));
    }

    /// <summary>**kwargs merging at a call site: duplicate keys are an error.</summary>
    public static void MergeKwargs(PyThreadState ts, PyDict d, PyObject m, PyObject func)
    {
        if (m is PyDict src)
        {
            foreach (var kv in src.Snapshot()) MergeKwarg(ts, d, kv.Key, kv.Value, m, func);
            return;
        }
        ForEachKey(ts, m, () => ts.Rt.TypeError($"{FuncDesc(ts, func)} argument after ** must be a mapping, not {m.Type.Name}"),
            k => MergeKwarg(ts, d, k, null, m, func));
    }

    /// <summary>
    /// Each key of m.keys() to <paramref name="step"/> (which reads and stores m[k] before the next
    /// key: a __getitem__ that replaces the value it returned before would free a value held
    /// uncounted). m is held meanwhile (a fresh mapping, `f(**M())`, was freed by a bound method made
    /// and dropped on it); the bound keys method, the keys and their iterator are released.
    /// </summary>
    private static void ForEachKey(PyThreadState ts, PyObject m, Func<PyException> notMapping, Action<PyObject> step)
    {
        Holds<TSync>.Hold(ts, m);
        try
        {
            var keysMethod = Ops<TSync>.TryGetAttr(ts, m, ts.Rt.Intern("keys")) ?? throw notMapping();
            PyObject keys;
            try
            {
                keys = Ops<TSync>.Call(ts, keysMethod, [], null);
            }
            finally
            {
                ObjectLifecycle<TSync>.DropBorrowed(ts, keysMethod);
            }
            var it = Ops<TSync>.GetIter(ts, keys);
            try
            {
                while (Ops<TSync>.Next(ts, it) is { } k) step(k);
            }
            finally
            {
                ObjectLifecycle<TSync>.DropBorrowed(ts, it); // the keys go with it (or are it: keys() returned an iterator)
            }
        }
        finally
        {
            Holds<TSync>.GiveBack(ts, m);
        }
    }

    /// <summary>MergeKwargs' step: key k of m with its value (v, or m[k] read after the checks, as CPython).</summary>
    private static void MergeKwarg(PyThreadState ts, PyDict d, PyObject k, PyObject? v, PyObject m, PyObject func)
    {
        if (k is not PyStr ks) throw ts.Rt.TypeError("keywords must be strings");
        if (GetItemOrNull(ts, d, k) != null)
            throw ts.Rt.TypeError($"{FuncDesc(ts, func)} got multiple values for keyword argument '{ks.Value}'");
        SetItem(ts, d, k, v ?? Ops<TSync>.GetItem(ts, m, k));
    }

    // -----------------------------------------------------------------------------------------
    // Operations used by the dict type's methods (Builtins/Types/ContainerTypes.Dict.cs), with
    // CPython's semantics (Objects/dictobject.c).
    // -----------------------------------------------------------------------------------------

    /// <summary>Lookup with a known hash (no __hash__ call).</summary>
    public static PyObject? GetKnownHash(PyThreadState ts, PyDict d, PyObject key, long h)
    {
        var eq = new PyKeyEq<TSync>(ts);
        TSync.EnsureSharedOnRead(ts, d);
        return d.Get(key, h, ref eq);
    }

    /// <summary>dict_update_arg: a dict, anything with keys(), or an iterable of pairs.</summary>
    public static void UpdateArg(PyThreadState ts, PyDict d, PyObject arg)
    {
        if (arg is PyDict && arg.Type == ts.Rt.DictType)
        {
            Merge(ts, d, arg);
            return;
        }
        if (Ops<TSync>.HasAttr(ts, arg, ts.Rt.Intern("keys")))
        {
            Merge(ts, d, arg);
            return;
        }
        MergeFromSeq2(ts, d, arg);
    }

    /// <summary>PyDict_Merge(d, m, override=1): a dict's entries directly, otherwise m.keys() and m[k].</summary>
    public static void Merge(PyThreadState ts, PyDict d, PyObject m)
    {
        if (m is PyDict src && (m.Type == ts.Rt.DictType || !OverridesIter(ts, m.Type)))
        {
            if (ReferenceEquals(src, d)) return;
            // A key's __eq__ or __hash__ that adds or removes an entry of src stops the merge, as
            // CPython's dict_merge does (an insertion or deletion bumps Version; a store does not).
            int version = Volatile.Read(ref src.Version);
            foreach (var kv in src.Snapshot())
            {
                SetItem(ts, d, kv.Key, kv.Value);
                if (Volatile.Read(ref src.Version) != version) throw ts.Rt.RuntimeError("dict mutated during update");
            }
            return;
        }
        ForEachKey(ts, m, () => ts.Rt.AttributeError($"'{m.Type.Name}' object has no attribute 'keys'"),
            k => SetItem(ts, d, k, Ops<TSync>.GetItem(ts, m, k)));
    }

    private static bool OverridesIter(PyThreadState ts, PyType t) =>
        !ReferenceEquals(t.Lookup(ts.Rt.S.__iter__), ts.Rt.DictType.Dict.GetStr(ts.Rt.S.__iter__));

    /// <summary>PyDict_MergeFromSeq2: an iterable of 2-sequences.</summary>
    public static void MergeFromSeq2(PyThreadState ts, PyDict d, PyObject seq2)
    {
        var it = Ops<TSync>.GetIter(ts, seq2);
        try
        {
            MergePairs(ts, d, it);
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, seq2);
        }
    }

    private static void MergePairs(PyThreadState ts, PyDict d, PyObject it)
    {
        long i = 0;
        while (Ops<TSync>.Next(ts, it) is { } item)
        {
            PyObject[] pair;
            if (item is PyTuple t) pair = t.Items;
            else if (item is PyList l) pair = ListOps<TSync>.Snapshot(ts, l);
            else
            {
                if (!Ops<TSync>.IsIterable(ts, item))
                    throw ts.Rt.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
                pair = Ops<TSync>.ToArray(ts, item);
            }
            if (pair.Length != 2)
                throw ts.Rt.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            SetItem(ts, d, pair[0], pair[1]);
            // A fresh pair (dict(zip(keys, values)) builds one per item) dies here; the dict now
            // counts its key and value.
            ObjectLifecycle<TSync>.DropBorrowed(ts, item);
            i++;
        }
    }

    /// <summary>An exact dict with the same items (PyDict_Copy).</summary>
    public static PyDict Copy(PyThreadState ts, PyDict d)
    {
        PyDict? clone;
        while (true)
        {
            // CloneLayout reads d's table lock-free: kept only if that table is still d's afterwards
            // (PyDict.GetStr), so no entry of a dict that got its arrays (DictTablePool) is copied
            var t = d.Table;
            clone = PyDict.CloneLayout(ts.Rt.DictType, t, Pool(ts));
            if (ReferenceEquals(d.Table, t)) break;
        }
        if (clone != null)
        {
            var ct = clone._table;
            for (int j = 0; j < ct.Count; j++)
            {
                if (ct.Entries[j].Key is not { } k) continue;
                ObjectLifecycle<TSync>.IncRef(ts, k);
                ObjectLifecycle<TSync>.IncRef(ts, ct.Entries[j].Value!);
            }
            return clone;
        }
        var entries = EntriesWithHash(d);
        var r = PyDict.ForMerge(ts.Rt.DictType, entries.Count, d.Table.GeneralKind);
        var pool = Pool(ts);
        foreach (var (k, h, v) in entries)
        {
            ObjectLifecycle<TSync>.IncRef(ts, k);
            ObjectLifecycle<TSync>.IncRef(ts, v);
            r.InsertNewLockHeld(k, h, v, pool);
        }
        return r;
    }

    /// <summary>The live (key, hash, value) entries in insertion order (lock-free snapshot).</summary>
    public static List<(PyObject Key, long Hash, PyObject Value)> EntriesWithHash(PyDict d)
    {
        while (true)
        {
            var t = d.Table;
            int n = t.Count;
            var res = new List<(PyObject, long, PyObject)>(d.Count);
            for (int j = 0; j < n && j < t.Entries.Length; j++)
            {
                long h = t.Entries[j].Hash;
                var k = Volatile.Read(ref t.Entries[j].Key);
                var v = Volatile.Read(ref t.Entries[j].Value);
                if (k == null || v == null) continue;
                res.Add((k, h, v));
            }
            // as PyDict.Snapshot: kept only if the table read is still d's
            if (ReferenceEquals(d.Table, t)) return res;
        }
    }

    /// <summary>dict.popitem(): the last inserted (key, value), both floating; KeyError when empty.</summary>
    public static (PyObject Key, PyObject Value) PopItem(PyThreadState ts, PyDict d)
    {
        PyObject k, v;
        TSync.LockLeaf(ts, d); // a leaf section: table work only, no key compared
        try
        {
            if (d._used == 0) throw ts.Rt.Error("KeyError", "popitem(): dictionary is empty");
            var t = d._table;
            int i = t.Count - 1;
            while (i >= 0 && (t.Entries[i].Key == null || t.Entries[i].Value == null)) i--;
            (k, v) = d.RemoveEntryLockHeld(i);
        }
        finally
        {
            TSync.UnlockLeaf(ts, d);
        }
        if (!k.IsImmortal) TSync.DecRefNoDealloc(ts, k);
        if (!v.IsImmortal) TSync.DecRefNoDealloc(ts, v);
        return (k, v);
    }

    /// <summary>dict.setdefault(key, default): atomic lookup-or-insert; returns the value now stored.</summary>
    public static PyObject SetDefault(PyThreadState ts, PyDict d, PyObject key, PyObject dflt)
    {
        long h = key is PyStr s && key.Type == ts.Rt.StrType ? s.Hash : Ops<TSync>.Hash(ts, key);
        var eq = new PyKeyEq<TSync>(ts);
        TSync.Lock(ts, d);
        try
        {
            var t = d._table;
            int ix = d.FindEntry(ref t, key, h, ref eq); // t is the current table again after any __eq__
            if (ix >= 0) return t.Entries[ix].Value!;
            ObjectLifecycle<TSync>.IncRef(ts, key);
            ObjectLifecycle<TSync>.IncRef(ts, dflt);
            d.InsertNewLockHeld(key, h, dflt, Pool(ts));
            return dflt;
        }
        finally
        {
            TSync.Unlock(ts, d);
        }
    }

    /// <summary>dict_equal: same length and every key of a maps to an equal value in b.</summary>
    public static bool Equal(PyThreadState ts, PyDict a, PyDict b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        foreach (var (k, h, av) in EntriesWithHash(a))
        {
            var bv = GetKnownHash(ts, b, k, h);
            if (bv == null) return false;
            if (!ReferenceEquals(av, bv) && !Ops<TSync>.Eq(ts, av, bv)) return false;
        }
        return true;
    }

    /// <summary>How CPython names a callable in call errors (_PyObject_FunctionStr): module.qualname().</summary>
    public static string FuncDesc(PyThreadState ts, PyObject func) => func switch
    {
        PyFunction f => QualifiedName(f) + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyMethod { Func: PyFunction mf } => QualifiedName(mf) + "()",
        PyType t => t.Name + "()",
        _ => func.Type.Name + " object",
    };

    private static string QualifiedName(PyFunction f) =>
        f.Module is PyStr { Value: not "builtins" } m ? m.Value + "." + ((PyStr)f.QualName).Value : ((PyStr)f.QualName).Value;
}
