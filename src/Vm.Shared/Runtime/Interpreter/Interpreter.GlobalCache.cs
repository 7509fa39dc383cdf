// LOAD_GLOBAL's cache: per code object and name, where the name was found last time - an entry
// index in the globals dict's table, or (when globals lacks it) in the builtins dict's table.
//
// Design note (both backends; on the free-threaded one other threads may write the dicts):
// a dict table (DictTable) never moves an entry: an insertion appends (or builds and publishes a
// whole new table on resize), a deletion clears the entry's key and value in place, a store
// overwrites the value in place, and an entry index is never reused within a table. So
// "name is at index i of table t" stays true for as long as the dict still uses table t and the
// key at i is still our name object; the value is then read live from the entry, so a store to
// an existing global is seen without any invalidation. For a builtin the cache must also know
// that globals still lacks the name: insertions and deletions bump the globals dict's Version
// after publishing the change, so an unchanged (table, Version) pair means no key was added.
// The fill reads Version before it searches globals, so an insertion racing the fill leaves an
// entry that no longer validates. Entries are immutable and published with one reference write;
// a racing reader sees the old entry, the new one, or none - each validated before use, and any
// failed validation (including a value cleared by a concurrent delete) takes the uncached path.
// Fast path == slow path: a validated entry names the very slot GetStr would find.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    private sealed class GlobalCacheEntry(DictTable globals, int globalsVersion, int globalsIndex, DictTable? builtins, int builtinsIndex)
    {
        public readonly DictTable Globals = globals;
        public readonly int GlobalsVersion = globalsVersion;
        /// <summary>Index in Globals, or -1 when the name is a builtin (then Builtins/BuiltinsIndex apply).</summary>
        public readonly int GlobalsIndex = globalsIndex;
        public readonly DictTable? Builtins = builtins;
        public readonly int BuiltinsIndex = builtinsIndex;
    }

    /// <summary>LOAD_GLOBAL names[arg]: the global, else the builtin, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? LoadGlobalCached(Frame f, PyCode code, int arg)
    {
        var cache = code.GlobalCache;
        if (cache != null && Volatile.Read(ref cache[arg]) is GlobalCacheEntry e)
        {
            var name = code.Names[arg];
            var g = f.Globals;
            if (ReferenceEquals(g.Table, e.Globals))
            {
                if (e.GlobalsIndex >= 0)
                {
                    ref var ge = ref e.Globals.Entries[e.GlobalsIndex];
                    if (ReferenceEquals(Volatile.Read(ref ge.Key), name) && Volatile.Read(ref ge.Value) is { } gv) return gv;
                }
                else if (Volatile.Read(ref g.Version) == e.GlobalsVersion && ReferenceEquals(f.Builtins.Table, e.Builtins))
                {
                    ref var be = ref e.Builtins!.Entries[e.BuiltinsIndex];
                    if (ReferenceEquals(Volatile.Read(ref be.Key), name) && Volatile.Read(ref be.Value) is { } bv) return bv;
                }
            }
        }
        return LoadGlobalFill(f, code, arg);
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
            if (value != null && ReferenceEquals(Volatile.Read(ref gt.Entries[gi].Key), name)) entry = new GlobalCacheEntry(gt, version, gi, null, -1);
        }
        else
        {
            var bt = f.Builtins.Table;
            int bi = PyDict.FindStrIndex(bt, name);
            if (bi >= 0)
            {
                value = Volatile.Read(ref bt.Entries[bi].Value);
                if (value != null && ReferenceEquals(Volatile.Read(ref bt.Entries[bi].Key), name)) entry = new GlobalCacheEntry(gt, version, -1, bt, bi);
            }
        }
        if (entry != null)
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
        // the plain lookup decides.
        return globals.GetStr(name) ?? f.Builtins.GetStr(name);
    }
}
