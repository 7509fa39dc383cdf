// `dict`: insertion-ordered compact hash table (CPython's layout: an index table into a dense
// entry array).
//
// Design note (free-threaded backend): writers hold the dict's critical section (Ops take it;
// methods named ...LockHeld assume it). Readers are lock-free: they load _table once and probe it.
// A table is mutated in place only by appending an entry (fields written before the index slot
// that publishes it, with Volatile.Write), by overwriting a value, or by clearing a key on
// delete; a resize builds a whole new DictTable and publishes it with one Volatile.Write. So a
// reader sees either the old or the new table, and within a table every published index points
// at a fully written entry. Equality callbacks into Python (__eq__) run with no lock held by the
// reader; writers release nothing during __eq__ (CPython's choice too: the critical section is
// suspended if __eq__ blocks). The object ends in 32 bytes of padding against false sharing
// between neighbouring dicts (HotFieldPadding.cs).
//
// Plain keys: a dict that has only ever held exact str and int keys (DictTable.GeneralKeys false) compares
// a plain probe key with its keys without Python code: FastOrSlowEqual compares two strs or two
// ints itself, and a str and an int are never equal (PlainKeyEq). DictOps stores such a key in a
// leaf section (no Python code, nothing that blocks: ISyncPolicy.LockLeaf). The flag lives in the
// table (a resize carries it over; clear's new table starts without it), is written only by a
// writer holding the critical section and never goes back to false except by clear; a writer that
// read it before locking reads it again inside the section.
//
// Logical size: what a program sees of the table is its entry positions (iteration walks them; an
// iterator keeps a position, and an insertion after a deletion during iteration shows whether the
// table was compacted), and CPython compacts exactly when its table resizes. So each table carries
// the size CPython's table would have (DictTable.LogicalSize, changed by a writer under the section;
// readers never look at it) and resizes, dropping deleted entries, when CPython's does: when the
// entries reach two thirds of the logical size. What it allocates may differ without being seen: a
// display's dict gets exactly the entries of its pairs and, when they run out first, a copy with the
// full two thirds at the same positions (DictTable.ExtendedCopy: a new table published like a
// resize's); a dict refilled after clear() has the old, larger table, which takes CPython's next
// logical size in place while no entry is deleted (CPython's resize then moves no entry either).
//
// Table storage is pooled per thread (Runtime/Pools/DictTablePool.cs, whose header is the design
// note): a resize and clear() hand the replaced table's arrays to the thread's pool when
// ISyncPolicy.MayReuseStorage allows it, the death of an exact dict when its sync policy releases it
// (Runtime/Pools/DeadStorage.cs: free-threaded, after a QSBR grace period), and the next table of that size is a new
// DictTable over them. Consequences here: (1) nothing may use a table after Python code ran without
// checking that it is still the dict's table: FindEntry starts again on the current table when a key's
// __eq__ changed it (as CPython's lookup does), and every caller reads the entry index it returns from
// the table FindEntry leaves in its ref argument; (2) lock-free readers either mark the dict shared
// first (TSync.EnsureSharedOnRead: DictOps, iterators, repr) or, when they have no thread state and
// run no Python code (GetStr, FindStrIndex's callers, Get, Snapshot, the LOAD_GLOBAL and LOAD_ATTR
// caches), check after reading that the table they read is still the dict's; (3) a table object is
// never reused, only its arrays, so a table's identity still means "this dict, unchanged layout".
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Vm.Objects;

/// <summary>Key equality for dict probing: identity and str/int fast paths are done by the dict.</summary>
public interface IKeyEquality
{
    bool Equal(PyObject stored, PyObject probe);
}

/// <summary>Key equality for a plain probe key in a dict whose keys are all plain (exact str or
/// int): FastOrSlowEqual compares a str with a str and an int with an int itself, so the only
/// pairs left are a str and an int, never equal.</summary>
public struct PlainKeyEq : IKeyEquality
{
    public bool Equal(PyObject stored, PyObject probe) => false;
}

