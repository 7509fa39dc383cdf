// The per-type attribute lookup cache: PyType.Lookup(name) (the MRO walk behind every attribute
// access, method call and special-method dispatch) remembers its answers, keyed by a version tag.
//
// Design note (both backends; the free-threaded one has readers racing writers):
// - Every type has a version tag, a number taken from one process-wide counter (Interlocked), so
//   a tag is never reused, by this type or any other. A type gets a fresh tag whenever anything
//   its lookups depend on changes: an entry of its dict is added, replaced or removed
//   (PyDict.TypeOwner calls InvalidateLookupCache from each of the dict's four mutators, after
//   the change is published), its Dict or Mro is replaced, and then recursively for every
//   subclass (whose MRO walks pass through this type).
// - An entry is an immutable object (tag, name, value) published with one reference write into
//   the type's small direct-mapped table; a reader loads the slot once and uses the entry only
//   when its tag equals the type's current tag and its name is the very PyStr asked for.
// - A lookup reads the tag (Volatile) before it walks the MRO and stores its result under that
//   tag. A writer publishes the dict change, then the new tag (Volatile/Interlocked). So an entry
//   carries the tag that was current when its walk began; the walk saw every change made before
//   that tag was set, and any change made after it is followed by a newer tag, which retires the
//   entry. A racing reader therefore gets either the value before or after a concurrent
//   setattr on the class, exactly as the uncached walk would, and never a value older than the
//   last completed change. Two racing writers each store a fresh tag after publishing their own
//   change; the tag left standing is the later store, which follows both changes.
// - The table is two-way: a name may sit in either of two slots chosen by different bits of its
//   hash. A fill takes a slot that is empty, retired (older tag) or already holds the name, and
//   does not evict a live entry of another name: two hot names sharing a slot used to evict each
//   other on every call (method_calls: `bump` and `count` share a slot of 32), an allocation
//   per lookup plus a write to a slot both threads read, which made two threads slower than one.
//   When both slots are live the table is replaced by one twice the size (up to 1024 slots)
//   holding the live entries. At the largest size (a type probed with hundreds of names) only
//   every 8th such fill of a thread evicts the name's first slot: a table full of cold names
//   cannot lock a hot one out for long, and hot names that collide there cost a fraction of the
//   old thrashing. Names match by identity or, for names built at run time (getattr(o, "a" + s)),
//   by equal text (a new object each time, which would otherwise fill the table). The
//   table is published with CompareExchange (a lost race or an entry written into a replaced
//   table only costs a miss), and a walk that raced a tag change is not remembered.
// Fast path == slow path: a hit returns what LookupUncached returned under the same tag, and the
// tag has not changed since, so no dict in the MRO and no MRO has changed since either.
using System.Runtime.CompilerServices;

namespace Vm.Objects;

public sealed partial class PyType
{
    private const int LookupCacheMinSize = 32;    // powers of two; per type, allocated on first lookup
    private const int LookupCacheMaxSize = 1024;
    private const int EvictEvery = 8;             // power of two: at the largest size, every 8th unplaced fill of a thread evicts

    [ThreadStatic] private static int t_evictTick;
    private static long s_nextVersionTag;

    private long _versionTag = Interlocked.Increment(ref s_nextVersionTag);
    private LookupCacheEntry?[]? _lookupCache;

    private sealed class LookupCacheEntry(long tag, PyStr name, PyObject? value)
    {
        public readonly long Tag = tag;
        public readonly PyStr Name = name;
        public readonly PyObject? Value = value;
    }

    /// <summary>The current version tag (changes whenever a lookup on this type could answer differently).</summary>
    public long VersionTag => Volatile.Read(ref _versionTag);

    /// <summary>MRO lookup without descriptors: the first dict in the MRO that has <paramref name="name"/> (cached).</summary>
    public PyObject? Lookup(PyStr name)
    {
        long tag = Volatile.Read(ref _versionTag);
        var cache = Volatile.Read(ref _lookupCache);
        if (cache != null)
        {
            long h = name.Hash;
            int mask = cache.Length - 1;
            int first = (int)h & mask;
            var e = Volatile.Read(ref cache[first]);
            if (e != null && e.Tag == tag && SameName(e.Name, name)) return e.Value;
            e = Volatile.Read(ref cache[SecondSlot(h, first, mask)]);
            if (e != null && e.Tag == tag && SameName(e.Name, name)) return e.Value;
        }
        return LookupAndRemember(name, tag);
    }

