// The attribute names of a class's instances (CPython 3.13's shared keys, `ht_cached_keys`): a
// list that only grows by appending, at most MaxKeys long. An instance that stores its
// attributes as inline values (PyInstance) keeps the value of key i at index i of its values
// array, so the class, not every instance, pays for the names and their hash table.
//
// Design note (free-threaded backend): every thread and every instance of the class share one
// SharedKeys. Appends take the .NET lock on _keys (held for a few instructions, never while
// running Python code or taking another lock); readers are lock-free. The key array never moves
// (allocated at its final size), a slot is written once (before the count that publishes it, with
// Volatile.Write), and an index once given to a name names it forever. So a reader that reads
// the count and then the slots below it sees fully written keys, and an index remembered by a
// cache (Interpreter.AttrCache.cs) stays right for the class's life: no version is needed.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vm.Objects;

public sealed class SharedKeys
{
    /// <summary>CPython's SHARED_KEYS_MAX_SIZE: an instance needing more names gets a real __dict__.</summary>
    public const int MaxKeys = 30;

    private readonly PyStr?[] _keys = new PyStr?[MaxKeys];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The key at index i (i below a count read before).</summary>
    /// (_keys is created here as a PyStr?[]: its element reference is taken without the covariant
    /// type check that `ref _keys[i]` costs, PyStr not being sealed; the bounds check stays.)
    public PyStr KeyAt(int i)
    {
        if ((uint)i >= (uint)_keys.Length) throw new IndexOutOfRangeException();
        return Volatile.Read(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_keys), i))!;
    }

    /// <summary>The index of an exact str key, or -1. Lock-free.</summary>
    public int IndexOf(PyStr name)
    {
        int n = Volatile.Read(ref _count);
        var keys = _keys;
        for (int i = 0; i < n; i++)
            if (ReferenceEquals(keys[i], name)) return i;
        long h = name.Hash;
        for (int i = 0; i < n; i++)
        {
            var k = keys[i]!;
            if (k.Hash == h && k.Value == name.Value) return i;
        }
        return -1;
    }

    /// <summary>
    /// The index of <paramref name="name"/>, appending it when it is new; -1 when the layout is
    /// full. A new name is stored as its interned string (immortal, so the keys count nothing).
    /// </summary>
    public int IndexOfOrAdd(PyStr name, Vm.Runtime.PyRuntime rt)
    {
        int ix = IndexOf(name);
        if (ix >= 0) return ix;
        var key = rt.Intern(name.Value);
        lock (_keys)
        {
            ix = IndexOf(name); // another thread may have added it meanwhile
            if (ix >= 0) return ix;
            int n = _count;
            if (n == MaxKeys) return -1;
            Volatile.Write(ref _keys[n], key);
            Volatile.Write(ref _count, n + 1);
            return n;
        }
    }
}