public class PyDict : PyObject
{
    internal DictTable _table;
    internal int _used;
    /// <summary>Bumped on every insertion/deletion (iteration checks "changed size during iteration").</summary>
    public int Version;
    /// <summary>The type whose namespace this is (null for every other dict): every change to the
    /// dict invalidates that type's attribute lookup cache, after the change is published.</summary>
    internal PyType? TypeOwner;
    /// <summary>Keeps the written words of two neighbouring dicts on different cache lines (HotFieldPadding.cs).</summary>
    internal HotFieldPadding32 _padding;

    public PyDict(PyType type) : base(type)
    {
        _table = DictTable.Empty;
    }

    /// <summary>
    /// A dict presized for <paramref name="capacity"/> insertions (a display's pairs, an instance's
    /// attributes): the smallest index whose two thirds hold them (dict_new_presized's for the 6-15
    /// pairs of a display; the one an empty dict grows to for more). <paramref name="exact"/> (a
    /// display, which seldom grows): exactly the entries asked for, not the index's two thirds
    /// (`{"key": i, "one": 1}`: 2 entries, 72 bytes, instead of 5, 144); more insertions first extend
    /// the entries to the full two thirds at the same positions (<see cref="MakeRoomLockHeld"/>: a new
    /// table, 48 bytes and the full entries), so the table resizes (and drops deleted entries) exactly
    /// when CPython's does.
    /// </summary>
    public PyDict(PyType type, int capacity, bool exact = false, bool generalKind = false) : base(type)
    {
        if (capacity <= 0)
        {
            _table = DictTable.Empty;
            return;
        }
        int size = 8;
        while (DictTable.UsableFor(size) < capacity && size < DictTable.MaxIndexSize) size <<= 1;
        int usable = DictTable.UsableFor(size);
        _table = new DictTable(size, exact ? Math.Min(capacity, usable) : usable, size, generalKind);
    }

    /// <summary>
    /// The unpublished dict a display of <paramref name="n"/> pairs fills
    /// (<paramref name="keys"/>[<paramref name="start"/> + j * <paramref name="stride"/>] is key j), as
    /// CPython 3.13 makes it: 6-15 pairs presized (_PyDict_FromItems: dict_new_presized, general
    /// when any key is not an exact str); up to 5 pairs from the empty keys, where the first key
    /// decides the kind (a later key other than an exact str converts the table as it is inserted),
    /// which a presize of 8 slots of the first key's kind equals; 16 or more from an empty dict, one
    /// pair at a time (the compiler's BUILD_MAP 0 and MAP_ADD), so not presized here either. Exactly
    /// the entries of the pairs (see the constructor).
    /// </summary>
    public static PyDict ForDisplay(PyType type, PyObject?[] keys, int start, int stride, int n)
    {
        if (n >= 16) return new PyDict(type);
        int check = n <= 5 ? Math.Min(n, 1) : n;
        bool general = false;
        for (int j = 0; j < check && !general; j++) general = !IsExactStr(keys[start + j * stride]!);
        return new PyDict(type, n, exact: true, general);
    }

    /// <summary>
    /// The dict a merge of <paramref name="n"/> items into a new dict starts from (dict_merge's one
    /// dictresize to estimate_log2_keysize, with the source table's kind): dict.copy() of a table with
    /// many deleted entries.
    /// </summary>
    public static PyDict ForMerge(PyType type, int n, bool generalKind)
    {
        if (n <= 0) return new PyDict(type);
        int size = Math.Min(DictTable.EstimateSizeFor(n), DictTable.MaxIndexSize);
        return new PyDict(type) { _table = new DictTable(size, DictTable.UsableFor(size), size, generalKind) };
    }

    /// <summary>An exact str (CPython's PyUnicode_CheckExact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExactStr(PyObject key) => key.GetType() == typeof(PyStr) && !key.Type.IsHeapType;

