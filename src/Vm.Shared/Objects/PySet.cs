// `set` and `frozenset`: CPython's setobject.c table layout (linear probing in runs of 9, then
// perturbation; resize at 3/5 fill to 4x used), so iteration order matches CPython's for the
// same sequence of operations on ints.
//
// Design note (free-threaded backend): writers hold the set's critical section; readers load
// _table once (a resize publishes a new array with Volatile.Write), so they never index a
// half-built table.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vm.Objects;

public struct SetEntry
{
    /// <summary>The key's hash; -1 (no key's hash) for a dummy, 0 for an empty entry.</summary>
    public long Hash;
    public PyObject? Key; // null = empty; Dummy = deleted
}

public class PySet : PyObject
{
    private const int LinearProbes = 9;
    internal SetEntry[] _table;
    internal int _fill;  // active + dummy
    internal int _used;  // active
    internal readonly PyObject _dummy;
    public int Version;

    public PySet(PyType type, PyObject dummy) : base(type)
    {
        _table = new SetEntry[8];
        _dummy = dummy;
    }

    public int Count => Volatile.Read(ref _used);

    public bool IsDummy(PyObject? k) => ReferenceEquals(k, _dummy);

    internal SetEntry[] Table => Volatile.Read(ref _table);

    /// <summary>Index of key in table t or -1 (eq decides equality after identity/hash match).</summary>
    /// <remarks>The probe stops at the first entry of the same hash that is not the key itself and
    /// FindFrom goes on from there, comparing: without a call in it, this loop keeps its counters in
    /// registers (`x in s` of n-queens' small int sets, which mostly meet empty slots, dummies and
    /// other hashes, spent ~14% of the run in this loop when the call sat inside it). A dummy's hash
    /// is -1, which no key hashes to (CPython's layout), so the loop tells it from a candidate by the
    /// hash alone; FindFrom still checks the key for one (a reader may pair a new dummy with the old
    /// hash). Each entry is read key first with an acquire, then hash: a writer stores the hash
    /// before it publishes the key. The entries are addressed without bounds checks: the table's
    /// length is a power of two, i is masked and probes keeps i + j within the mask.</remarks>
    public int Find<TEq>(SetEntry[] t, PyObject key, long hash, ref TEq eq) where TEq : struct, IKeyEquality
    {
        int mask = t.Length - 1;
        ref SetEntry t0 = ref MemoryMarshal.GetArrayDataReference(t);
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ref SetEntry e = ref Unsafe.Add(ref t0, i);
            for (int j = 0; j <= probes; j++)
            {
                var k = Volatile.Read(ref Unsafe.Add(ref e, j).Key);
                if (k == null) return -1;
                if (Unsafe.Add(ref e, j).Hash == hash)
                    return ReferenceEquals(k, key) ? i + j : FindFrom(t, key, hash, ref eq, i, j, perturb);
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Find's probe from entry i + j onwards (i, j and perturb as Find had them there).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindFrom<TEq>(SetEntry[] t, PyObject key, long hash, ref TEq eq, int i, int j, ulong perturb) where TEq : struct, IKeyEquality
    {
        int mask = t.Length - 1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (; j <= probes; j++)
            {
                ref var e = ref t[i + j];
                var k = e.Key;
                if (k == null) return -1;
                if (ReferenceEquals(k, key)) return i + j;
                if (e.Hash == hash && !ReferenceEquals(k, _dummy) && KeyEq(k, key, ref eq)) return i + j;
            }
            j = 0;
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static bool KeyEq<TEq>(PyObject k, PyObject key, ref TEq eq) where TEq : struct, IKeyEquality
    {
        if (k.GetType() == typeof(PyStr) && key.GetType() == typeof(PyStr)) return ((PyStr)k).Value == ((PyStr)key).Value;
        if (k.GetType() == typeof(PyInt) && key.GetType() == typeof(PyInt))
        {
            var x = (PyInt)k; var y = (PyInt)key;
            return x.IsBig || y.IsBig ? x.Big == y.Big : x.Small == y.Small;
        }
        return eq.Equal(k, key);
    }

    /// <summary>Adds key; returns false if it was present.</summary>
    public bool AddLockHeld<TEq>(PyObject key, long hash, ref TEq eq) where TEq : struct, IKeyEquality
    {
        if (Find(_table, key, hash, ref eq) >= 0) return false;
        InsertCleanOrDummy(key, hash);
        _used++;
        Version++;
        if (_fill * 5 >= (_table.Length - 1) * 3)
            Resize(_used > 50000 ? _used * 2 : _used * 4);
        return true;
    }

    private void InsertCleanOrDummy(PyObject key, long hash)
    {
        var t = _table;
        int mask = t.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = 0; j <= probes; j++)
            {
                ref var e = ref t[i + j];
                if (e.Key == null)
                {
                    int slot = freeslot >= 0 ? freeslot : i + j;
                    if (freeslot < 0) _fill++;
                    t[slot].Hash = hash;
                    Volatile.Write(ref t[slot].Key, key);
                    return;
                }
                if (freeslot < 0 && ReferenceEquals(e.Key, _dummy)) freeslot = i + j;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minused)
    {
        int newsize = 8;
        while (newsize <= minused) newsize <<= 1;
        var old = _table;
        var nt = new SetEntry[newsize];
        int mask = newsize - 1;
        foreach (var e in old)
        {
            if (e.Key == null || ReferenceEquals(e.Key, _dummy)) continue;
            ulong perturb = (ulong)e.Hash;
            int i = (int)(e.Hash & mask);
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int found = -1;
                for (int j = 0; j <= probes; j++)
                    if (nt[i + j].Key == null) { found = i + j; break; }
                if (found >= 0) { nt[found] = e; break; }
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        }
        _fill = _used;
        Volatile.Write(ref _table, nt);
    }

    /// <summary>Removes key; returns false if absent.</summary>
    public bool DiscardLockHeld<TEq>(PyObject key, long hash, ref TEq eq, out PyObject? removed) where TEq : struct, IKeyEquality
    {
        int ix = Find(_table, key, hash, ref eq);
        if (ix < 0) { removed = null; return false; }
        removed = _table[ix].Key;
        _table[ix].Hash = -1;
        Volatile.Write(ref _table[ix].Key, _dummy);
        _used--;
        Version++;
        return true;
    }

    /// <summary>Removes and returns an arbitrary element (CPython pops from a rotating finger).</summary>
    public PyObject? PopLockHeld(ref int finger)
    {
        if (_used == 0) return null;
        var t = _table;
        int mask = t.Length - 1;
        int i = finger & mask;
        while (t[i].Key == null || ReferenceEquals(t[i].Key, _dummy)) i = (i + 1) & mask;
        var k = t[i].Key!;
        t[i].Hash = -1;
        Volatile.Write(ref t[i].Key, _dummy);
        _used--;
        Version++;
        finger = i + 1;
        return k;
    }

    internal int _finger = 0;

    public void ClearLockHeld()
    {
        Volatile.Write(ref _table, new SetEntry[8]);
        _fill = 0;
        _used = 0;
        Version++;
    }

    /// <summary>Snapshot of the elements in table order.</summary>
    public List<PyObject> Snapshot()
    {
        var t = Volatile.Read(ref _table);
        var res = new List<PyObject>(_used);
        foreach (var e in t)
            if (e.Key != null && !ReferenceEquals(e.Key, _dummy)) res.Add(e.Key);
        return res;
    }

    // Popped last-first by deallocation: pushed backwards so the table is released in order, as CPython does.
    public override void CollectChildren(List<PyObject> sink)
    {
        var items = Snapshot();
        for (int i = items.Count - 1; i >= 0; i--) sink.Add(items[i]);
    }

}
