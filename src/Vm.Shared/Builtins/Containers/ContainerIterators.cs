// The container iterators (list_iterator, list_reverseiterator, tuple_iterator, range_iterator,
// longrange_iterator, set_iterator, dict_*iterator). Each keeps a counted reference to what it
// iterates and its position in a single field read and written without locks: an iterator shared
// between threads may skip or repeat items, but every read is bounds-checked so it never crashes.
using System.Numerics;
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;
using Vm.Runtime;

namespace Vm.Builtins.Containers;

/// <summary>list_iterator: reads the list by index (lock-free), so it sees appends made while iterating.</summary>
public sealed class ListIterator<TSync> : PyIterBase where TSync : struct, ISyncPolicy
{
    public override bool RunsNoPythonCode => true;
    public readonly PyList List;
    private long _index;

    public ListIterator(PyThreadState ts, PyType type, PyList list) : base(type)
    {
        List = list;
        ObjectLifecycle<TSync>.IncRef(ts, list);
    }

    public long Index { get => Volatile.Read(ref _index); set => Volatile.Write(ref _index, value); }

    public override PyObject? Next(PyThreadState ts) => NextItem(ts);

    /// <summary>Next itself, non-virtual: FOR_ITER calls it directly on an exact list_iterator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? NextItem(PyThreadState ts)
    {
        long i = Volatile.Read(ref _index);
        if (i < 0) return null;
        var v = ListOps<TSync>.GetItemOrNull(ts, List, i);
        Volatile.Write(ref _index, v == null ? -1 : i + 1);
        return v;
    }

    public override int LengthHint
    {
        get
        {
            long i = Volatile.Read(ref _index);
            if (i < 0) return 0;
            long n = List.Count - i;
            return n < 0 ? 0 : (int)n;
        }
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(List);
}

/// <summary>list_reverseiterator.</summary>
public sealed class ListReverseIterator<TSync> : PyIterBase where TSync : struct, ISyncPolicy
{
    public override bool RunsNoPythonCode => true;
    public readonly PyList List;
    private long _index;

    public ListReverseIterator(PyThreadState ts, PyType type, PyList list) : base(type)
    {
        List = list;
        _index = list.Count - 1;
        ObjectLifecycle<TSync>.IncRef(ts, list);
    }

    public long Index { get => Volatile.Read(ref _index); set => Volatile.Write(ref _index, value); }

    public override PyObject? Next(PyThreadState ts)
    {
        long i = Volatile.Read(ref _index);
        if (i < 0) return null;
        var v = ListOps<TSync>.GetItemOrNull(ts, List, i);
        Volatile.Write(ref _index, v == null ? -1 : i - 1);
        return v;
    }

    public override int LengthHint
    {
        get
        {
            long len = Volatile.Read(ref _index) + 1;
            return List.Count < len ? 0 : (int)len;
        }
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(List);
}

/// <summary>tuple_iterator.</summary>
public sealed class TupleIterator<TSync> : PyIterBase where TSync : struct, ISyncPolicy
{
    public override bool RunsNoPythonCode => true;
    public readonly PyTuple Tuple;
    private int _index;

    public TupleIterator(PyThreadState ts, PyType type, PyTuple tuple) : base(type)
    {
        Tuple = tuple;
        ObjectLifecycle<TSync>.IncRef(ts, tuple);
    }

    public int Index { get => Volatile.Read(ref _index); set => Volatile.Write(ref _index, value); }

    public override PyObject? Next(PyThreadState ts) => NextItem();

    /// <summary>Next itself, non-virtual: FOR_ITER calls it directly on an exact tuple_iterator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? NextItem()
    {
        int i = Volatile.Read(ref _index);
        var items = Tuple.Items;
        if ((uint)i >= (uint)items.Length)
        {
            Volatile.Write(ref _index, items.Length);
            return null;
        }
        Volatile.Write(ref _index, i + 1);
        return items[i];
    }

    public override int LengthHint => Math.Max(0, Tuple.Items.Length - Volatile.Read(ref _index));

    public override void CollectChildren(List<PyObject> sink) => sink.Add(Tuple);
}

/// <summary>range_iterator: start + i*step for i in [0, len) in machine words.</summary>
public sealed class RangeIterator : PyIterBase
{
    public override bool RunsNoPythonCode => true;
    public readonly long Start, Step, Len;
    private long _index;