    /// <summary>
    /// dict.copy() of a table whose live entries are at least two thirds of its entries (CPython's
    /// PyDict_Copy clones such a table: clone_combined_dict_keys): an unpublished exact dict with
    /// the same logical size and its live entries at the same positions, deleted ones left deleted,
    /// so iterating the copy sees what CPython's would; its full two thirds of entries, as CPython's
    /// clone has (a copy is often added to). Null for an emptier table (CPython then
    /// merges the items into a new dict, which the caller does). Reads <paramref name="t"/> lock-free
    /// like <see cref="Snapshot"/>; the caller counts the copy's references to its keys and values.
    /// </summary>
    internal static PyDict? CloneLayout(PyType type, DictTable t, Vm.Runtime.DictTablePool? pool = null)
    {
        int n = Math.Min(t.Count, t.Entries.Length);
        if (n == 0) return null;
        int size = t.LogicalSize;
        var nt = pool?.Rent(size, DictTable.UsableFor(size), size, t.GeneralKind) ?? new DictTable(size, DictTable.UsableFor(size), size, t.GeneralKind);
        int live = 0;
        for (int j = 0; j < n; j++)
        {
            ref var e = ref t.Entries[j];
            var k = Volatile.Read(ref e.Key);
            var v = Volatile.Read(ref e.Value);
            if (k == null || v == null) continue;
            nt.Entries[j] = new DictEntry { Hash = e.Hash, Key = k, Value = v };
            nt.SetSlot(FreeSlot(nt, e.Hash), j + 1);
            live++;
        }
        nt.Count = n;
        if (live == 0 || live < n * 2 / 3)
        {
            pool?.Return(nt); // never published
            return null;
        }
        if (t.GeneralKeys) nt.GeneralKeys = true;
        return new PyDict(type) { _table = nt, _used = live };
    }

    public int Count => Volatile.Read(ref _used);

    /// <summary>An exact str or int (bool too): compared with another plain key without Python code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainKey(PyObject key)
    {
        // GetType() compared directly: one method-table test each (kept in a local it was a call).
        return (key.GetType() == typeof(PyStr) || key.GetType() == typeof(PyInt)) && !key.Type.IsHeapType;
    }

    /// <summary>True while every key this dict holds is plain (read it again inside the section).</summary>
    internal bool HasOnlyPlainKeys => !Volatile.Read(ref _table).GeneralKeys;

    internal DictTable Table => Volatile.Read(ref _table);

    /// <summary>
    /// Lock-free lookup of an exact str key with its cached hash, for the runtime's own dicts (type
    /// and module dicts it fills): a stored str subclass key is compared by its text and a non-str
    /// key never matches, without Python code. A dict a program can fill uses the overload with an
    /// equality (<see cref="GetStr{TEq}"/>), which calls __eq__ as CPython does. Needs no thread
    /// state and does not mark the dict shared: it checks after reading that the table it read is
    /// still the dict's, and reads again if not (Runtime/Pools/DictTablePool.cs: a replaced table's
    /// arrays may have gone to another dict).
    /// </summary>
    public PyObject? GetStr(PyStr key)
    {
        while (true)
        {
            var t = Volatile.Read(ref _table);
            int ix = FindStrIndex(t, key);
            var v = ix < 0 ? null : Volatile.Read(ref t.Entries[ix].Value);
            if (ReferenceEquals(Volatile.Read(ref _table), t)) return v;
        }
    }

