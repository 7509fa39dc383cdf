// `list`.
//
// Design note (free-threaded backend): every mutation runs with the list's critical section held
// (Ops take it; methods here named ...LockHeld assume it). Readers do not lock: they load _items
// once, then _size, and bounds-check against both, so a concurrent resize (which publishes a new
// array, never shrinking an array a reader may hold) can only make them see an older or newer
// state, never an out-of-range index. A null slot seen by a racing reader means "retry under the
// lock". Removals, insertions and reverse() move items inside the array (a reader may then see an item twice
// or miss one, as with CPython's in-place memmove; every reference it sees is an item that was in
// the list). The .NET GC keeps a replaced array alive for readers that may still hold it: a
// replaced array goes back to a pool only under the rules of STORAGE REUSE below. The object ends in
// 32 bytes of padding against false sharing between neighbouring lists (HotFieldPadding.cs).
//
// STORAGE REUSE (Runtime/Pools/ItemArrayPool.cs; CPython 3.13's free_list_items). The array an exact
// list drops when it grows (GrowLockHeld) goes to the thread's pool, and the next growth of any list
// of the thread takes it, if all of these hold:
// - The array came from growth (_itemsPoolable): never an array installed by SetContentsLockHeld or
//   the constructor, which the caller built and might still hold.
// - Cross-thread: TSync.MayReuseStorage, asked with the list's section held. Every lock-free reader
//   calls TSync.EnsureSharedOnRead before it loads _items (TryGetItem, ToArray<TSync>): a non-owner's
//   first read marks the list shared inside a section on it, so either the owner's growth ended
//   before the mark (the reader then loads the new array) or the owner sees the mark and leaves the
//   old array to the .NET GC, as CPython delays a shared list's free through QSBR. Under the GIL no
//   thread reads while another mutates: always reusable. A list another thread owns is never pooled
//   from.
// - Same thread: no code holds a list's array across anything that can run Python code or mutate
//   the list (a comparison, a repr, a callback, a release that may run __del__): such code re-reads
//   _items or goes through GetItemOrNull/Snapshot, as CPython re-reads ob_item.
// AT DEALLOCATION. A list deallocated at refcount zero keeps its array at first; the sync policy
// decides when it may go to the pool (Runtime/Pools/DeadStorage.cs: free-threaded, once every
// other attached thread reported a quiescent state, Vm.FreeThreaded/Qsbr.cs; GIL, never). Then,
// in its section, a list still unmarked and uncounted is left empty (EmptyDeadLockHeld) and its
// array goes to the pool: a thread that read the list out of a shared place lock-free and holds it
// uncounted has either passed a quiescent report since (it holds it no more), marked it (not
// reused) or loads the empty array, never another list's items.
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Runtime;

namespace Vm.Objects;

public class PyList : PyObject
{
    internal PyObject?[] _items;
    internal int _size;
    /// <summary>_items came from growth (GrowLockHeld), not from a caller: it may go to a pool (STORAGE REUSE).</summary>
    internal bool _itemsPoolable;
    /// <summary>Keeps the written words of two neighbouring lists on different cache lines (HotFieldPadding.cs).</summary>
    internal HotFieldPadding32 _padding;

    public PyList(PyType type) : base(type)
    {
        _items = [];
    }

    public PyList(PyType type, PyObject[] items, int count) : base(type)
    {
        _items = RefArray.Exact(items); // every store into _items then skips the covariance check
        _size = count;
    }

    public int Count => Volatile.Read(ref _size);

    /// <summary>Capacity below which a full array doubles (see the file header); from it on it grows by half.</summary>
    internal const int DoublingLimit = 4096;

    /// <summary>The capacity a full array of <paramref name="current"/> slots grows to when at least
    /// <paramref name="needed"/> slots are needed (file header, GROWTH); the growth stops at Array.MaxLength.</summary>
    internal static int GrownCapacity(int current, int needed)
    {
        long grown = current < 4 ? 4 : current < DoublingLimit ? 2L * current : current + (long)(current >> 1);
        return Math.Max((int)Math.Min(grown, Array.MaxLength), needed);
    }