    public RangeIterator(PyType type, long start, long step, long len) : base(type)
    {
        Start = start;
        Step = step;
        Len = len;
    }

    public long Index { get => Volatile.Read(ref _index); set => Volatile.Write(ref _index, value); }

    public override PyObject? Next(PyThreadState ts) => TryNextValue(out long v) ? ts.Rt.NewInt(v) : null;

    /// <summary>Next's step as a machine integer (FOR_ITER calls it directly on an exact range_iterator):
    /// false when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNextValue(out long value)
    {
        long i = Volatile.Read(ref _index);
        if (i >= Len || i < 0)
        {
            value = 0;
            return false;
        }
        Volatile.Write(ref _index, i + 1);
        value = unchecked(Start + i * Step);
        return true;
    }

    public override int LengthHint
    {
        get
        {
            long n = Len - Volatile.Read(ref _index);
            return n <= 0 ? 0 : n > int.MaxValue ? int.MaxValue : (int)n;
        }
    }

    public long Remaining => Math.Max(0, Len - Volatile.Read(ref _index));
}

/// <summary>longrange_iterator: the same over arbitrary precision ints.</summary>
public sealed class LongRangeIterator : PyIterBase
{
    public override bool RunsNoPythonCode => true;
    public readonly BigInteger Start, Step, Len;
    private StrongBox<BigInteger> _index = new(BigInteger.Zero);

    public LongRangeIterator(PyType type, BigInteger start, BigInteger step, BigInteger len) : base(type)
    {
        Start = start;
        Step = step;
        Len = len;
    }

    public BigInteger Index { get => Volatile.Read(ref _index).Value; set => Volatile.Write(ref _index, new StrongBox<BigInteger>(value)); }

    public override PyObject? Next(PyThreadState ts)
    {
        var i = Volatile.Read(ref _index).Value;
        if (i >= Len) return null;
        Volatile.Write(ref _index, new StrongBox<BigInteger>(i + 1));
        return ts.Rt.NewInt(Start + i * Step);
    }

    public BigInteger Remaining => BigInteger.Max(BigInteger.Zero, Len - Volatile.Read(ref _index).Value);

    public override int LengthHint
    {
        get
        {
            var r = Remaining;
            return r > int.MaxValue ? int.MaxValue : (int)r;
        }
    }
}

/// <summary>
/// set_iterator: walks the table by slot; RuntimeError if the set's size changes. Position and
/// remaining count are one word updated with a CAS, so a shared iterator hands out each slot once.
/// </summary>
public sealed class SetIterator<TSync> : PyIterBase where TSync : struct, ISyncPolicy
{
    public override bool RunsNoPythonCode => true;
    private readonly PySet _owner; // the counted reference (kept after exhaustion)
    private PySet? _set;
    private int _used;
    private long _state; // (pos << 32) | (uint)len

    public SetIterator(PyThreadState ts, PyType type, PySet set) : base(type)
    {
        _owner = set;
        _set = set;
        _used = set.Count;
        _state = (uint)_used;
        ObjectLifecycle<TSync>.IncRef(ts, set);
    }

    public PySet? Set => _set;

    public override PyObject? Next(PyThreadState ts)
    {
        while (true)
        {
            var s = Volatile.Read(ref _set);
            if (s == null) return null;
            if (Volatile.Read(ref _used) != s.Count)
            {
                Volatile.Write(ref _used, -1);
                throw ts.Rt.RuntimeError("Set changed size during iteration");
            }
            long st = Volatile.Read(ref _state);
            int i = (int)(st >> 32);
            int len = (int)st;
            var t = s.Table;
            PyObject? key = null;
            while (i >= 0 && i < t.Length)
            {
                var k = Volatile.Read(ref t[i].Key);
                if (k != null && !s.IsDummy(k))
                {
                    key = k;
                    break;
                }
                i++;
            }
            if (key == null)
            {
                Volatile.Write(ref _set, null);
                return null;
            }
            long next = ((long)(i + 1) << 32) | (uint)(len - 1);
            if (Interlocked.CompareExchange(ref _state, next, st) == st) return key;
        }
    }

    public override int LengthHint
    {
        get
        {
            var s = Volatile.Read(ref _set);
            return s != null && Volatile.Read(ref _used) == s.Count ? Math.Max(0, (int)Volatile.Read(ref _state)) : 0;
        }
    }

