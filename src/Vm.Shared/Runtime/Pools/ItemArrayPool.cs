// A per-thread pool of list item arrays (CPython: free() hands a list's old ob_item back to
// mimalloc, and the next list of the thread reuses that memory at once). A thread building lists
// by append then allocates only their small first arrays and their final ones, so it triggers
// fewer gen0 collections, each of which stops every thread (docs/allocation.md, "Item-array pool").
//
// Design note.
// SIZE CLASSES. Exactly the capacities PyList.GrownCapacity produces on the doubling chain from
// MinCapacity to MaxCapacity (16, 32, ..., 4096 slots: 9 classes); Rent(c) returns an array of
// length c, pooled or new, so every capacity, and sys.getsizeof, is what it is without the pool
// (ItemArrayPoolTests). Below 16 slots an array is a cheap bump allocation (and most lists stay that
// small); from 4096 slots on lists grow by half, and 4096 slots (32 KB) stays well below the
// 85 000-byte large-object line.
// BOUNDS. At most PerClass (8) arrays per class: at most 8 x 8 x (16 + 32 + ... + 4096) =
// 523 264 bytes of slots per thread (~0.5 MB), pinned for the thread's life. Eight covers a thread
// that keeps a few lists growing at once (nested builds, a comprehension inside a loop) while a
// thread that drops thousands of lists at once does not hoard them.
// CLEARED. Return clears the whole array: a pooled array holds no reference (keeps no dead object
// alive) and a rented one is all nulls, as a new one is (list code relies on slots past _size being
// null: RemoveAtLockHeld's racing-reader retry).
// WHO RETURNS. Only PyList (PyList.cs, "STORAGE REUSE"): the old array of an exact list that grows,
// when the array came from growth (never an array a caller passed in, which something else may
// still hold) and TSync.MayReuseStorage says no other thread can be reading it; and, through
// DeadStorage.Release (free-threaded, after a QSBR grace period: Vm.FreeThreaded/Qsbr.cs), the array
// of such a list deallocated at refcount zero (PyList.cs, "AT DEALLOCATION"). The pool belongs to one
// PyThreadState and is only touched by the thread that runs it: no locking.
using System.Numerics;
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime.Pools;

public sealed class ItemArrayPool
{
    /// <summary>The smallest pooled capacity (smaller arrays are plain allocations).</summary>
    public const int MinCapacity = 16;
    /// <summary>The largest pooled capacity (PyList.DoublingLimit: the end of the doubling chain).</summary>
    public const int MaxCapacity = 4096;
    /// <summary>Arrays kept per size class.</summary>
    public const int PerClass = 8;
    private const int MinShift = 4;
    private const int Classes = 9; // 2^4 .. 2^12

    /// <summary>Class c's arrays in [c * PerClass, c * PerClass + _count[c]).</summary>
    private readonly PyObject?[]?[] _free = new PyObject?[]?[Classes * PerClass];
    private readonly int[] _count = new int[Classes];

    /// <summary>The size class of an array of <paramref name="capacity"/> slots, or -1 if not pooled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClassOf(int capacity) =>
        capacity >= MinCapacity && capacity <= MaxCapacity && BitOperations.IsPow2(capacity)
            ? BitOperations.Log2((uint)capacity) - MinShift : -1;

    /// <summary>An all-null array of exactly <paramref name="capacity"/> slots: a pooled one if there is one.</summary>
    public PyObject?[] Rent(int capacity)
    {
        int c = ClassOf(capacity);
        if (c >= 0)
        {
            int k = _count[c];
            if (k > 0)
            {
                int slot = c * PerClass + k - 1;
                var arr = _free[slot]!;
                _free[slot] = null;
                _count[c] = k - 1;
                return arr;
            }
        }
        return new PyObject?[capacity];
    }

    /// <summary>
    /// Keeps <paramref name="arr"/> (cleared) for a later Rent if its length is a size class and the
    /// class has room; otherwise it is left to the .NET GC. The caller guarantees that nothing else
    /// holds or reads it (PyList.cs, "STORAGE REUSE").
    /// </summary>
    public void Return(PyObject?[] arr)
    {
        int c = ClassOf(arr.Length);
        if (c < 0) return;
        int k = _count[c];
        if (k == PerClass) return;
        Array.Clear(arr);
        _free[c * PerClass + k] = arr;
        _count[c] = k + 1;
    }

    /// <summary>Arrays pooled in the class of <paramref name="capacity"/> (tests).</summary>
    public int Pooled(int capacity)
    {
        int c = ClassOf(capacity);
        return c < 0 ? 0 : _count[c];
    }

    /// <summary>Whether <paramref name="arr"/> is in the pool (tests).</summary>
    public bool Holds(PyObject?[] arr)
    {
        foreach (var a in _free) if (ReferenceEquals(a, arr)) return true;
        return false;
    }
}
