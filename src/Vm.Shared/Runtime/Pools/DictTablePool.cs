// A per-thread pool of dict table storage (the index and entry arrays of a DictTable), so that a
// thread that builds and drops private dicts reuses the arrays of each resize instead of leaving
// them to the .NET GC (issue 4: private_dict_build allocated 74 KB of tables per 1000-key dict, and
// every gen0 collection stops all threads). CPython gets the same from mimalloc (a freed keys
// object's memory is handed to the next allocation of that size at once) plus its keys free-list.
//
// Design note (both backends; the free-threaded one has lock-free readers).
//
// WHAT IS POOLED. The two arrays of a table whose index has MinIndexSize..MaxIndexSize slots and
// whose entries are exactly UsableFor(index size) (the shape every resize makes): one size class
// per index size (32 ... 4096 slots: 8 classes; entries 21 ... 2730, 0.5 KB ... 64 KB, all below the
// 85,000-byte large-object line: a 8192-slot table's 5461 entries are 131 KB and go to the LOH,
// where a pool would keep memory the GC returns on its own). Smaller tables are left out: an index
// of 16 slots and 10 entries is ~300 bytes of bump allocation, cheaper than the pool's bookkeeping
// (and displays, kwargs and instance dicts are that small). At most MaxPerClass (4) arrays per class
// (a thread building one dict at a time needs one per class; a few more cover nested builds) and at
// most MaxBytes (512 KB) in all per thread, so an idle thread keeps at most that alive. Never the
// DictTable object itself: Rent builds a new DictTable (48 bytes) over the arrays, so a table's
// identity is never reused. Code that keys on a table's identity (LOAD_GLOBAL's cache, the lookup
// restart in PyDict.FindEntry, SetDefault) can therefore never mistake a reused table for the one
// it saw: once a table stopped being a dict's table it never becomes any dict's table again.
//
// RESET. A pooled pair holds no references: Return clears the used entries and zeroes the index
// before it keeps them (the .NET GC can then free what the entries held, and a new index must be
// zeroed: DictTable.IndexBytes relies on "the runtime hands it out zeroed": EmptySlot is 0).
//
// WHEN A TABLE MAY BE RETURNED (PyDict.RetireLockHeld, DeadStorage.Release, DictOps.Clear):
// only a table that stopped being its dict's table (a new one was published first), of an exact
// `dict` that is no type's namespace, and only when MayReuse says so. MayReuse is
// ISyncPolicy.MayReuseStorage, asked while the caller holds the dict's critical section, right after
// the new table was published and before anything can run Python code:
//   * GIL: always. No other thread runs while the holder mutates; a thread that was inside a lookup
//     and let the GIL go did so in a key's __eq__, after which every lookup checks that the table it
//     probes is still the dict's (PyDict.FindEntry: "dict mutated during lookup", CPython restarts).
//   * Free-threaded: only the dict's owner (ObTid) and only while the dict was never marked shared
//     (ObjectFlags.LockShared). Every lock-free reader that can act on what it reads before checking
//     it (a key's __eq__ is called on a key it read) first calls TSync.EnsureSharedOnRead, which for a
//     thread other than the owner sets LockShared inside a critical section on the dict: either that
//     section came after the owner's (the reader then loads the new table) or the owner sees the flag
//     and leaves the old table to the .NET GC (CPython's ensure_shared_on_read / free_keys_object with
//     use_qsbr). A writer on another thread takes a section, which revokes the owner's and sets the
//     flag too. Never an immortal dict: a module's dict is never counted, so it keeps ObTid 0 (which
//     EnsureSharedOnRead does not mark) while every thread reads it.
//   * Readers that only copy what they read (PyDict.GetStr, FindStrIndex, Snapshot, Get with plain
//     keys, LOAD_GLOBAL's and LOAD_ATTR's caches) may be called without a thread state and do not
//     mark the dict; they check after reading that the table they read is still the dict's
//     (Volatile.Read after their last read of it) and read again if not. A table's arrays are
//     returned only after the dict published another table, and a table never becomes current
//     again (above), so "still current after the reads" means the arrays were this dict's for all of
//     them; what they read meanwhile from arrays reused by another dict is discarded (a stale read
//     is type-safe: references and longs).
//   * A dead dict keeps its table while its entries are released; the sync policy decides when the
//     table may come here (Runtime/Pools/DeadStorage.cs: free-threaded, after every other attached
//     thread's quiescent report, Vm.FreeThreaded/Qsbr.cs; GIL, never), and then, in the dict's
//     section, a dict still unmarked and uncounted is given DictTable.Empty before its table is
//     returned. The cycle collector never returns tables (its dead dicts keep theirs).
//
// Tests: tests/Objects/DictTablePoolTests.cs (classes, bounds, reset, identical behaviour, lookups
// whose __eq__ resizes and drops dicts, a real-thread stress test); concurrency-tests DictPoolTests.
using System.Numerics;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>A thread's pool of dict table arrays (see the file header). Used only by its thread.</summary>
public abstract class DictTablePool
{
    /// <summary>Smallest and largest pooled index sizes (slots).</summary>
    public const int MinIndexSize = 32, MaxIndexSize = 4096;
    /// <summary>Arrays kept per size class.</summary>
    public const int MaxPerClass = 4;
    /// <summary>Bytes of arrays kept per thread at most.</summary>
    public const long MaxBytes = 512 * 1024;

