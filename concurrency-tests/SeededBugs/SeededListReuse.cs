// Test-only copy of list.append's growth (Objects/PyList.cs GrowLockHeld) with one seeded defect:
// the replaced array goes to the thread's pool without asking TSync.MayReuseStorage, so a shared
// list's old array, which a lock-free reader on another thread may still hold, is reused.
using Vm.ConcurrencyTests.FreeThreaded;
using Vm.Objects;
using Vm.Runtime;
using CFt = Vm.ConcurrencyTests.Harness.Checked<Vm.FreeThreaded.FreeThreadedSync>;

namespace Vm.ConcurrencyTests.SeededBugs;

public sealed class SeededListGrow : IListGrow
{
    public void Append(PyThreadState ts, PyList l, PyObject v)
    {
        ObjectLifecycle<CFt>.IncRef(ts, v);
        CFt.LockLeaf(ts, l);
        if (l._size == l._items.Length)
        {
            var old = l._items;
            var bigger = ts.ItemArrays.Rent(PyList.GrownCapacity(old.Length, l._size + 1));
            Array.Copy(old, bigger, l._size);
            Volatile.Write(ref l._items, bigger);
            bool poolable = l._itemsPoolable;
            l._itemsPoolable = true;
            if (poolable) ts.ItemArrays.Return(old); // SEEDED BUG: no CFt.MayReuseStorage(ts, l)
        }
        RefArray.Set(l._items, l._size, v);
        Volatile.Write(ref l._size, l._size + 1);
        CFt.UnlockLeaf(ts, l);
    }
}