    public override void CollectChildren(List<PyObject> sink) => sink.Add(_owner);
}

public enum DictIterKind
{
    Keys,
    Values,
    Items,
}

/// <summary>
/// dict_keyiterator / dict_valueiterator / dict_itemiterator and their reverse forms. Entries are
/// read lock-free; position and remaining count are one word updated with a CAS.
/// </summary>
public sealed class DictIterator<TSync> : PyIterBase where TSync : struct, ISyncPolicy
{
    public override bool RunsNoPythonCode => true;
    private readonly PyDict _dict;
    private bool _done;
    private int _used;
    private long _state; // (pos << 32) | (uint)len
    public readonly DictIterKind Kind;
    public readonly bool Reversed;

    public PyDict Dict => _dict;

    public override bool HasPairs => Kind == DictIterKind.Items;

    public DictIterator(PyThreadState ts, PyType type, PyDict dict, DictIterKind kind, bool reversed) : base(type)
    {
        _dict = dict;
        Kind = kind;
        Reversed = reversed;
        _used = dict.Count;
        int pos = reversed ? dict.Table.Count - 1 : 0;
        _state = ((long)pos << 32) | (uint)_used;
        ObjectLifecycle<TSync>.IncRef(ts, dict);
    }

    public override PyObject? Next(PyThreadState ts)
    {
        if (!Step(ts, out var key, out var value)) return null;
        return Kind switch
        {
            DictIterKind.Keys => key,
            DictIterKind.Values => value,
            _ => Ops<TSync>.NewTuple(ts, [key!, value!]),
        };
    }

    /// <summary>items(): the key and value without the (key, value) tuple (`for k, v in d.items()`).</summary>
    public override bool NextPair(PyThreadState ts, out PyObject? a, out PyObject? b)
    {
        bool got = Step(ts, out var key, out var value);
        a = key;
        b = value;
        return got;
    }

    /// <summary>Advances to the next live entry: false when exhausted.</summary>
    private bool Step(PyThreadState ts, out PyObject? key, out PyObject? value)
    {
        var d = _dict;
        key = value = null;
        TSync.EnsureSharedOnRead(ts, d); // reads d's table lock-free (Runtime/Pools/DictTablePool.cs)
        while (true)
        {
            if (Volatile.Read(ref _done)) return false;
            if (Volatile.Read(ref _used) != d.Count)
            {
                Volatile.Write(ref _used, -1);
                throw ts.Rt.RuntimeError("dictionary changed size during iteration");
            }
            long st = Volatile.Read(ref _state);
            int i = (int)(st >> 32);
            int len = (int)st;
            var t = d.Table;
            PyObject? k = null, v = null;
            int nextPos;
            if (!Reversed)
            {
                int n = Math.Min(t.Count, t.Entries.Length);
                while (i >= 0 && i < n)
                {
                    k = Volatile.Read(ref t.Entries[i].Key);
                    v = Volatile.Read(ref t.Entries[i].Value);
                    if (k != null && v != null) break;
                    k = null;
                    i++;
                }
                if (k == null)
                {
                    Volatile.Write(ref _done, true);
                    return false;
                }
                if (len == 0)
                {
                    Volatile.Write(ref _done, true);
                    throw ts.Rt.RuntimeError("dictionary keys changed during iteration");
                }
                nextPos = i + 1;
            }
            else
            {
                int n = Math.Min(t.Count, t.Entries.Length);
                if (i >= n) i = n - 1;
                while (i >= 0)
                {
                    k = Volatile.Read(ref t.Entries[i].Key);
                    v = Volatile.Read(ref t.Entries[i].Value);
                    if (k != null && v != null) break;
                    k = null;
                    i--;
                }
                if (k == null)
                {
                    Volatile.Write(ref _done, true);
                    return false;
                }
                nextPos = i - 1;
            }
            long next = ((long)nextPos << 32) | (uint)(len - 1);
            if (Interlocked.CompareExchange(ref _state, next, st) != st) continue;
            key = k;
            value = v;
            return true;
        }
    }

    public override int LengthHint =>
        !Volatile.Read(ref _done) && Volatile.Read(ref _used) == _dict.Count ? Math.Max(0, (int)Volatile.Read(ref _state)) : 0;

    public override void CollectChildren(List<PyObject> sink) => sink.Add(_dict);
}
