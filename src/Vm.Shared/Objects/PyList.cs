// `list`.
//
// Design note (free-threaded backend): every mutation runs with the list's critical section held
// (Ops take it; methods here named ...LockHeld assume it). Readers do not lock: they load _items
// once, then _size, and bounds-check against both, so a concurrent resize (which publishes a new
// array, never shrinking an array a reader may hold) can only make them see an older or newer
// state, never an out-of-range index. A null slot seen by a racing reader means "retry under the
// lock". Removals, insertions and reverse() move items inside the array (a reader may then see an item twice
// or miss one, as with CPython's in-place memmove; every reference it sees is an item that was in
// the list). The .NET GC keeps a replaced array alive for readers (no QSBR needed: we never reuse
// arrays from free-lists). The object ends in 32 bytes of padding against false sharing between
// neighbouring lists (HotFieldPadding.cs).
//
// GROWTH (GrownCapacity). .NET has no realloc: every growth allocates a new array and copies, so
// the policy trades bytes allocated while a list grows (what drives gen0 collections, and every
// gen0 collection stops all threads: docs/allocation.md) against the slack a list that stops growing
// keeps. CPython 3.13's list_resize adds 1/8 (+6, rounded to 4), which on .NET allocates ~7x the final
// array in copies. Below DoublingLimit slots the capacity doubles (4, 8, 16, ..., 4096): a list
// allocates under 2x its final array while growing and holds at most 2x; from there it grows by
// half (at most 1.5x held where the slack is large in bytes; arrays of 10 625+ slots are large
// objects). docs/allocation.md, "Bytes per list", has the measured table.
namespace Vm.Objects;

public class PyList : PyObject
{
    internal PyObject?[] _items;
    internal int _size;
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
    public PyObject? TryGetItem(int i)
    {
        var arr = Volatile.Read(ref _items);
        int n = Volatile.Read(ref _size);
        if ((uint)i < (uint)n && (uint)i < (uint)arr.Length) return arr[i];
        return null;
    }

    public void AppendLockHeld(PyObject o)
    {
        var arr = _items;
        int n = _size;
        if (n == arr.Length)
        {
            var bigger = new PyObject?[GrownCapacity(n, n + 1)];
            Array.Copy(arr, bigger, n);
            RefArray.Set(bigger, n, o);
            Volatile.Write(ref _items, bigger);
        }
        else
        {
            RefArray.Set(arr, n, o);
        }
        Volatile.Write(ref _size, n + 1);
    }

    public void EnsureCapacityLockHeld(int capacity)
    {
        var arr = _items;
        if (capacity <= arr.Length) return;
        var bigger = new PyObject?[GrownCapacity(arr.Length, capacity)];
        Array.Copy(arr, bigger, _size);
        Volatile.Write(ref _items, bigger);
    }

    public void InsertLockHeld(int index, PyObject o)
    {
        EnsureCapacityLockHeld(_size + 1);
        var arr = _items;
        Array.Copy(arr, index, arr, index + 1, _size - index);
        RefArray.Set(arr, index, o);
        Volatile.Write(ref _size, _size + 1);
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

    /// <summary>Replaces the whole contents (items become owned by the list).</summary>
    public void SetContentsLockHeld(PyObject?[] items, int count)
    {
        items = RefArray.Exact(items);
        Volatile.Write(ref _size, Math.Min(_size, count));
        Volatile.Write(ref _items, items);
        Volatile.Write(ref _size, count);
    }

    /// <summary>A snapshot copy of the items (lock-free; consistent if the caller holds the lock).</summary>
    public PyObject[] ToArray()
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
        for (int i = 0; i < _size; i++)
        {
            var o = _items[i];
            if (o != null) sink.Add(o);
        }
    }
}