    /// <summary>Lock-free read of item i (null if out of range or racing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? TryGetItem<TSync>(PyThreadState ts, int i) where TSync : struct, ISyncPolicy
    {
        TSync.EnsureSharedOnRead(ts, this); // before the load of _items (STORAGE REUSE)
        var arr = Volatile.Read(ref _items);
        int n = Volatile.Read(ref _size);
        if ((uint)i < (uint)n && (uint)i < (uint)arr.Length) return arr[i];
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendLockHeld<TSync>(PyThreadState ts, PyObject o) where TSync : struct, ISyncPolicy
    {
        var arr = _items;
        int n = _size;
        if (n == arr.Length)
        {
            GrowLockHeld<TSync>(ts, n + 1);
            arr = _items;
        }
        RefArray.Set(arr, n, o);
        Volatile.Write(ref _size, n + 1);
    }

    public void EnsureCapacityLockHeld<TSync>(PyThreadState ts, int capacity) where TSync : struct, ISyncPolicy
    {
        if (capacity > _items.Length) GrowLockHeld<TSync>(ts, capacity);
    }

    /// <summary>
    /// Replaces the array by one of GrownCapacity slots (at least <paramref name="needed"/>) from the
    /// thread's pool, holding the first _size items; the old array goes to the pool when STORAGE
    /// REUSE (file header) allows.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void GrowLockHeld<TSync>(PyThreadState ts, int needed) where TSync : struct, ISyncPolicy
    {
        var old = _items;
        var pool = ts.ItemArrays;
        var bigger = pool.Rent(GrownCapacity(old.Length, needed));
        Array.Copy(old, bigger, _size);
        Volatile.Write(ref _items, bigger);
        bool reuse = _itemsPoolable && ReferenceEquals(Type, ts.Rt.ListType) && TSync.MayReuseStorage(ts, this);
        _itemsPoolable = true;
        if (reuse) pool.Return(old);
    }

    /// <summary>
    /// A dead list whose array goes to the pool (Runtime/Pools/DeadStorage.cs, in the list's section):
    /// left empty, so a racing reader that loads the array afterwards finds nothing, never another
    /// list's items.
    /// </summary>
    internal void EmptyDeadLockHeld()
    {
        Volatile.Write(ref _size, 0);
        Volatile.Write(ref _items, []);
        _itemsPoolable = false;
    }

    public PyObject RemoveAtLockHeld(int index)
    {
        var arr = _items;
        var o = arr[index]!;
        int n = _size - 1;
        // Shift in place (CPython's list_ass_slice does the same memmove): Array.Copy moves
        // references one aligned word at a time, so a racing lock-free reader sees, at any index,
        // some item that is or was in the list (it may see one twice or miss one - the documented
        // behaviour of unsynchronised reads and iteration) or, in the vacated last slot, null,
        // which makes it retry under the lock. No fresh array per removal: pop(0) stays
        // allocation-free.
        if (index < n) Array.Copy(arr, index + 1, arr, index, n - index);
        Volatile.Write(ref _size, n);
        Volatile.Write(ref arr[n], null);
        return o;
    }

    /// <summary>Replaces the whole contents (items become owned by the list; never pooled: the caller made the array).</summary>
    public void SetContentsLockHeld(PyObject?[] items, int count)
    {
        items = RefArray.Exact(items);
        Volatile.Write(ref _size, Math.Min(_size, count));
        Volatile.Write(ref _items, items);
        _itemsPoolable = false;
        Volatile.Write(ref _size, count);
    }

    /// <summary>A snapshot copy of the items, read lock-free (ListOps.Snapshot takes the lock for a consistent copy).</summary>
    public PyObject[] ToArray<TSync>(PyThreadState ts) where TSync : struct, ISyncPolicy
    {
        TSync.EnsureSharedOnRead(ts, this); // before the load of _items (STORAGE REUSE)
        return ToArrayLockHeld();
    }

    /// <summary>A copy of the items, for a caller that holds the list's section (or is its only reader).</summary>
    public PyObject[] ToArrayLockHeld()
    {
        var arr = Volatile.Read(ref _items);
        int n = Math.Min(Volatile.Read(ref _size), arr.Length);
        var res = new PyObject[n];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            var o = arr[i];
            if (o != null) RefArray.Set(res, k++, o);
        }
        if (k != n) Array.Resize(ref res, k);
        return res;
    }

    public override void CollectChildren(List<PyObject> sink)
    {
        // One load of each field: a racing gc.get_referents may see the array replaced (a clear()
        // installs an empty one) between the size test and the read.
        var arr = Volatile.Read(ref _items);
        int n = Math.Min(Volatile.Read(ref _size), arr.Length);
        for (int i = 0; i < n; i++)
        {
            var o = arr[i];
            if (o != null) sink.Add(o);
        }
    }
}
