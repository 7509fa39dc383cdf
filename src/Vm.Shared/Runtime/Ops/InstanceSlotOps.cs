// Slot storage of PyInstance (Objects/PyInstance.cs, field Slots): the values of the __slots__
// members (PySlotDescriptor, Objects/PyType.cs), one array element per member index.
//
// Design note (free-threaded backend; under the GIL the locks compile to nothing):
// - The instance's critical section (the same one that guards its inline values and __dict__,
//   InstanceDictOps.cs) guards the field Slots and the contents of the array. Every write takes
//   it: creating the array (an instance made by a native constructor has none until its first
//   store), growing it (an instance whose __class__ was set to a class with more slots), and
//   storing or deleting one member. The section runs no Python code and takes no other lock: a
//   leaf section (TSync.LockLeaf). The value replaced is released after the section ends
//   ("unlock before decref"). Without the section two threads storing different members of one
//   fresh instance each created or grew an array and the second publish dropped the first
//   thread's store; two threads storing the same member both released the one old value.
// - Readers (PySlotDescriptor.Get, also behind the LOAD_ATTR site cache) take no lock: they read Slots, then
//   one element, each with Volatile.Read. An array that is grown is never written again (it is
//   frozen) and the bigger one is filled before one Volatile.Write publishes it, so a reader sees
//   the old array, whose element is the member's value at the moment it was replaced, or the new
//   one: never a half-copied array, and no store is lost because writers only write into the
//   current array, under the section.
// Fast path == slow path: there is one store path; the site caches only remember which
// descriptor a name resolves to and call it.
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class InstanceSlotOps<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>
    /// Stores <paramref name="value"/> (counted by the instance) into member <paramref name="index"/>,
    /// or unsets it when null; <paramref name="layoutLength"/> is the slot count of the member's
    /// class, the size of an array made here. Returns false when unsetting a member that was unset.
    /// </summary>
    public static bool Exchange(PyThreadState ts, PyInstance inst, int index, int layoutLength, PyObject? value) =>
        Exchange(ts, inst, ref inst.Slots, index, layoutLength, value);

    /// <summary>Exchange for any owner of slot storage (IHasSlots): <paramref name="slots"/> is its field.</summary>
    public static bool Exchange(PyThreadState ts, PyObject inst, ref PyObject?[]? slots, int index, int layoutLength, PyObject? value)
    {
        if (value != null) ObjectLifecycle<TSync>.IncRef(ts, value);
        PyObject? old;
        TSync.LockLeaf(ts, inst);
        try
        {
            var s = slots;
            if (s == null || index >= s.Length)
            {
                if (value == null) return false; // nothing stored there: no array to make
                var ns = new PyObject?[Math.Max(layoutLength, index + 1)];
                if (s != null) Array.Copy(s, ns, s.Length);
                ns[index] = value;
                Volatile.Write(ref slots, ns); // the old array is frozen from here on
                return true;
            }
            ref var slot = ref RefArray.ElementRef(s, index); // s is a PyObject?[] made here or by object.__new__: no covariance check
            old = slot;
            Volatile.Write(ref slot, value);
        }
        finally
        {
            TSync.UnlockLeaf(ts, inst);
        }
        if (old == null) return value != null;
        ObjectLifecycle<TSync>.DecRef(ts, old);
        return true;
    }
}
