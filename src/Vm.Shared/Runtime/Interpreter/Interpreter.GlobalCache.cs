// LOAD_GLOBAL's cache: per code object and name, where the name was found last time - an entry
// index in the globals dict's table, or (when globals lacks it) in the builtins dict's table.
// (CPython's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN, with a table's identity standing for its
// keys version.)
//
// Design note (both backends; on the free-threaded one other threads may write the dicts):
// a dict table (DictTable) never moves an entry: an insertion appends (or builds and publishes a
// whole new table on resize), a deletion clears the entry's key and value in place, a store
// overwrites the value in place, and an entry index is never reused within a table. So
// "name is at index i of table t" stays true for as long as the dict still uses table t and the
// entry's value is not null: the key at i was our name object at the fill and can since only
// have become null, together with the value. The value is read live from the entry, so a store
// to an existing global is seen without any invalidation. For a builtin the cache must also know
// that globals still lacks the name: insertions and deletions bump the globals dict's Version
// after publishing the change, so an unchanged (table, Version) pair means no key was added.
// The fill reads Version before it searches globals, so an insertion racing the fill leaves an
// entry that no longer validates. Entries are immutable and published with one reference write;
// a racing reader sees the old entry, the new one or none - each validated before use, and any
// failed validation (including a value cleared by a concurrent delete) takes the uncached path.
// Fast path == slow path: a validated entry names the very slot GetStr would find. A dict that has
// held a key other than an exact str or int (a str subclass's __eq__ may decide) caches only an
// entry found by identity in globals, and a miss goes to LoadGlobalGeneral (CPython's general lookup).
// Table storage is pooled (Runtime/Pools/DictTablePool.cs): once a dict replaced a table, that
// table's arrays may hold another dict's entries. So the hit reads the value first and then checks
// that the globals (and builtins) table is still the one the entry was filled from (a table object
// is never reused, only its arrays): still current after the read means the read came from this
// dict's arrays. The fill checks the same before it publishes an entry or returns what it read.
// The hit path is short on purpose (issue 9: it was ~20 dependent loads): the entry keeps the
// entry array it reads and the index into it (validated once at the fill, and an array never
// changes length, so no bounds check), and nothing re-reads the name or the key.
// Tests: tests/programs/speed_caches/global_cache_invalidation.py, global_cache_threads.py
// (threads racing stores, insertions and table rebuilds).
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    private sealed class GlobalCacheEntry(DictTable globals, int globalsVersion, DictTable? builtins, DictEntry[] entries, int index)
    {
        /// <summary>The globals dict's table at the fill.</summary>
        public readonly DictTable Globals = globals;
        /// <summary>A builtin's entry: the globals dict's Version at the fill (no key added since while it is unchanged).</summary>
        public readonly int GlobalsVersion = globalsVersion;
        /// <summary>The builtins dict's table at the fill for a builtin, null for a global.</summary>
        public readonly DictTable? Builtins = builtins;
        /// <summary>The entries of Globals (a global) or Builtins (a builtin), and the name's index there (in range).</summary>
        public readonly DictEntry[] Entries = entries;
        public readonly int Index = index;

        /// <summary>The value at Index (null once deleted); Index was checked against this very array at the fill.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public PyObject? Value() => Volatile.Read(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Entries), Index).Value);
    }

    /// <summary>LOAD_GLOBAL names[arg]: the global, else the builtin, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobalCached(Frame f, PyCode code, int arg) => LoadGlobalHit(f, code.GlobalCache, arg) ?? LoadGlobalFill(f, code, arg);

    /// <summary>LOAD_GLOBAL names[arg] from <paramref name="cache"/> (its code's GlobalCache, read by
    /// the caller): the value of a validated entry, else null (no entry, or one that no longer
    /// validates: LoadGlobalFill decides). Compiled code inlines this and calls the fill out of line
    /// (JitEmitter.cs, LOAD_GLOBAL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? LoadGlobalHit(Frame f, object?[]? cache, int arg)
    {
        if (cache != null && (uint)arg < (uint)cache.Length)
        {
            // Only GlobalCacheEntry objects are ever stored in the array (LoadGlobalFill).
            var e = Unsafe.As<GlobalCacheEntry?>(Volatile.Read(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(cache), arg)));
            if (e != null)
            {
                var g = f.Globals;
                // the value first (a volatile read), then the tables it must still belong to (see the design note)
                if (e.Value() is { } v && ReferenceEquals(g.Table, e.Globals)
                    && (e.Builtins == null || (Volatile.Read(ref g.Version) == e.GlobalsVersion && ReferenceEquals(f.Builtins.Table, e.Builtins))))
                    return v;
            }
        }
        return null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? LoadGlobalFill(Frame f, PyCode code, int arg)
    {
        var name = code.Names[arg];
        var globals = f.Globals;
        int version = Volatile.Read(ref globals.Version);
        var gt = globals.Table;
        int gi = PyDict.FindStrIndex(gt, name);
        GlobalCacheEntry? entry = null;
        PyObject? value = null;
        if (gi >= 0)
        {
            value = Volatile.Read(ref gt.Entries[gi].Value);
            if (value != null && ReferenceEquals(Volatile.Read(ref gt.Entries[gi].Key), name)) entry = new GlobalCacheEntry(gt, version, null, gt.Entries, gi);
        }
        else if (globals.HasOnlyPlainKeys) // else a key's __eq__ may decide that globals has the name (LoadGlobalGeneral)
        {
            var bt = f.Builtins.Table;
            int bi = PyDict.FindStrIndex(bt, name);
            if (bi >= 0)
            {
                value = Volatile.Read(ref bt.Entries[bi].Value);
                if (value != null && ReferenceEquals(Volatile.Read(ref bt.Entries[bi].Key), name)) entry = new GlobalCacheEntry(gt, version, bt, bt.Entries, bi);
            }
        }
        // what was read came from the dicts' current tables (see the design note), else the plain lookup
        if (entry != null && ReferenceEquals(globals.Table, gt) && (entry.Builtins == null || ReferenceEquals(f.Builtins.Table, entry.Builtins)))
        {
            var cache = code.GlobalCache;
            if (cache == null)
            {
                cache = new object?[code.Names.Length];
                cache = Interlocked.CompareExchange(ref code.GlobalCache, cache, null) ?? cache;
            }
            Volatile.Write(ref cache[arg], entry);
            return value;
        }
        // Not cacheable (absent, a key object other than the code's name, or a racing delete):
        // the plain lookup decides, or, when a dict has held a key other than an exact str or int,
        // the caller's LoadGlobalGeneral (null here).
        if (!globals.HasOnlyPlainKeys || !f.Builtins.HasOnlyPlainKeys) return null;
        return globals.GetStr(name) ?? f.Builtins.GetStr(name);
    }

    /// <summary>
    /// LOAD_GLOBAL names[arg] when the cache and its fill found nothing (f.Sp saved: Python code may
    /// run): CPython's general lookup in globals, then builtins (DictOps.GetName: a stored str
    /// subclass's or same-hash key's __eq__ decides; the plain probe for a dict of only exact str and
    /// int keys); NameError when neither has the name.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static PyObject LoadGlobalGeneral(PyThreadState ts, Frame f, int arg)
    {
        var name = f.Code.Names[arg];
        return DictOps<TSync>.GetName(ts, f.Globals, name) ?? DictOps<TSync>.GetName(ts, f.Builtins, name)
            ?? throw Ops<TSync>.NameErrorFor(ts, name);
    }
}