    /// <summary>
    /// Lock-free lookup of an exact str key (<paramref name="key"/>'s type is str) with its cached hash.
    /// Exact str keys are compared here without callbacks; the first entry of the same hash whose key
    /// is a str subclass or not a str at all sends the lookup to <see cref="Get{TEq}"/> with
    /// <paramref name="eq"/> (CPython's general lookup: the stored key's __eq__ decides; the caller
    /// marked the dict shared first, as for Get). A table of only exact str keys never leaves this
    /// loop, so its fast path is the one it always was. The value is returned only if the table it
    /// came from is still the dict's (as <see cref="GetStr(PyStr)"/>).
    /// </summary>
    public PyObject? GetStr<TEq>(PyStr key, ref TEq eq) where TEq : struct, IKeyEquality
    {
    restart:
        var t = Volatile.Read(ref _table);
        long h = key.Hash;
        int mask = t.Mask;
        ulong perturb = (ulong)h;
        int i = (int)(h & mask);
        PyObject? v;
        while (true)
        {
            int ix = t.Slot(i);
            if (ix == DictTable.EmptySlot) { v = null; break; }
            if (ix > 0)
            {
                ref var e = ref t.Entries[ix - 1];
                if (e.Hash == h)
                {
                    var k = Volatile.Read(ref e.Key);
                    if (ReferenceEquals(k, key)) { v = Volatile.Read(ref e.Value); break; }
                    if (k is PyStr ks && k is not Vm.Builtins.Text.PyStrSubclass) { if (ks.Value == key.Value) { v = Volatile.Read(ref e.Value); break; } }
                    else if (k != null) return GetStrGeneral(key, h, ref eq);
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        if (!ReferenceEquals(Volatile.Read(ref _table), t)) goto restart;
        return v;
    }

    /// <summary><see cref="GetStr{TEq}"/> in a table holding a key only Python's == compares with a str: the general probe.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyObject? GetStrGeneral<TEq>(PyStr key, long h, ref TEq eq) where TEq : struct, IKeyEquality => Get(key, h, ref eq);

    /// <summary>
    /// The entry index of a str key in table <paramref name="t"/> (or -1), probing like <see cref="GetStr(PyStr)"/>.
    /// A caller that reads lock-free checks afterwards that <paramref name="t"/> is still the dict's
    /// table (see <see cref="GetStr(PyStr)"/>).
    /// </summary>
    internal static int FindStrIndex(DictTable t, PyStr key)
    {
        long h = key.Hash;
        int mask = t.Mask;
        ulong perturb = (ulong)h;
        int i = (int)(h & mask);
        while (true)
        {
            int ix = t.Slot(i);
            if (ix == DictTable.EmptySlot) return -1;
            if (ix > 0)
            {
                ref var e = ref t.Entries[ix - 1];
                if (e.Hash == h)
                {
                    var k = Volatile.Read(ref e.Key);
                    if (ReferenceEquals(k, key) || (k is PyStr ks && ks.Value == key.Value)) return ix - 1;
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>
    /// Finds the entry index for key (or -1) in table <paramref name="t"/> (the dict's table, read by
    /// the caller). Lock-free for readers; may call back into Python through eq. After a key's
    /// __eq__ has run, the probe goes on only if <paramref name="t"/> is still the dict's table and the
    /// entry still holds the key compared (CPython's "dict mutated during lookup": it restarts too);
    /// otherwise it starts again on the dict's current table, left in <paramref name="t"/>. So the index
    /// returned is an index of <paramref name="t"/>, and when eq ran, <paramref name="t"/> was the dict's
    /// table after the last callback: __eq__ may have resized or cleared the dict and its old table's
    /// arrays may belong to another dict by now (Runtime/Pools/DictTablePool.cs).
    /// </summary>
    public int FindEntry<TEq>(ref DictTable t, PyObject key, long h, ref TEq eq) where TEq : struct, IKeyEquality
    {
    restart:
        int mask = t.Mask;
        ulong perturb = (ulong)h;
        int i = (int)(h & mask);
        while (true)
        {
            int ix = t.Slot(i);
            if (ix == DictTable.EmptySlot) return -1;
            if (ix > 0)
            {
                ref var e = ref t.Entries[ix - 1];
                var k = e.Key;
                if (k != null)
                {
                    if (ReferenceEquals(k, key)) return ix - 1;
                    if (e.Hash == h)
                    {
                        if (FastEqual(k, key, out bool same))
                        {
                            if (same) return ix - 1;
                        }
                        else
                        {
                            bool equal = eq.Equal(k, key);
                            var now = Volatile.Read(ref _table);
                            if (!ReferenceEquals(now, t) || !ReferenceEquals(Volatile.Read(ref e.Key), k))
                            {
                                t = now;
                                goto restart;
                            }
                            if (equal) return ix - 1;
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>Two exact strs or two exact ints compared without Python code (true, with the answer in <paramref name="equal"/>); false for any other pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastEqual(PyObject k, PyObject key, out bool equal)
    {
        if (k is PyStr a && key is PyStr b && a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
        {
            equal = a.Value == b.Value;
            return true;
        }
        if (k.GetType() == typeof(PyInt) && key.GetType() == typeof(PyInt))
        {
            var x = (PyInt)k; var y = (PyInt)key;
            equal = x.IsBig || y.IsBig ? x.Big == y.Big : x.Small == y.Small;
            return true;
        }
        equal = false;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FastOrSlowEqual<TEq>(PyObject k, PyObject key, ref TEq eq) where TEq : struct, IKeyEquality =>
        FastEqual(k, key, out bool equal) ? equal : eq.Equal(k, key);

    /// <summary>
    /// Lock-free lookup. A caller with a thread state calls TSync.EnsureSharedOnRead first (a key's
    /// __eq__ is called on what it reads); the value is returned only if the table it came from is
    /// still the dict's after the read (as <see cref="GetStr"/>).
    /// </summary>
    public PyObject? Get<TEq>(PyObject key, long h, ref TEq eq) where TEq : struct, IKeyEquality
    {
        while (true)
        {
            var t = Volatile.Read(ref _table);
            int ix = FindEntry(ref t, key, h, ref eq);
            var v = ix < 0 ? null : Volatile.Read(ref t.Entries[ix].Value);
            if (ReferenceEquals(Volatile.Read(ref _table), t)) return v;
        }
    }

    /// <summary>
    /// Inserts or replaces. Returns the previous value (null if the key was new). <paramref name="pool"/>:
    /// the caller's thread's table pool, which a resize rents from and returns the old table to
    /// (<see cref="RetireLockHeld"/>); null for none.
    /// </summary>
    public PyObject? SetLockHeld<TEq>(PyObject key, long h, PyObject value, ref TEq eq, Vm.Runtime.DictTablePool? pool = null) where TEq : struct, IKeyEquality
    {
        if (!IsExactStr(key) && !_table.GeneralKind && _table.Usable != 0) ToGeneralKindLockHeld(pool);
        var t = _table;
        int ix = FindEntry(ref t, key, h, ref eq);
        if (ix >= 0)
        {
            var old = t.Entries[ix].Value;
            Volatile.Write(ref t.Entries[ix].Value, value);
            TypeOwner?.InvalidateLookupCache();
            return old;
        }
        InsertNewLockHeld(key, h, value, pool);
        return null;
    }

    /// <summary>
    /// <see cref="SetLockHeld"/> for a plain key into a dict whose keys are all plain ("Plain keys"): the
    /// same result from one probe. No key comparison can run Python code, so the table cannot change
    /// while it probes, and the probe that does not find the key has passed the slot an insertion
    /// takes (the first dummy on the way, else the empty slot that ended it: what FreeSlot finds).
    /// </summary>
    public PyObject? SetPlainLockHeld(PyObject key, long h, PyObject value, Vm.Runtime.DictTablePool? pool = null)
    {
        if (!IsExactStr(key) && !_table.GeneralKind && _table.Usable != 0) ToGeneralKindLockHeld(pool);
        var t = _table;
        int mask = t.Mask;
        ulong perturb = (ulong)h;
        int i = (int)(h & mask);
        int free = -1;
        var eq = new PlainKeyEq();
        while (true)
        {
            int ix = t.Slot(i);
            if (ix == DictTable.EmptySlot) break;
            if (ix > 0)
            {
                ref var e = ref t.Entries[ix - 1];
                var k = e.Key;
                if (k != null && (ReferenceEquals(k, key) || (e.Hash == h && FastOrSlowEqual(k, key, ref eq))))
                {
                    var old = e.Value;
                    Volatile.Write(ref e.Value, value);
                    TypeOwner?.InvalidateLookupCache();
                    return old;
                }
            }
            else if (free < 0) free = i;
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        if (t.Count >= t.Entries.Length || t.Count >= t.Usable)
        {
            t = MakeRoomLockHeld(key, pool);
            free = FreeSlot(t, h);
        }
        else if (free < 0) free = i;
        AppendLockHeld(t, free, key, h, value);
        return null;
    }

    /// <summary>Appends a key known to be absent (<paramref name="pool"/> as in <see cref="SetLockHeld"/>).</summary>
    public void InsertNewLockHeld(PyObject key, long h, PyObject value, Vm.Runtime.DictTablePool? pool = null)
    {
        if (!IsExactStr(key) && !_table.GeneralKind && _table.Usable != 0) ToGeneralKindLockHeld(pool);
        var t = _table;
        if (t.Count >= t.Entries.Length || t.Count >= t.Usable) t = MakeRoomLockHeld(key, pool);
        if (!IsPlainKey(key) && !t.GeneralKeys) t.GeneralKeys = true; // t has room: never Empty or a cleared table
        AppendLockHeld(t, FreeSlot(t, h), key, h, value);
    }

    /// <summary>Appends an absent key's entry to table t (the current one, with room) and publishes it in index slot <paramref name="slot"/>.</summary>
    private void AppendLockHeld(DictTable t, int slot, PyObject key, long h, PyObject value)
    {
        int n = t.Count;
        ref var e = ref t.Entries[n];
        e.Hash = h;
        e.Value = value;
        Volatile.Write(ref e.Key, key);
        t.Count = n + 1;
        t.SetSlot(slot, n + 1);
        Volatile.Write(ref _used, _used + 1);
        Version++;
        TypeOwner?.InvalidateLookupCache();
    }

    /// <summary>Removes the entry at ix (found by FindEntry on the current table); returns its key and value.</summary>
    public (PyObject Key, PyObject Value) RemoveEntryLockHeld(int ix)
    {
        var t = _table;
        ref var e = ref t.Entries[ix];
        var k = e.Key!;
        var v = e.Value!;
        // Mark the index slot as dummy.
        int mask = t.Mask;
        ulong perturb = (ulong)e.Hash;
        int i = (int)(e.Hash & mask);
        while (t.Slot(i) != ix + 1)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        t.SetSlot(i, DictTable.DummySlot);
        Volatile.Write(ref e.Key, null);
        e.Value = null;
        Volatile.Write(ref _used, _used - 1);
        Version++;
        TypeOwner?.InvalidateLookupCache();
        return (k, v);
    }

    public void ClearLockHeld()
    {
        Volatile.Write(ref _table, DictTable.AfterClear(_table));
        Volatile.Write(ref _used, 0);
        Version++;
        TypeOwner?.InvalidateLookupCache();
    }

    /// <summary>
    /// The current table with room for one more entry, for an insertion that found it full: full as
    /// CPython's table (<see cref="DictTable.Usable"/>: its insertion_resize, to the size for the
    /// live entries), or out of entries before that (a presized table: extended at the same positions).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DictTable MakeRoomLockHeld(PyObject key, Vm.Runtime.DictTablePool? pool)
    {
        var t = _table;
        if (t.Count < t.Usable)
        {
            var ext = t.ExtendedCopy();
            Volatile.Write(ref _table, ext);
            return ext;
        }
        int size = DictTable.IndexSizeFor(_used);
        if (t.Count == _used && DictTable.UsableFor(size) <= t.Entries.Length)
        {
            // No deleted entry, so CPython's resize moves none: a table that already has the
            // entries (a refill after clear) takes the new logical size in place.
            t.SetLogicalSize(size, t.GeneralKind);
            return t;
        }
        // from CPython's empty keys (a new or cleared dict) the first key decides the kind
        return ResizeLockHeld(size, t.Usable == 0 ? !IsExactStr(key) : t.GeneralKind, pool);
    }

    /// <summary>
    /// CPython's insertdict before it stores a key other than an exact str into a unicode table:
    /// insertion_resize to the size for the live entries, general from then on (see
    /// <see cref="DictTable.GeneralKind"/>). In place when no entry is deleted (none moves) and
    /// the index is large enough; the entries are extended later if the new size allows more.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ToGeneralKindLockHeld(Vm.Runtime.DictTablePool? pool)
    {
        var t = _table;
        int size = DictTable.IndexSizeFor(_used);
        if (t.Count == _used && size <= t.IndexSize) t.SetLogicalSize(size, generalKind: true);
        else ResizeLockHeld(size, generalKind: true, pool);
    }

    /// <summary>
    /// A new table of logical size <paramref name="size"/> holding the live entries in order: from
    /// <paramref name="pool"/> when it has arrays of that size, and the old table returned to it
    /// once the new one is published (<see cref="RetireLockHeld"/>).
    /// </summary>
    private DictTable ResizeLockHeld(int size, bool generalKind, Vm.Runtime.DictTablePool? pool)
    {
        int indexSize = size, needed = DictTable.UsableFor(size);
        var old = _table;
        if (old.RefillCapacity > needed)
        {
            // the first insertion after clear(): the cleared table's index and entries (a valid
            // pair: they were one), standing for CPython's new table of `size` slots
            needed = old.RefillCapacity;
            indexSize = old.RefillIndexSize;
        }
        var nt = pool?.Rent(indexSize, needed, size, generalKind) ?? new DictTable(indexSize, needed, size, generalKind);
        if (old.GeneralKeys) nt.GeneralKeys = true;
        int n = 0;
        if (old.Count == _used)
        {
            // No deleted entries (the common case: a dict that only grew): one bulk copy of the
            // entries, then the index built from their hashes.
            n = old.Count;
            Array.Copy(old.Entries, nt.Entries, n);
            for (int j = 0; j < n; j++) nt.SetSlot(FreeSlot(nt, nt.Entries[j].Hash), j + 1);
        }
        else
        {
            for (int j = 0; j < old.Count; j++)
            {
                ref var e = ref old.Entries[j];
                if (e.Key == null) continue;
                nt.Entries[n] = e;
                nt.SetSlot(FreeSlot(nt, e.Hash), n + 1);
                n++;
            }
        }
        nt.Count = n;
        Volatile.Write(ref _table, nt);
        if (pool != null) RetireLockHeld(old, pool);
        return nt;
    }

    /// <summary>
    /// Hands <paramref name="old"/>, the table this dict just replaced (the new one is published), to
    /// <paramref name="pool"/> when no one can still be reading it (DictTablePool.MayReuse, asked now,
    /// holding the section, before any Python code can run: Runtime/Pools/DictTablePool.cs).
    /// </summary>
    private void RetireLockHeld(DictTable old, Vm.Runtime.DictTablePool pool)
    {
        if (old.IndexBytes != null && pool.MayReuse(this)) pool.Return(old);
    }

    /// <summary>The first empty or dummy index slot of hash h's probe sequence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FreeSlot(DictTable t, long h)
    {
        int mask = t.Mask;
        ulong perturb = (ulong)h;
        int i = (int)(h & mask);
        while (t.Slot(i) > 0)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        return i;
    }

    /// <summary>Iterates live entries by position: returns the next position > pos holding a live entry, or -1.</summary>
    public int NextEntry(ref DictTable t, int pos, out PyObject key, out PyObject value)
    {
        while (pos < t.Count)
        {
            ref var e = ref t.Entries[pos];
            var k = e.Key;
            var v = e.Value;
            if (k != null && v != null)
            {
                key = k;
                value = v;
                return pos;
            }
            pos++;
        }
        key = null!;
        value = null!;
        return -1;
    }

    /// <summary>A snapshot of the live (key, value) pairs.</summary>
    public List<KeyValuePair<PyObject, PyObject>> Snapshot()
    {
        while (true)
        {
            var t = Volatile.Read(ref _table);
            var res = new List<KeyValuePair<PyObject, PyObject>>(_used);
            for (int j = 0, n = Math.Min(t.Count, t.Entries.Length); j < n; j++)
            {
                var k = Volatile.Read(ref t.Entries[j].Key);
                var v = Volatile.Read(ref t.Entries[j].Value);
                if (k != null && v != null) res.Add(new(k, v));
            }
            // the table read is still the dict's: its arrays were not reused meanwhile (see GetStr)
            if (ReferenceEquals(Volatile.Read(ref _table), t)) return res;
        }
    }

    // Deallocation pops children last-first: pushing the entries backwards (value before key)
    // releases them as CPython's dict does, first entry first, key before value.
    public override void CollectChildren(List<PyObject> sink)
    {
        var t = _table;
        for (int j = t.Count - 1; j >= 0; j--)
        {
            var k = t.Entries[j].Key;
            if (k == null) continue;
            var v = t.Entries[j].Value;
            if (v != null) sink.Add(v);
            sink.Add(k);
        }
    }
}

public static class PyDictSetupExtensions
{
    /// <summary>Setup-time store of a str key (no Python code can run; the value is treated as owned).</summary>
    public static void SetLockHeldStr(this PyDict d, Vm.Runtime.PyRuntime rt, string key, PyObject value)
    {
        var k = rt.Intern(key);
        var eq = new NoEq();
        d.SetLockHeld(k, k.Hash, value, ref eq);
    }

    private struct NoEq : IKeyEquality
    {
        public bool Equal(PyObject stored, PyObject probe) => false;
    }
}
