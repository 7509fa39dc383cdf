// Baseline compiler: UNPACK_SEQUENCE of a short exact list or tuple into compiled code's stack
// locals, on both backends, without the spill (JitEmitter.Unpack.cs emits the call).
//
// Design note (free-threaded backend). The interpreter's inline case takes an exact list only under
// the GIL (ExactItemsOfLength): without it another thread may resize the list between the length
// test and the reads, so the free-threaded eval loop copies a list's items in one leaf critical
// section of the list (TryUnpackList), and compiled code had to spill its whole stack and run that
// step (nbody unpacks three lists per pair: FT compiled nbody spent 12% of its time there). This
// helper is that step's section without the spill: under the list's leaf section (LockLeaf: the
// list's mutex, or nothing while this thread is the runtime's only one, CriticalSections.cs "LEAF
// SECTIONS") it checks the size and reads up to four items into a struct the caller's IL locals
// take. Nothing in the section can throw or park (plain reads of an array at indices below _size,
// and _size <= _items.Length under the lock), so it needs no try/finally. A concurrent mutation is
// seen whole or not at all, as in TryUnpackList.
//
// Why the hit equals the step: the step (JitUnpack) pushes the same items in the same order for an
// exact tuple of length n, or an exact list of size n that is not floating (TryUnpackList), and then
// its release of the sequence is a no-op; anything else (a floating sequence, another length or
// type, n > 4) is a miss with nothing done, and the step runs.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

/// <summary>Up to four unpacked items, first item in A (A null: a miss).</summary>
internal struct JitItems4
{
    public PyObject? A, B, C, D;
}

public static partial class Interpreter<TSync>
{
    /// <summary>The <paramref name="n"/> (at most 4) items of an exact tuple or list of that length
    /// that something else holds, first in A; default (A null) with nothing done otherwise.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static JitItems4 JitUnpackSmallHit(PyThreadState ts, PyObject seq, int n)
    {
        JitItems4 r = default;
        if (seq.GetType() == typeof(PyTuple))
        {
            var items = Unsafe.As<PyTuple>(seq).Items;
            if (items.Length != n || !ReferenceEquals(seq.Type, ts.Rt.TupleType) || (!seq.IsImmortal && TSync.IsFloating(ts, seq))) return r;
            Read4(ref r, items, n);
            return r;
        }
        if (seq.GetType() != typeof(PyList) || !ReferenceEquals(seq.Type, ts.Rt.ListType) || TSync.IsFloating(ts, seq)) return r;
        var l = Unsafe.As<PyList>(seq);
        TSync.LockLeaf(ts, l);
        var arr = l._items;
        if (l._size == n && n <= arr.Length) Read4(ref r, arr, n);
        TSync.UnlockLeaf(ts, l);
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Read4(ref JitItems4 r, PyObject?[] items, int n)
    {
        switch (n)
        {
            case 4: r.D = items[3]; goto case 3;
            case 3: r.C = items[2]; goto case 2;
            case 2: r.B = items[1]; goto case 1;
            case 1: r.A = items[0]; break;
        }
    }
}
