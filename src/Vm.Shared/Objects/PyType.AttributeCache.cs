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
// - Table slots are overwritten freely (a collision or a racing fill only costs a miss). The
//   table is allocated on first use with CompareExchange.
// Fast path == slow path: a hit returns what LookupUncached returned under the same tag, and the
// tag has not changed since, so no dict in the MRO and no MRO has changed since either.
namespace Vm.Objects;

public sealed partial class PyType
{
    private const int LookupCacheSize = 32;   // power of two; per type, allocated on first lookup
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
        var cache = _lookupCache;
        if (cache != null)
        {
            var e = Volatile.Read(ref cache[(int)name.Hash & (LookupCacheSize - 1)]);
            if (e != null && e.Tag == tag && ReferenceEquals(e.Name, name)) return e.Value;
        }
        return LookupAndRemember(name, tag);
    }

    private PyObject? LookupAndRemember(PyStr name, long tag)
    {
        var value = LookupUncached(name);
        var cache = _lookupCache;
        if (cache == null)
        {
            cache = new LookupCacheEntry?[LookupCacheSize];
            cache = Interlocked.CompareExchange(ref _lookupCache, cache, null) ?? cache;
        }
        Volatile.Write(ref cache[(int)name.Hash & (LookupCacheSize - 1)], new LookupCacheEntry(tag, name, value));
        return value;
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
