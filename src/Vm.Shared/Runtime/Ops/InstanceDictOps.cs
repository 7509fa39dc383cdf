// Attribute storage of PyInstance (Objects/PyInstance.cs): inline values addressed through the
// class's shared keys (Objects/SharedKeys.cs), and the materialised __dict__ (CPython 3.13:
// _PyObject_StoreInstanceAttribute, _PyObject_MaterializeManagedDict in Objects/dictobject.c).
//
// Design note (free-threaded backend; under the GIL the locks compile to nothing):
// - The instance's critical section (TSync.Lock(ts, inst)) guards its field _dictOrValues, the
//   contents of its values array, and changes of its Type made by the __class__ setter. Every
//   write of those takes it: a store or delete in the values, growing the array, materialising,
//   __dict__ and __class__ assignment. Nothing in the section calls Python code or takes another
//   object's lock except the shared keys' own (a leaf lock, see SharedKeys.cs); values replaced
//   or removed are released after the section ends ("unlock before decref"). SetAttr's section
//   is therefore a leaf section (TSync.LockLeaf; the shared keys' lock is a brief monitor, never a
//   detach).
// - Once _dictOrValues holds a PyDict it never changes again except by __dict__ assignment, and
//   the dict is then guarded by its own critical section exactly as before inline values existed
//   (DictOps): writers in that state leave the instance's section before they touch the dict.
// - Readers take no lock (PyInstance.GetOwnAttr, the LOAD_ATTR site cache). They read Type, then
//   _dictOrValues (Volatile.Read), then one element of the array (Volatile.Read). A writer stores an
//   element with Volatile.Write; an array that is grown, materialised or replaced is never written
//   again (it is frozen), and its successor (the bigger array, the dict) is published with one
//   Volatile.Write of _dictOrValues after being filled. So a reader sees either the old storage,
//   whose element is the attribute's value at the moment it was replaced (a moment inside the
//   read), or the new one: never a torn or a half-built state, and a write is never lost because
//   writers only write into the current storage, under the section. The __class__ setter
//   materialises (publishes the dict) before it writes the new Type with Volatile.Write, so a
//   reader that sees the new type sees a dict, not an array laid out by the old type's keys.
// - Shared keys: an index, once a name has it, is that name's for the class's life, so a cached
//   (class, version tag, index) is checked by the class alone; the key at the index is the name.
// Fast path == slow path: the LOAD_ATTR and STORE_ATTR site caches (Interpreter.AttrCache.cs)
// only skip the shared-keys search by an index whose key they compare by identity; the rest is
// this file's code.
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static class InstanceDictOps<TSync> where TSync : struct, ISyncPolicy
{
    /// <summary>
    /// The __dict__ of an object with IHasDict as code that needs the dict itself sees it: an
    /// exact PyInstance's inline values are materialised first. Null when it has none yet.
    /// </summary>
    public static PyDict? DictOf(PyThreadState ts, IHasDict o)
    {
        if (o.GetType() != typeof(PyInstance)) return o.Dict;
        var inst = (PyInstance)o;
        var dv = Volatile.Read(ref inst._dictOrValues);
        return dv == null ? null : dv as PyDict ?? Materialize(ts, inst);
    }

    /// <summary>DictOf for any object (null when it carries no __dict__).</summary>
    public static PyDict? DictOf(PyThreadState ts, PyObject o) => o is IHasDict hd ? DictOf(ts, hd) : null;

    /// <summary>The object's own attribute from its __dict__ (or inline values), without materialising; null when absent.
    /// A __dict__ that holds a key other than an exact str or int is searched as CPython does (DictOps.GetName).</summary>
    public static PyObject? OwnAttr(PyThreadState ts, PyObject o, PyStr name)
    {
        if (o.GetType() == typeof(PyInstance))
        {
            var inst = Unsafe.As<PyInstance>(o);
            return inst.MaterializedDict is { HasOnlyPlainKeys: false } gd ? DictOps<TSync>.GetItemOrNull(ts, gd, name) : inst.GetOwnAttr(name);
        }
        return o is IHasDict { Dict: { } d } ? DictOps<TSync>.GetName(ts, d, name) : null;
    }

    /// <summary>The instance's __dict__ is materialised and has held a key other than an exact str
    /// or int: the attribute site caches leave its lookups to the general path (OwnAttr).</summary>
    public static bool HasGeneralDict(PyInstance inst) => inst.MaterializedDict is { HasOnlyPlainKeys: false };

    /// <summary>Adds the names of the instance's own attributes (dir()), without materialising.</summary>
    public static void AddOwnNames(PyInstance inst, HashSet<string> names)
    {
        var tp = Volatile.Read(ref inst.Type);
        switch (Volatile.Read(ref inst._dictOrValues))
        {
            case PyDict d:
                foreach (var kv in d.Snapshot()) if (kv.Key is PyStr s) names.Add(s.Value);
                break;
            case PyObject?[] values:
                var keys = tp.InstanceKeys;
                for (int i = 0; i < values.Length; i++)
                    if (Volatile.Read(ref values[i]) != null) names.Add(keys.KeyAt(i).Value);
                break;
        }
    }

    /// <summary>obj.__dict__ of an exact PyInstance: materialised, or created empty; null when its class has no __dict__.</summary>
    public static PyDict? GetOrCreateDict(PyThreadState ts, PyInstance inst)
    {
        var dv = Volatile.Read(ref inst._dictOrValues);
        if (dv is PyDict d) return d;
        if (dv == null && !inst.Type.HasInstanceDict()) return null;
        return Materialize(ts, inst);
    }

    /// <summary>Materialises the __dict__ (an empty one when there are no values) and returns it.</summary>
    public static PyDict Materialize(PyThreadState ts, PyInstance inst)
    {
        TSync.Lock(ts, inst);
        try
        {
            var dv = inst._dictOrValues;
            return dv as PyDict ?? MaterializeLockHeld(ts, inst, dv as PyObject?[]);
        }
        finally
        {
            TSync.Unlock(ts, inst);
        }
    }

    /// <summary>
    /// Builds the dict the values stand for (present keys in index order: insertion order, see
    /// PyInstance.cs), moves the values' references into it and publishes it. Values frozen.
    /// </summary>
    private static PyDict MaterializeLockHeld(PyThreadState ts, PyInstance inst, PyObject?[]? values)
    {
        PyDict d;
        if (values == null) d = Ops<TSync>.NewDict(ts);
        else
        {
            int n = 0;
            foreach (var v in values) if (v != null) n++;
            d = new PyDict(ts.Rt.DictType, n);
            var keys = inst.Type.InstanceKeys;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] is not { } v) continue;
                var k = keys.KeyAt(i); // immortal (interned): the dict counts nothing for it
                d.InsertNewLockHeld(k, k.Hash, v);
            }
        }
        ObjectLifecycle<TSync>.IncRef(ts, d); // the instance holds a counted reference
        Volatile.Write(ref inst._dictOrValues, d);
        return d;
    }

    /// <summary>
    /// setattr(inst, name, value) into the instance's own storage (the class holds no data
    /// descriptor of that name, and inst may have a __dict__). <paramref name="hint"/> is the
    /// shared-key index a cache remembers for name (-1: none).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a try region inlined into Eval keeps its locals on the stack (EvalLoopInliningTests)
    public static void SetAttr(PyThreadState ts, PyInstance inst, PyStr name, PyObject value, int hint = -1)
    {
        PyObject? old = null;
        PyDict? d;
        TSync.LockLeaf(ts, inst);
        try
        {
            d = StoreLockHeld(ts, inst, name, value, hint, ref old);
        }
        finally
        {
            TSync.UnlockLeaf(ts, inst);
        }
        if (d != null) DictOps<TSync>.SetItem(ts, d, name, value);
        else if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>Stores into the values and returns null, or returns the dict to store into (materialised if needed).</summary>
    private static PyDict? StoreLockHeld(PyThreadState ts, PyInstance inst, PyStr name, PyObject value, int hint, ref PyObject? old)
    {
        var dv = inst._dictOrValues;
        PyObject?[]? values = null;
        if (dv != null)
        {
            // Exact type tests: `is PyObject?[]` would be a covariant array cast (a helper call).
            if (dv.GetType() != typeof(PyObject[])) return Unsafe.As<PyDict>(dv);
            values = Unsafe.As<PyObject?[]>(dv);
        }
        if (name.GetType() != typeof(PyStr)) return MaterializeLockHeld(ts, inst, values); // a str subclass: dict semantics
        var keys = inst.Type.InstanceKeys;
        int ix = (uint)hint < (uint)keys.Count && ReferenceEquals(keys.KeyAt(hint), name) ? hint : keys.IndexOfOrAdd(name, ts.Rt);
        if (ix < 0) return MaterializeLockHeld(ts, inst, values); // the layout is full
        if (values == null || ix >= values.Length)
        {
            // No room: a bigger array (every present index is below ix, so the order holds).
            var nv = new PyObject?[Math.Max(keys.Count, ix + 1)];
            if (values != null) Array.Copy(values, nv, values.Length);
            ObjectLifecycle<TSync>.IncRef(ts, value);
            nv[ix] = value;
            Volatile.Write(ref inst._dictOrValues, nv); // the old array is frozen from here on
            return null;
        }
        ref var slot = ref RefArray.ElementRef(values, ix); // an exact PyObject?[] (tested above): no covariance check
        old = slot;
        if (old == null)
        {
            // A new attribute goes last in the dict's order: only if no present key comes after it.
            for (int j = ix + 1; j < values.Length; j++)
                if (values[j] != null) return MaterializeLockHeld(ts, inst, values);
        }
        ObjectLifecycle<TSync>.IncRef(ts, value);
        Volatile.Write(ref slot, value);
        return null;
    }

    /// <summary>delattr(inst, name) from the instance's own storage; false when it has no such attribute.</summary>
    public static bool DelAttr(PyThreadState ts, PyInstance inst, PyStr name)
    {
        PyObject? old = null;
        PyDict? d = null;
        TSync.Lock(ts, inst);
        try
        {
            var dv = inst._dictOrValues;
            if (dv is PyDict dd) d = dd;
            else if (dv is PyObject?[] values)
            {
                if (name.GetType() != typeof(PyStr)) d = MaterializeLockHeld(ts, inst, values);
                else
                {
                    int ix = inst.Type.InstanceKeys.IndexOf(name);
                    if ((uint)ix >= (uint)values.Length || values[ix] == null) return false;
                    old = values[ix];
                    Volatile.Write(ref values[ix], null); // the order of the rest is unchanged
                }
            }
            else return false;
        }
        finally
        {
            TSync.Unlock(ts, inst);
        }
        if (d != null) return DictOps<TSync>.DelStr(ts, d, name);
        ObjectLifecycle<TSync>.DecRef(ts, old!);
        return true;
    }

    /// <summary>obj.__dict__ = d: the instance takes a counted reference to d and releases its old storage.</summary>
    public static void SetDict(PyThreadState ts, PyInstance inst, PyDict d)
    {
        ObjectLifecycle<TSync>.IncRef(ts, d);
        object? old;
        TSync.Lock(ts, inst);
        try
        {
            old = inst._dictOrValues;
            Volatile.Write(ref inst._dictOrValues, d);
        }
        finally
        {
            TSync.Unlock(ts, inst);
        }
        ReleaseStorage(ts, old);
    }

    /// <summary>Releases storage taken out of an instance (after its section ended): a dict, or the values in order.</summary>
    private static void ReleaseStorage(PyThreadState ts, object? old)
    {
        if (old is PyDict od) ObjectLifecycle<TSync>.DecRef(ts, od);
        else if (old is PyObject?[] values)
            foreach (var v in values)
                if (v != null) ObjectLifecycle<TSync>.DecRef(ts, v);
    }

    /// <summary>
    /// obj.__class__ = nt for an exact PyInstance: the values are laid out by the old class's
    /// keys, so they are materialised first (published before the new type; see the note).
    /// </summary>
    public static void SetClass(PyThreadState ts, PyInstance inst, PyType nt)
    {
        TSync.Lock(ts, inst);
        try
        {
            if (inst._dictOrValues is PyObject?[] values && !ReferenceEquals(inst.Type, nt)) MaterializeLockHeld(ts, inst, values);
            Volatile.Write(ref inst.Type, nt);
        }
        finally
        {
            TSync.Unlock(ts, inst);
        }
    }
}