    /// <summary>
    /// The entry's name is the name asked for: usually the very same (interned) object; a name built
    /// at run time (getattr(o, "a" + s)) is a new object each time with the same text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameName(PyStr cached, PyStr name) =>
        ReferenceEquals(cached, name) || (cached.Hash == name.Hash && string.Equals(cached.Value, name.Value, StringComparison.Ordinal));

    /// <summary>The other slot a name may occupy: other bits of its hash, never the first slot.</summary>
    private static int SecondSlot(long hash, int first, int mask)
    {
        int second = (int)(hash >> 16) & mask;
        return second != first ? second : first ^ 1;
    }

    private PyObject? LookupAndRemember(PyStr name, long tag)
    {
        var value = LookupUncached(name);
        // A walk that raced a change is not remembered (its entry would be retired at once).
        if (Volatile.Read(ref _versionTag) != tag) return value;
        var cache = Volatile.Read(ref _lookupCache);
        if (cache == null)
        {
            cache = new LookupCacheEntry?[LookupCacheMinSize];
            cache = Interlocked.CompareExchange(ref _lookupCache, cache, null) ?? cache;
        }
        int slot = FreeSlot(cache, tag, name);
        if (slot >= 0)
            Volatile.Write(ref cache[slot], new LookupCacheEntry(tag, name, value));
        else if (cache.Length < LookupCacheMaxSize)
            Interlocked.CompareExchange(ref _lookupCache, Grown(cache, new LookupCacheEntry(tag, name, value)), cache);
        else if ((++t_evictTick & (EvictEvery - 1)) == 0)
            Volatile.Write(ref cache[(int)name.Hash & (cache.Length - 1)], new LookupCacheEntry(tag, name, value));
        return value;
    }

    /// <summary>
    /// The slot of <paramref name="cache"/> where an entry for <paramref name="name"/> under
    /// <paramref name="tag"/> may go: one of its two slots that is empty, retired, or already holds
    /// the name; -1 when both hold live entries of other names. While the table can grow, a live
    /// entry is never evicted, so two hot names sharing slots cannot evict each other on every
    /// lookup (each eviction is an allocation and, with two threads, a write to a cache line both
    /// keep reading).
    /// </summary>
    private static int FreeSlot(LookupCacheEntry?[] cache, long tag, PyStr name)
    {
        int mask = cache.Length - 1;
        long h = name.Hash;
        int slot = (int)h & mask;
        var old = Volatile.Read(ref cache[slot]);
        if (old == null || old.Tag != tag || SameName(old.Name, name)) return slot;
        slot = SecondSlot(h, slot, mask);
        old = Volatile.Read(ref cache[slot]);
        if (old == null || old.Tag != tag || SameName(old.Name, name)) return slot;
        return -1;
    }

    /// <summary>A table twice the size holding the live entries of <paramref name="cache"/> and <paramref name="entry"/>.</summary>
    private static LookupCacheEntry?[] Grown(LookupCacheEntry?[] cache, LookupCacheEntry entry)
    {
        var grown = new LookupCacheEntry?[cache.Length * 2];
        for (int i = 0; i < cache.Length; i++)
        {
            var e = Volatile.Read(ref cache[i]);
            if (e != null && e.Tag == entry.Tag) Place(grown, e);
        }
        Place(grown, entry);
        return grown;
    }

    /// <summary>Stores <paramref name="e"/> in a free slot of a table no other thread sees yet (dropped if none).</summary>
    private static void Place(LookupCacheEntry?[] table, LookupCacheEntry e)
    {
        int slot = FreeSlot(table, e.Tag, e.Name);
        if (slot >= 0) table[slot] = e;
    }

    /// <summary>Retires every cached lookup of this type and its subclasses (call after publishing the change).</summary>
    public void InvalidateLookupCache()
    {
        Interlocked.Exchange(ref _versionTag, Interlocked.Increment(ref s_nextVersionTag));
        var subs = Subclasses;
        if (subs == null) return;
        List<PyType> live = [];
        lock (subs)
        {
            foreach (var w in subs) if (w.TryGetTarget(out var s)) live.Add(s);
        }
        foreach (var s in live)
            if (!ReferenceEquals(s, this)) s.InvalidateLookupCache();
    }
}
