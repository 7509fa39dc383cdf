// CPython 3.13's hash algorithms for tuple (xxHash-based tuplehash), slice (same lanes, no length),
// frozenset (shuffled xor) and range (hash of a normalised tuple), so hash() agrees with CPython.
using Vm.Builtins.Text;
using Vm.Objects;

namespace Vm.Builtins.Containers;

public static class ContainerHashing
{
    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    /// <summary>hash(None) in CPython 3.12+ (a constant).</summary>
    public const long NoneHash = 0xFCA86420L;

    private static ulong Rotate(ulong x) => (x << 31) | (x >> 33);

    /// <summary>One xxHash lane step.</summary>
    public static ulong Lane(ulong acc, long laneHash)
    {
        acc += unchecked((ulong)laneHash * XxPrime2);
        acc = Rotate(acc);
        return unchecked(acc * XxPrime1);
    }

    public static ulong Start => XxPrime5;

    /// <summary>tuplehash over already computed item hashes.</summary>
    public static long TupleHash(ReadOnlySpan<long> itemHashes)
    {
        ulong acc = XxPrime5;
        foreach (var h in itemHashes) acc = Lane(acc, h);
        acc = unchecked(acc + ((ulong)itemHashes.Length ^ (XxPrime5 ^ 3527539UL)));
        if (acc == ulong.MaxValue) return 1546275796;
        return unchecked((long)acc);
    }

    /// <summary>slice_hash over the hashes of start, stop, step.</summary>
    public static long SliceHash(long a, long b, long c)
    {
        ulong acc = XxPrime5;
        acc = Lane(acc, a);
        acc = Lane(acc, b);
        acc = Lane(acc, c);
        if (acc == ulong.MaxValue) return 1546275796;
        return unchecked((long)acc);
    }

    /// <summary>
    /// CPython's hash of a code constant (str, int, bool, float, None, tuple, frozenset) without a
    /// thread state, for building constant frozensets; other constants use <paramref name="fallback"/>.
    /// </summary>
    public static long ConstHash(Vm.Runtime.PyRuntime rt, PyObject o, Func<PyObject, long> fallback)
    {
        switch (o)
        {
            case PyStr s when o.Type == rt.StrType: return s.Hash;
            case PyInt i: return Vm.Runtime.Numbers.HashInt(i);
            case PyFloat f: return Vm.Runtime.Numbers.HashDouble(f.Value, f);
            case PyTuple t:
            {
                var hs = new long[t.Items.Length];
                for (int k = 0; k < hs.Length; k++) hs[k] = ConstHash(rt, t.Items[k], fallback);
                return TupleHash(hs);
            }
            case PySet fs when o.Type == rt.FrozenSetType: return FrozenSetHash(fs);
            case PyBytes b when o.Type == rt.BytesType: return BytesHash.Of(b.Value);
        }
        if (ReferenceEquals(o, rt.None)) return NoneHash;
        return fallback(o);
    }

    private static ulong ShuffleBits(ulong h) => unchecked(((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL);

    /// <summary>frozenset_hash over the hashes of the active entries.</summary>
    public static long FrozenSetHash(PySet s)
    {
        var t = s.Table;
        ulong hash = 0;
        int used = 0;
        foreach (var e in t)
        {
            var k = e.Key;
            if (k == null || s.IsDummy(k)) continue;
            hash ^= ShuffleBits(unchecked((ulong)e.Hash));
            used++;
        }
        unchecked
        {
            hash ^= ((ulong)used + 1) * 1927868237UL;
            hash ^= (hash >> 11) ^ (hash >> 25);
            hash = hash * 69069U + 907133923UL;
        }
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return unchecked((long)hash);
    }
}
