// set operations: mutations hold the set's critical section (Objects/PySet.cs).
//
// The algorithms below follow CPython's Objects/setobject.c step by step (set_add_entry with its
// "last dummy seen" free slot, set_table_resize, set_merge with its fast paths, intersection /
// difference / symmetric difference building their results in the same order), so the table
// layout -- and therefore iteration order and repr -- matches CPython for the same operations.
// Hashes are computed before the lock is taken; __eq__ may run while the target set's critical
// section is held (CPython's choice too: the section is suspended if __eq__ blocks, and a table
// change seen after __eq__ restarts the probe). Operands that are only read are snapshotted
// under their own lock (frozensets, which never change, are read directly).
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class SetOps<TSync> where TSync : struct, ISyncPolicy
{
    public static bool Add(PyThreadState ts, PySet s, PyObject key)
    {
        long h = TryPlainHash(ts, key, out long ph) ? ph : Ops<TSync>.Hash(ts, key);
        return AddEntry(ts, s, key, h);
    }

    public static bool Contains(PyThreadState ts, PySet s, PyObject key)
    {
        // An exact str or int never needs the frozenset retry below.
        if (!TryPlainHash(ts, key, out long h)) return ContainsAnyKey(ts, s, key);
        var eq = new PyKeyEq<TSync>(ts);
        return s.Find(s.Table, key, h, ref eq) >= 0;
    }

    /// <summary>`key in s` when it needs no Python code: 1 or 0 for a plain key (exact str or int); -1 for
    /// any other key and when an entry of its hash that is not plain would have to be compared (by __eq__).</summary>
    public static int ContainsPlain(PyThreadState ts, PySet s, PyObject key)
    {
        if (!TryPlainHash(ts, key, out long h)) return -1;
        var eq = new PlainOnlyEq();
        int ix = s.Find(s.Table, key, h, ref eq);
        return eq.Undecided ? -1 : ix >= 0 ? 1 : 0;
    }

    /// <summary>Find's comparison for a plain key when no Python code may run: Find compares two strs or two
    /// ints itself, so a plain entry here is of the other kind (never equal); any other entry stops the probe
    /// (true) with Undecided set. (PyDict.FindEntry compares the same pairs itself: compiled dict.get uses it too.)</summary>
    internal struct PlainOnlyEq : IKeyEquality
    {
        public bool Undecided;

        public bool Equal(PyObject stored, PyObject probe)
        {
            if (PyDict.IsPlainKey(stored)) return false;
            Undecided = true;
            return true;
        }
    }

    /// <summary>The hash of an exact str or int, without a call (what Ops.Hash returns for it); false for any other key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPlainHash(PyThreadState ts, PyObject key, out long h)
    {
        var rt = ts.Rt;
        if (key.GetType() == typeof(PyInt) && key.Type == rt.IntType) h = Numbers.HashInt(Unsafe.As<PyInt>(key));
        else if (key.GetType() == typeof(PyStr) && key.Type == rt.StrType) h = Unsafe.As<PyStr>(key).Hash;
        else
        {
            h = 0;
            return false;
        }
        return true;
    }

    /// <summary>set.remove(key): None, or null with KeyError pending when key is absent.</summary>
    public static PyObject? Remove(PyThreadState ts, PySet s, PyObject key) =>
        DiscardAllowSet(ts, s, key) ? ts.Rt.None : ts.RaisePending(DictOps<TSync>.KeyError(ts, key));

    /// <summary>set.discard(key) (true if it was there): a set key looks up the equal frozenset.</summary>
    public static bool DiscardAllowSet(PyThreadState ts, PySet s, PyObject key) =>
        DiscardEntry(ts, s, key, TryPlainHash(ts, key, out long h) ? h : HashKeyAllowSet(ts, key));

    private static bool ContainsAnyKey(PyThreadState ts, PySet s, PyObject key)
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
        return DiscardEntry(ts, s, key, h);
    }

    public static void Update(PyThreadState ts, PySet s, PyObject iterable) => UpdateInternal(ts, s, iterable);

    public static PySet NewFrozen(PyThreadState ts, PyObject? iterable)
    {
        var s = new PySet(ts.Rt.FrozenSetType, ts.Rt.SetDummy);
        if (iterable != null) Update(ts, s, iterable);
        return s;
    }


    // ============================================================================ table primitives

    private const int LinearProbes = 9;

    /// <summary>set or frozenset (or a subclass): PyAnySet_Check.</summary>
    public static bool IsAnySet(PyThreadState ts, PyObject o) => o is PySet;

    public static bool IsFrozen(PyThreadState ts, PySet s) => s.Type.IsSubtypeOf(ts.Rt.FrozenSetType);

    /// <summary>set_lookkey: the index of the entry holding key in s's current table, or -1.</summary>
    public static int LookKey(PyThreadState ts, PySet so, PyObject key, long hash) => LookKey<AnyKeyEq>(ts, so, key, hash);

    /// <summary>LookKey comparing with <typeparamref name="TCmp"/>: -2 when it cannot tell without Python code.</summary>
    private static int LookKey<TCmp>(PyThreadState ts, PySet so, PyObject key, long hash) where TCmp : struct, ISetKeyEq
    {
    restart:
        var table = so.Table;
        int mask = table.Length - 1;
        ulong perturb = unchecked((ulong)hash);
        int i = (int)(hash & mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = 0; j <= probes; j++)
            {
                int idx = i + j;
                var k = Volatile.Read(ref table[idx].Key);
                if (k == null) return -1;
                if (table[idx].Hash != hash) continue; // a dummy's hash is -1, no key's
                if (ReferenceEquals(k, key)) return idx;
                if (so.IsDummy(k)) continue; // the old hash of an entry a concurrent discard just emptied
                if (FastEqual(k, key)) return idx;
                int cmp = TCmp.Equal(ts, k, key);
                if (cmp < 0) return -2;
                if (!ReferenceEquals(so.Table, table) || !ReferenceEquals(Volatile.Read(ref table[idx].Key), k)) goto restart;
                if (cmp > 0) return idx;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static bool FastEqual(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr) && a.Type == b.Type)
            return ((PyStr)a).Value == ((PyStr)b).Value;
        return false;
    }

    /// <summary>How a probe compares an entry with the key it looks for when they share a hash but are
    /// not the same object: 1 equal, 0 not, -1 cannot tell without running Python code.</summary>
    private interface ISetKeyEq
    {
        static abstract int Equal(PyThreadState ts, PyObject entry, PyObject key);
    }

    /// <summary>Any key: ==, which may run __eq__ (and raise).</summary>
    private struct AnyKeyEq : ISetKeyEq
    {
        public static int Equal(PyThreadState ts, PyObject entry, PyObject key) => Ops<TSync>.Eq(ts, entry, key) ? 1 : 0;
    }

    /// <summary>A plain key (PyDict.IsPlainKey) in a leaf section: a plain entry is compared here, as Eq
    /// would (two strs or two ints by value, a str and an int never equal); any other entry is -1.</summary>
    private struct PlainKeyEq : ISetKeyEq
    {
        public static int Equal(PyThreadState ts, PyObject entry, PyObject key)
        {
            if (!PyDict.IsPlainKey(entry)) return -1;
            if (entry is PyStr a) return key is PyStr b && a.Value == b.Value ? 1 : 0;
            if (key is not PyInt y) return 0;
            var x = (PyInt)entry;
            return (x.IsBig || y.IsBig ? x.Big == y.Big : x.Small == y.Small) ? 1 : 0;
        }
    }

    /// <summary>set_add_entry with the lock held: true if key was inserted (the caller increfs it).</summary>
    public static bool AddEntryLockHeld(PyThreadState ts, PySet so, PyObject key, long hash) =>
        AddEntryLockHeld<AnyKeyEq>(ts, so, key, hash) > 0;

    /// <summary>set_add_entry comparing with <typeparamref name="TCmp"/>: 1 inserted, 0 present, -1 (nothing
    /// done) when it cannot tell without Python code.</summary>
    private static int AddEntryLockHeld<TCmp>(PyThreadState ts, PySet so, PyObject key, long hash) where TCmp : struct, ISetKeyEq
    {
    restart:
        var table = so._table;
        int mask = table.Length - 1;
        int i = (int)(hash & mask);
        int freeslot = -1;
        ulong perturb = unchecked((ulong)hash);
        int found;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = 0; j <= probes; j++)
            {
                int idx = i + j;
                var k = table[idx].Key;
                if (k == null)
                {
                    found = idx;
                    goto foundUnusedOrDummy;
                }
                long eh = table[idx].Hash;
                if (eh != hash)
                {
                    if (eh == -1) freeslot = idx; // a dummy (its hash is -1, no key's): the last one seen is reused
                    continue;
                }
                if (ReferenceEquals(k, key) || FastEqual(k, key)) return 0;
                int cmp = TCmp.Equal(ts, k, key);
                if (cmp != 0) return cmp > 0 ? 0 : -1;
                if (!ReferenceEquals(so._table, table) || !ReferenceEquals(table[idx].Key, k)) goto restart;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    foundUnusedOrDummy:
        if (freeslot >= 0)
        {
            table[freeslot].Hash = hash;
            Volatile.Write(ref table[freeslot].Key, key);
            Volatile.Write(ref so._used, so._used + 1);
            so.Version++;
            return 1;
        }
        so._fill++;
        table[found].Hash = hash;
        Volatile.Write(ref table[found].Key, key);
        Volatile.Write(ref so._used, so._used + 1);
        so.Version++;
        if ((long)so._fill * 5 < (long)mask * 3) return 1;
        ResizeLockHeld(so, so._used > 50000 ? so._used * 2 : so._used * 4);
        return 1;
    }

    /// <summary>Adds key (hash known) under the set's lock; increfs it when inserted.</summary>
    /// <remarks>A plain key (exact str or int) is added in a leaf section (the free-threaded backend
    /// skips it while its only thread elides locks): its probe compares plain entries itself and stops,
    /// changing nothing, at the first entry of its hash that only Python code could compare
    /// (<see cref="PlainKeyEq"/>); the locked path then starts over, as if the leaf section had not been.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static bool AddEntry(PyThreadState ts, PySet so, PyObject key, long hash)
    {
        if (PyDict.IsPlainKey(key))
        {
            TSync.LockLeaf(ts, so);
            int r = AddEntryLockHeld<PlainKeyEq>(ts, so, key, hash);
            if (r > 0) ObjectLifecycle<TSync>.IncRef(ts, key);
            TSync.UnlockLeaf(ts, so);
            if (r >= 0) return r > 0;
        }
        return AddEntryLocked(ts, so, key, hash);
    }

    /// <summary>AddEntry in an ordinary section: a key's __eq__ may run (and raise).</summary>
    private static bool AddEntryLocked(PyThreadState ts, PySet so, PyObject key, long hash)
    {
        bool added;
        TSync.Lock(ts, so);
        try
        {
            added = AddEntryLockHeld(ts, so, key, hash);
            if (added) ObjectLifecycle<TSync>.IncRef(ts, key);
        }
        finally
        {
            TSync.Unlock(ts, so);
        }
        return added;
    }

    /// <summary>set_insert_clean: places key in a table known not to contain it.</summary>
    private static void InsertClean(SetEntry[] table, PyObject key, long hash)
    {
        int mask = table.Length - 1;
        ulong perturb = unchecked((ulong)hash);
        int i = (int)(hash & mask);
        while (true)
        {
            if (table[i].Key == null) break;
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j].Key == null)
                    {
                        i += j;
                        goto found;
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    found:
        table[i].Hash = hash;
        Volatile.Write(ref table[i].Key, key);
    }

    /// <summary>set_table_resize: rebuilds the table with room for minused entries (dummies dropped).</summary>
    public static void ResizeLockHeld(PySet so, int minused)
    {
        int newsize = 8;
        while (newsize <= minused) newsize <<= 1;
        var old = so._table;
        if (newsize == 8 && old.Length == 8 && so._fill == so._used) return;
        var nt = new SetEntry[newsize];
        foreach (var e in old)
        {
            var k = e.Key;
            if (k == null || so.IsDummy(k)) continue;
            InsertClean(nt, k, e.Hash);
        }
        so._fill = so._used;
        Volatile.Write(ref so._table, nt);
    }

    /// <summary>set_discard_entry with the lock held: the removed key (to decref after unlocking) or null.</summary>
    public static PyObject? DiscardEntryLockHeld(PyThreadState ts, PySet so, PyObject key, long hash)
    {
        int ix = LookKey(ts, so, key, hash);
        return ix < 0 ? null : RemoveAtLockHeld(so, ix);
    }

    /// <summary>Turns entry ix of the current table into a dummy; returns the key it held.</summary>
    private static PyObject RemoveAtLockHeld(PySet so, int ix)
    {
        var t = so._table;
        var old = t[ix].Key!;
        t[ix].Hash = -1;
        Volatile.Write(ref t[ix].Key, so._dummy);
        Volatile.Write(ref so._used, so._used - 1);
        so.Version++;
        return old;
    }

    /// <summary>Removes key (hash known); false when absent. A plain key is looked up in a leaf section
    /// as in <see cref="AddEntry"/>.</summary>
    public static bool DiscardEntry(PyThreadState ts, PySet so, PyObject key, long hash)
    {
        PyObject? removed;
        if (PyDict.IsPlainKey(key))
        {
            TSync.LockLeaf(ts, so);
            int ix = LookKey<PlainKeyEq>(ts, so, key, hash);
            removed = ix >= 0 ? RemoveAtLockHeld(so, ix) : null;
            TSync.UnlockLeaf(ts, so);
            if (ix != -2) return Released(ts, removed);
        }
        return Released(ts, DiscardEntryLocked(ts, so, key, hash));
    }

    /// <summary>
    /// set.add(key) for a plain key (PyDict.IsPlainKey) when no Python code runs for it: 1 added, 0 already
    /// there, -1 (nothing done) when an entry of its hash that is not plain would have to be compared
    /// (its __eq__). AddEntry's leaf section, without the fallback to the locked path (compiled code
    /// calls it without spilling its frame: Interpreter.JitBuiltinMethods.cs).
    /// </summary>
    public static int TryAddPlain(PyThreadState ts, PySet so, PyObject key)
    {
        if (!TryPlainHash(ts, key, out long hash)) return -1; // a bool: not its own hash here
        TSync.LockLeaf(ts, so);
        int r = AddEntryLockHeld<PlainKeyEq>(ts, so, key, hash);
        if (r > 0) ObjectLifecycle<TSync>.IncRef(ts, key);
        TSync.UnlockLeaf(ts, so);
        return r;
    }

    /// <summary>set.discard(key) for a plain key when no Python code runs for it, as <see cref="TryAddPlain"/>:
    /// 1 removed (the removed key, plain as well, released), 0 absent, -1 (nothing done) when an entry that
    /// is not plain would have to be compared.</summary>
    public static int TryDiscardPlain(PyThreadState ts, PySet so, PyObject key)
    {
        if (!TryPlainHash(ts, key, out long hash)) return -1;
        TSync.LockLeaf(ts, so);
        int ix = LookKey<PlainKeyEq>(ts, so, key, hash);
        var removed = ix >= 0 ? RemoveAtLockHeld(so, ix) : null;
        TSync.UnlockLeaf(ts, so);
        if (ix == -2) return -1;
        return Released(ts, removed) ? 1 : 0;
    }

    /// <summary>Releases the key a discard took out of the set (after its section); whether there was one.</summary>
    private static bool Released(PyThreadState ts, PyObject? removed)
    {
        if (removed == null) return false;
        ObjectLifecycle<TSync>.DecRef(ts, removed);
        return true;
    }

    /// <summary>DiscardEntryLockHeld in an ordinary section: a key's __eq__ may run (and raise).</summary>
    private static PyObject? DiscardEntryLocked(PyThreadState ts, PySet so, PyObject key, long hash)
    {
        PyObject? removed;
        TSync.Lock(ts, so);
        try
        {
            removed = DiscardEntryLockHeld(ts, so, key, hash);
        }
        finally
        {
            TSync.Unlock(ts, so);
        }
        return removed;
    }

    /// <summary>Hash of a set element; a set used as a key hashes like the equal frozenset (set.remove/discard/__contains__).</summary>
    public static long HashKeyAllowSet(PyThreadState ts, PyObject key)
    {
        try
        {
            return Ops<TSync>.Hash(ts, key);
        }
        catch (PyException e) when (key is PySet ks && e.Value.Type == ts.Rt.ExceptionTypes["TypeError"])
        {
            return Vm.Builtins.Containers.ContainerHashing.FrozenSetHash(ks);
        }
    }

    /// <summary>set.clear(): the keys are released after unlocking.</summary>
    public static void Clear(PyThreadState ts, PySet so)
    {
        SetEntry[] old;
        TSync.LockLeaf(ts, so); // a leaf section: table work only, no key compared
        try
        {
            old = so._table;
            so.ClearLockHeld();
        }
        finally
        {
            TSync.UnlockLeaf(ts, so);
        }
        ReleaseKeys(ts, so, old);
    }

    private static void ReleaseKeys(PyThreadState ts, PySet so, SetEntry[] table)
    {
        foreach (var e in table)
            if (e.Key != null && !so.IsDummy(e.Key)) ObjectLifecycle<TSync>.DecRef(ts, e.Key);
    }

    /// <summary>set.pop(): an arbitrary element (floating), or null if the set is empty.</summary>
    public static PyObject? Pop(PyThreadState ts, PySet so)
    {
        PyObject? k;
        TSync.LockLeaf(ts, so); // a leaf section: table work only, no key compared
        try
        {
            k = so.PopLockHeld(ref so._finger);
        }
        finally
        {
            TSync.UnlockLeaf(ts, so);
        }
        if (k != null && !k.IsImmortal) TSync.DecRefNoDealloc(ts, k);
        return k;
    }

    /// <summary>A consistent (table, fill, used) view of s for reading: frozensets and the GIL build read the live table.</summary>
    public readonly record struct Snap(SetEntry[] Table, int Fill, int Used);

    public static Snap Snapshot(PyThreadState ts, PySet s)
    {
        if (TSync.GilEnabled || IsFrozen(ts, s)) return new(s.Table, s._fill, s.Count);
        TSync.LockLeaf(ts, s); // a copy of the table: a leaf section
        try
        {
            return new((SetEntry[])s._table.Clone(), s._fill, s._used);
        }
        finally
        {
            TSync.UnlockLeaf(ts, s);
        }
    }

    /// <summary>The live (key, hash) entries of a snapshot in table order.</summary>
    public static List<(PyObject Key, long Hash)> Entries(PySet s, Snap snap)
    {
        var res = new List<(PyObject, long)>(snap.Used);
        foreach (var e in snap.Table)
        {
            var k = e.Key;
            if (k != null && !s.IsDummy(k)) res.Add((k, e.Hash));
        }
        return res;
    }

    // ============================================================================ whole-set algorithms

    /// <summary>make_new_set_basetype: an empty set, or frozenset when type derives from frozenset.</summary>
    public static PySet NewOfBaseType(PyThreadState ts, PyType type) =>
        new(type.IsSubtypeOf(ts.Rt.SetType) ? ts.Rt.SetType : ts.Rt.FrozenSetType, ts.Rt.SetDummy);

    /// <summary>set_merge: adds every element of other (a set) to so.</summary>
    public static void Merge(PyThreadState ts, PySet so, PySet other)
    {
        if (ReferenceEquals(so, other)) return;
        var snap = Snapshot(ts, other);
        if (snap.Used == 0) return;
        TSync.Lock(ts, so);
        try
        {
            if ((long)(so._fill + snap.Used) * 5 >= (long)(so._table.Length - 1) * 3)
                ResizeLockHeld(so, (so._used + snap.Used) * 2);
            var table = so._table;
            var ot = snap.Table;
            if (so._fill == 0 && table.Length == ot.Length && snap.Fill == snap.Used)
            {
                for (int i = 0; i < ot.Length; i++)
                {
                    var k = ot[i].Key;
                    if (k == null || other.IsDummy(k)) continue;
                    ObjectLifecycle<TSync>.IncRef(ts, k);
                    table[i].Hash = ot[i].Hash;
                    Volatile.Write(ref table[i].Key, k);
                }
                so._fill = snap.Fill;
                Volatile.Write(ref so._used, snap.Used);
                so.Version++;
                return;
            }
            if (so._fill == 0)
            {
                int n = 0;
                foreach (var e in ot)
                {
                    var k = e.Key;
                    if (k == null || other.IsDummy(k)) continue;
                    ObjectLifecycle<TSync>.IncRef(ts, k);
                    InsertClean(table, k, e.Hash);
                    n++;
                }
                so._fill = n;
                Volatile.Write(ref so._used, n);
                so.Version++;
                return;
            }
            foreach (var e in ot)
            {
                var k = e.Key;
                if (k == null || other.IsDummy(k)) continue;
                if (AddEntryLockHeld(ts, so, k, e.Hash)) ObjectLifecycle<TSync>.IncRef(ts, k);
            }
        }
        finally
        {
            TSync.Unlock(ts, so);
        }
    }

    /// <summary>The live (key, hash) pairs of a dict, in order (lock-free: entries are published with their hash).</summary>
    public static List<(PyObject Key, long Hash)> DictKeyHashes(PyDict d)
    {
        var t = d.Table;
        int n = t.Count;
        var res = new List<(PyObject, long)>(d.Count);
        for (int j = 0; j < n && j < t.Entries.Length; j++)
        {
            var k = Volatile.Read(ref t.Entries[j].Key);
            if (k == null || t.Entries[j].Value == null) continue;
            res.Add((k, t.Entries[j].Hash));
        }
        return res;
    }

    /// <summary>set_update_internal: set.update(other) for one argument. <paramref name="fresh"/>: so is
    /// a new empty set nothing else sees yet (set(x), frozenset(x)), which a generator's values may be
    /// added to as it yields them (SetAddingSink, Interpreter/YieldSinks.cs).</summary>
    public static void UpdateInternal(PyThreadState ts, PySet so, PyObject other, bool fresh = false)
    {
        var rt = ts.Rt;
        if (other is PySet os)
        {
            Merge(ts, so, os);
            return;
        }
        if (other is PyDict d && other.Type == rt.DictType)
        {
            var entries = DictKeyHashes(d);
            TSync.Lock(ts, so);
            try
            {
                if ((long)(so._fill + entries.Count) * 5 >= (long)(so._table.Length - 1) * 3)
                    ResizeLockHeld(so, (so._used + entries.Count) * 2);
                foreach (var (k, h) in entries)
                    if (AddEntryLockHeld(ts, so, k, h)) ObjectLifecycle<TSync>.IncRef(ts, k);
            }
            finally
            {
                TSync.Unlock(ts, so);
            }
            return;
        }
        var it = Ops<TSync>.GetIter(ts, other);
        try
        {
            if (fresh && it is PyGenerator g)
            {
                var sink = new SetAddingSink<TSync>(so);
                while (Generators<TSync>.NextOrNull(ts, g, sink) is { } v)
                    if (!Add(ts, so, v)) Ops<TSync>.Drop(ts, v);
            }
            else
            {
                while (Ops<TSync>.Next(ts, it) is { } v)
                    if (!Add(ts, so, v)) Ops<TSync>.Drop(ts, v); // a fresh item equal to one there dies here
            }
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, other);
        }
    }

    /// <summary>A new set of so's base type with the same elements (set_copy).</summary>
    public static PySet Copy(PyThreadState ts, PySet so)
    {
        var r = NewOfBaseType(ts, so.Type);
        Merge(ts, r, so);
        return r;
    }

    /// <summary>set_intersection.</summary>
    public static PySet Intersection(PyThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return Copy(ts, so);
        var result = NewOfBaseType(ts, so.Type);
        if (other is PySet os)
        {
            PySet big = so, small = os;
            if (os.Count > so.Count)
            {
                big = os;
                small = so;
            }
            foreach (var (k, h) in Entries(small, Snapshot(ts, small)))
                if (LookKey(ts, big, k, h) >= 0) AddEntry(ts, result, k, h);
            return result;
        }
        var it = Ops<TSync>.GetIter(ts, other);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } key)
            {
                long h = Ops<TSync>.Hash(ts, key);
                bool found = LookKey(ts, so, key, h) >= 0;
                if (!found || !AddEntry(ts, result, key, h)) Ops<TSync>.Drop(ts, key);
                if (found && result.Count >= so.Count) break;
            }
            return result;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, other);
        }
    }

    /// <summary>set.intersection(*others).</summary>
    public static PySet IntersectionMulti(PyThreadState ts, PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return Copy(ts, so);
        PySet result = so;
        foreach (var o in others)
        {
            var next = Intersection(ts, result, o);
            if (!ReferenceEquals(result, so)) Release(ts, result);
            result = next;
        }
        return result;
    }

    /// <summary>Drops a private temporary set (its keys are released).</summary>
    public static void Release(PyThreadState ts, PySet tmp)
    {
        if (!TSync.IsFloating(ts, tmp)) return;
        var t = tmp._table;
        tmp.ClearLockHeld();
        ReleaseKeys(ts, tmp, t);
    }

    /// <summary>set_swap_bodies(a, b) with a's lock held by this call; b must be private.</summary>
    public static void SwapBodies(PyThreadState ts, PySet a, PySet b)
    {
        TSync.LockLeaf(ts, a); // a leaf section: two tables swapped
        try
        {
            var t = a._table;
            int fill = a._fill, used = a._used;
            Volatile.Write(ref a._table, b._table);
            a._fill = b._fill;
            Volatile.Write(ref a._used, b._used);
            b._table = t;
            b._fill = fill;
            b._used = used;
            a.Version++;
            b.Version++;
        }
        finally
        {
            TSync.UnlockLeaf(ts, a);
        }
    }

    /// <summary>so &amp;= other / so.intersection_update(*others).</summary>
    public static void IntersectionUpdate(PyThreadState ts, PySet so, ReadOnlySpan<PyObject> others)
    {
        var tmp = IntersectionMulti(ts, so, others);
        SwapBodies(ts, so, tmp);
        Release(ts, tmp);
    }

    /// <summary>set_difference_update_internal.</summary>
    public static void DifferenceUpdate(PyThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            Clear(ts, so);
            return;
        }
        if (other is PySet os)
        {
            PySet src = os;
            bool temp = false;
            if ((os.Count >> 3) > so.Count)
            {
                src = Intersection(ts, so, os);
                temp = true;
            }
            var removed = new List<PyObject>();
            var entries = Entries(src, Snapshot(ts, src));
            TSync.Lock(ts, so);
            try
            {
                foreach (var (k, h) in entries)
                    if (DiscardEntryLockHeld(ts, so, k, h) is { } r) removed.Add(r);
            }
            finally
            {
                TSync.Unlock(ts, so);
            }
            foreach (var r in removed) ObjectLifecycle<TSync>.DecRef(ts, r);
            if (temp) Release(ts, src);
        }
        else
        {
            var it = Ops<TSync>.GetIter(ts, other);
            try
            {
                while (Ops<TSync>.Next(ts, it) is { } key)
                {
                    DiscardEntry(ts, so, key, Ops<TSync>.Hash(ts, key));
                    Ops<TSync>.Drop(ts, key);
                }
            }
            finally
            {
                Ops<TSync>.DropIterator(ts, it, other);
            }
        }
        TSync.Lock(ts, so);
        try
        {
            if ((so._fill - so._used) > (so._table.Length - 1) / 4)
                ResizeLockHeld(so, so._used > 50000 ? so._used * 2 : so._used * 4);
        }
        finally
        {
            TSync.Unlock(ts, so);
        }
    }

    /// <summary>set_difference.</summary>
    public static PySet Difference(PyThreadState ts, PySet so, PyObject other)
    {
        long otherSize;
        var od = other as PyDict;
        if (other is PySet os) otherSize = os.Count;
        else if (od != null && other.Type == ts.Rt.DictType) otherSize = od.Count;
        else return CopyAndDifference(ts, so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(ts, so, other);
        var result = NewOfBaseType(ts, so.Type);
        var eq = new PyKeyEq<TSync>(ts);
        if (od != null) TSync.EnsureSharedOnRead(ts, od);
        foreach (var (k, h) in Entries(so, Snapshot(ts, so)))
        {
            bool present = other is PySet oset ? LookKey(ts, oset, k, h) >= 0 : od!.Get(k, h, ref eq) != null;
            if (!present) AddEntry(ts, result, k, h);
        }
        return result;
    }

    private static PySet CopyAndDifference(PyThreadState ts, PySet so, PyObject other)
    {
        var r = Copy(ts, so);
        DifferenceUpdate(ts, r, other);
        return r;
    }

    /// <summary>set.difference(*others).</summary>
    public static PySet DifferenceMulti(PyThreadState ts, PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return Copy(ts, so);
        var result = Difference(ts, so, others[0]);
        for (int i = 1; i < others.Length; i++) DifferenceUpdate(ts, result, others[i]);
        return result;
    }

    /// <summary>set_symmetric_difference_update.</summary>
    public static void SymmetricDifferenceUpdate(PyThreadState ts, PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            Clear(ts, so);
            return;
        }
        List<(PyObject Key, long Hash)> entries;
        PySet? temp = null;
        if (other is PyDict d && other.Type == ts.Rt.DictType) entries = DictKeyHashes(d);
        else if (other is PySet os) entries = Entries(os, Snapshot(ts, os));
        else
        {
            temp = NewOfBaseType(ts, so.Type);
            UpdateInternal(ts, temp, other);
            entries = Entries(temp, Snapshot(ts, temp));
        }
        var removed = new List<PyObject>();
        TSync.Lock(ts, so);
        try
        {
            foreach (var (k, h) in entries)
            {
                var r = DiscardEntryLockHeld(ts, so, k, h);
                if (r != null) removed.Add(r);
                else if (AddEntryLockHeld(ts, so, k, h)) ObjectLifecycle<TSync>.IncRef(ts, k);
            }
        }
        finally
        {
            TSync.Unlock(ts, so);
        }
        foreach (var r in removed) ObjectLifecycle<TSync>.DecRef(ts, r);
        if (temp != null) Release(ts, temp);
    }

    /// <summary>set_symmetric_difference: a new set from other, then updated with so.</summary>
    public static PySet SymmetricDifference(PyThreadState ts, PySet so, PyObject other)
    {
        var result = NewOfBaseType(ts, so.Type);
        UpdateInternal(ts, result, other);
        SymmetricDifferenceUpdate(ts, result, so);
        return result;
    }

    /// <summary>set.issubset(other).</summary>
    public static bool IsSubset(PyThreadState ts, PySet so, PyObject other)
    {
        if (other is not PySet os)
        {
            var tmp = Intersection(ts, so, other);
            bool r = tmp.Count == so.Count;
            Release(ts, tmp);
            return r;
        }
        if (so.Count > os.Count) return false;
        foreach (var (k, h) in Entries(so, Snapshot(ts, so)))
            if (LookKey(ts, os, k, h) < 0) return false;
        return true;
    }

    /// <summary>set.issuperset(other).</summary>
    public static bool IsSuperset(PyThreadState ts, PySet so, PyObject other)
    {
        if (other is PySet os) return IsSubset(ts, os, so);
        var it = Ops<TSync>.GetIter(ts, other);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } key)
            {
                bool found = LookKey(ts, so, key, Ops<TSync>.Hash(ts, key)) >= 0;
                Ops<TSync>.Drop(ts, key);
                if (!found) return false;
            }
            return true;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, other);
        }
    }

    /// <summary>set.isdisjoint(other).</summary>
    public static bool IsDisjoint(PyThreadState ts, PySet so, PyObject other)
    {
        var rt = ts.Rt;
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (other is PySet os && (other.Type == rt.SetType || other.Type == rt.FrozenSetType))
        {
            PySet big = so, small = os;
            if (os.Count > so.Count)
            {
                big = os;
                small = so;
            }
            foreach (var (k, h) in Entries(small, Snapshot(ts, small)))
                if (LookKey(ts, big, k, h) >= 0) return false;
            return true;
        }
        var it = Ops<TSync>.GetIter(ts, other);
        try
        {
            while (Ops<TSync>.Next(ts, it) is { } key)
            {
                bool found = LookKey(ts, so, key, Ops<TSync>.Hash(ts, key)) >= 0;
                Ops<TSync>.Drop(ts, key);
                if (found) return false;
            }
            return true;
        }
        finally
        {
            Ops<TSync>.DropIterator(ts, it, other);
        }
    }
}
