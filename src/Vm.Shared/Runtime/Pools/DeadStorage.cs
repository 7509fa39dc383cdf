// The storage of a container that died at refcount zero (the item array of an exact list, the
// table of an exact dict), handed to its thread's pool (ItemArrayPool, DictTablePool) so that the
// thread's next container reuses it (issue 4: a thread building private lists or dicts then
// allocates almost nothing; docs/ft-scaling.md, "Session 24").
//
// Design note (both backends).
// WHEN. At death the container keeps its storage (ObjectLifecycle releases the items' counts but
// leaves the array or table in place) and the sync policy is told: ISyncPolicy.RetireStorage. The
// policy calls Release when no reader can still be acting on it uncounted: the free-threaded policy
// after every other attached thread has reported a quiescent state (Vm.FreeThreaded/Qsbr.cs), the
// GIL policy never (GilSync.RetireStorage: the dead container keeps its storage, as before pooling).
// CANDIDATE (IsCandidate, asked by the pooling policy at death, no section): an exact list whose array came from growth
// (PyList._itemsPoolable) or an exact dict, no type's namespace, with a table the pool takes
// (IndexBytes not null), and MayReuseStorage (this thread owns it, never marked shared).
// RELEASE (Release, later, in the container's section as growth asks): MayReuseStorage again (a
// reader that marked it shared since, EnsureSharedOnRead or a section of its own, keeps it out of the
// pool), the count still zero (a reader that counted the dead container after its death, a racing
// LOAD_GLOBAL then STORE_FAST, keeps it too), and the storage still the one it had (not replaced
// since). Then the container is left empty (list: _size 0 and the empty array; dict: Empty, _used
// 0) before the storage goes to the pool: a racing lock-free reader either marked the container
// first (refused above) or loads the empty storage afterwards; a copying reader (PyDict.GetStr,
// LOAD_GLOBAL's cache) validates that the table it read is still the dict's, which fails once it is
// Empty. So a reader never sees another container's items: at worst an emptied dead container.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class DeadStorage<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>Is <paramref name="o"/>, dying on this thread, a container whose storage the pools may take (see the file header)?</summary>
    public static bool IsCandidate(PyThreadState ts, PyObject o)
    {
        if (o.GetType() == typeof(PyList))
        {
            var l = (PyList)o;
            return l._itemsPoolable && ReferenceEquals(l.Type, ts.Rt.ListType) && TSync.MayReuseStorage(ts, l);
        }
        if (o.GetType() == typeof(PyDict))
        {
            var d = (PyDict)o;
            return d._table.IndexBytes != null && DictTablePool<TSync>.Of(ts).MayReuse(d);
        }
        return false;
    }

    /// <summary>
    /// Gives dead container <paramref name="o"/>'s storage to this thread's pool if it still may
    /// (see the file header: in its section, not marked shared, count zero); else it keeps it.
    /// True when the storage went to the pool.
    /// </summary>
    public static bool Release(PyThreadState ts, PyObject o)
    {
        if (o.GetType() == typeof(PyList))
        {
            var l = (PyList)o;
            PyObject?[] arr;
            TSync.LockLeaf(ts, l);
            try
            {
                if (!l._itemsPoolable || !MayRelease(ts, l)) return false;
                arr = l._items;
                l.EmptyDeadLockHeld();
            }
            finally
            {
                TSync.UnlockLeaf(ts, l);
            }
            ts.ItemArrays.Return(arr);
            return true;
        }
        if (o.GetType() == typeof(PyDict))
        {
            var d = (PyDict)o;
            var pool = DictTablePool<TSync>.Of(ts);
            DictTable t;
            TSync.LockLeaf(ts, d);
            try
            {
                t = d._table;
                if (t.IndexBytes == null || !pool.MayReuse(d) || !MayRelease(ts, d)) return false;
                Volatile.Write(ref d._table, DictTable.Empty);
                Volatile.Write(ref d._used, 0);
            }
            finally
            {
                TSync.UnlockLeaf(ts, d);
            }
            pool.Return(t);
            return true;
        }
        return false;
    }

    private static bool MayRelease(PyThreadState ts, PyObject o) => TSync.MayReuseStorage(ts, o) && TSync.RefCount(o) == 0;
}
