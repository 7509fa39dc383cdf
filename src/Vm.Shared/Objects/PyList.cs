// `list`.
//
// Design note (free-threaded backend): every mutation runs with the list's critical section held
// (Ops take it; methods here named ...LockHeld assume it). Readers do not lock: they load _items
// once, then _size, and bounds-check against both, so a concurrent resize (which publishes a new
// array, never shrinking an array a reader may hold) can only make them see an older or newer
// state, never an out-of-range index. A null slot seen by a racing reader means "retry under the
// lock". The .NET GC keeps a replaced array alive for readers (no QSBR needed: we never reuse
// arrays from free-lists).
namespace Vm.Objects;

public class PyList : PyObject
{
    internal PyObject?[] _items;
    internal int _size;

    public PyList(PyType type) : base(type)
    {
        _items = [];
    }

    public PyList(PyType type, PyObject[] items, int count) : base(type)
    {
        _items = items;
        _size = count;
    }

    public int Count => Volatile.Read(ref _size);

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
            var bigger = new PyObject?[n < 4 ? 4 : n + (n >> 1) + 4];
            Array.Copy(arr, bigger, n);
            bigger[n] = o;
            Volatile.Write(ref _items, bigger);
        }
        else
        {
            arr[n] = o;
        }
        Volatile.Write(ref _size, n + 1);
    }

    public void EnsureCapacityLockHeld(int capacity)
    {
        var arr = _items;
        if (capacity <= arr.Length) return;
        var bigger = new PyObject?[Math.Max(capacity, arr.Length + (arr.Length >> 1) + 4)];
        Array.Copy(arr, bigger, _size);
        Volatile.Write(ref _items, bigger);
    }

    public void InsertLockHeld(int index, PyObject o)
    {
        EnsureCapacityLockHeld(_size + 1);
        var arr = _items;
        Array.Copy(arr, index, arr, index + 1, _size - index);
        arr[index] = o;
        Volatile.Write(ref _size, _size + 1);
    }

    public PyObject RemoveAtLockHeld(int index)
    {
        var arr = _items;
        var o = arr[index]!;
        int n = _size - 1;
        if (index == n)
        {
            Volatile.Write(ref _size, n);
            arr[index] = null;
            return o;
        }
        // Publish a fresh array so a lock-free reader never sees items shift under an index it checked.
        var fresh = new PyObject?[arr.Length];
        Array.Copy(arr, 0, fresh, 0, index);
        Array.Copy(arr, index + 1, fresh, index, n - index);
        Volatile.Write(ref _items, fresh);
        Volatile.Write(ref _size, n);
        return o;
    }

    /// <summary>Replaces the whole contents (items become owned by the list).</summary>
    public void SetContentsLockHeld(PyObject?[] items, int count)
    {
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
            if (o != null) res[k++] = o;
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