    private static readonly int MinLog = BitOperations.Log2(MinIndexSize);
    private const int Classes = 8; // log2 32 .. log2 4096

    private readonly byte[]?[] _index = new byte[Classes * MaxPerClass][];
    private readonly DictEntry[]?[] _entries = new DictEntry[Classes * MaxPerClass][];
    private readonly int[] _count = new int[Classes];
    private long _bytes;

    /// <summary>The exact `dict` type: only its instances' tables are returned.</summary>
    private readonly PyType _dictType;

    /// <summary>Tables handed out and taken back, and tables offered but not kept (full class, over MaxBytes, not poolable).</summary>
    public long Rented, Returned, Dropped;

    protected DictTablePool(PyType dictType) => _dictType = dictType;

    /// <summary>Bytes of arrays the pool holds now.</summary>
    public long PooledBytes => _bytes;

    /// <summary>Arrays kept for index size <paramref name="indexSize"/> now.</summary>
    public int CountFor(int indexSize) => ClassOf(indexSize) is int c and >= 0 ? _count[c] : 0;

    /// <summary>ISyncPolicy.MayReuseStorage for this thread (asked holding <paramref name="d"/>'s critical section).</summary>
    protected abstract bool MayReuseStorage(PyObject d);

    /// <summary>May <paramref name="d"/>'s replaced tables be returned here (an exact dict, no type's namespace, and the sync policy agrees)?</summary>
    public bool MayReuse(PyDict d) => ReferenceEquals(d.Type, _dictType) && d.TypeOwner == null && MayReuseStorage(d);

    private static int ClassOf(int indexSize)
    {
        if (indexSize < MinIndexSize || indexSize > MaxIndexSize) return -1;
        return BitOperations.Log2((uint)indexSize) - MinLog;
    }

    /// <summary>
    /// A new empty table over pooled arrays for an index of <paramref name="indexSize"/> slots with
    /// <see cref="DictTable.UsableFor"/> entries, standing for CPython's table of
    /// <paramref name="logicalSize"/> slots; null when the pool has none of that class.
    /// </summary>
    public DictTable? Rent(int indexSize, int entryCapacity, int logicalSize, bool generalKind)
    {
        int c = ClassOf(indexSize);
        if (c < 0 || entryCapacity != DictTable.UsableFor(indexSize)) return null;
        int n = _count[c];
        if (n == 0) return null;
        int slot = c * MaxPerClass + n - 1;
        var index = _index[slot]!;
        var entries = _entries[slot]!;
        _index[slot] = null;
        _entries[slot] = null;
        _count[c] = n - 1;
        _bytes -= BytesOf(index, entries);
        Rented++;
        return new DictTable(index, entries, indexSize, logicalSize, generalKind);
    }

    /// <summary>
    /// Takes back the arrays of <paramref name="t"/>, a table no dict uses any more and that no other
    /// thread can be reading (the caller asked <see cref="MayReuse"/>): cleared, when its class has
    /// room and the pool stays under <see cref="MaxBytes"/>; else left to the GC.
    /// </summary>
    public void Return(DictTable t)
    {
        var index = t.IndexBytes;
        int c = ClassOf(t.IndexSize);
        if (index == null || c < 0 || t.Entries.Length != DictTable.UsableFor(t.IndexSize) || _count[c] == MaxPerClass)
        {
            Dropped++;
            return;
        }
        long size = BytesOf(index, t.Entries);
        if (_bytes + size > MaxBytes)
        {
            Dropped++;
            return;
        }
        Array.Clear(t.Entries, 0, Math.Min(t.Count, t.Entries.Length));
        Array.Clear(index);
        int slot = c * MaxPerClass + _count[c]++;
        _index[slot] = index;
        _entries[slot] = t.Entries;
        _bytes += size;
        Returned++;
    }

    private static long BytesOf(byte[] index, DictEntry[] entries) => index.Length + 24L * entries.Length;
}

/// <summary>The pool with <typeparamref name="TSync"/>'s answer to "may this storage be reused".</summary>
public sealed class DictTablePool<TSync> : DictTablePool where TSync : struct, ISyncPolicy
{
    private readonly PyThreadState _ts;

    private DictTablePool(PyThreadState ts) : base(ts.Rt.DictType) => _ts = ts;

    /// <summary>The pool of thread <paramref name="ts"/> (made at its first use).</summary>
    public static DictTablePool Of(PyThreadState ts) => ts.DictTables ??= new DictTablePool<TSync>(ts);

    protected override bool MayReuseStorage(PyObject d) => TSync.MayReuseStorage(_ts, d);
}
