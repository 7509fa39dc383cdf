// Object operations of the one runtime, generic over the sync policy (DESIGN.md: the type
// parameter lives on the runtime, not on the object model). Ops<TSync> is what the eval loop and
// every builtin call: attribute access, calls, operators, comparisons, hashing, conversion,
// iteration and container mutation (which takes the container's critical section).
using System.Runtime.CompilerServices;
using Vm.Concurrency;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Ops<TSync> where TSync : struct, ISyncPolicy
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void IncRef(PyThreadState ts, PyObject o) => ObjectLifecycle<TSync>.IncRef(ts, o);

    /// <summary>Native code caught <paramref name="e"/> and does not re-raise it (hasattr, a getattr
    /// default, the end of a __getitem__ iteration): the exception is released as CPython clears it,
    /// and with it the traceback and the frames it holds (their locals would otherwise keep their
    /// counts forever: `hasattr(obj, "x")` with a raising __getattr__ leaked a count on obj).</summary>
    public static void DiscardException(PyThreadState ts, PyException e) => ObjectLifecycle<TSync>.DropBorrowed(ts, e.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DecRef(PyThreadState ts, PyObject? o)
    {
        if (o != null) ObjectLifecycle<TSync>.DecRef(ts, o);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Drop(PyThreadState ts, PyObject? o)
    {
        if (o != null) ObjectLifecycle<TSync>.DropBorrowed(ts, o);
    }

    /// <summary>Counted store into a slot: incref new, decref old.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyThreadState ts, ref PyObject? slot, PyObject? value)
    {
        if (value != null) ObjectLifecycle<TSync>.IncRef(ts, value);
        var old = slot;
        slot = value;
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    /// <summary>
    /// Counted store into a field several threads may store into at once (a closure cell's
    /// contents): like <see cref="Store"/>, but the old value is taken with the policy's
    /// Exchange (atomic once other threads run), so of two racing stores each releases a
    /// different old value (a plain read then write let both release the same one, and the other
    /// leaked). Readers stay lock-free.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreShared(PyThreadState ts, ref PyObject? slot, PyObject? value)
    {
        if (value != null) ObjectLifecycle<TSync>.IncRef(ts, value);
        var old = TSync.Exchange(ts, ref slot, value);
        if (old != null) ObjectLifecycle<TSync>.DecRef(ts, old);
    }

    public static string TypeName(PyObject o) => o.Type.Name;

    /// <summary>A tuple owning counted references to its items.</summary>
    public static PyTuple NewTuple(PyThreadState ts, PyObject[] items)
    {
        if (items.Length == 0) return ts.Rt.EmptyTuple;
        var t = new PyTuple(ts.Rt.TupleType, items);
        bool allImmortal = true;
        foreach (var o in items)
        {
            if (!o.IsImmortal)
            {
                allImmortal = false;
                TSync.IncRef(ts, o);
            }
        }
        if (allImmortal) t.MakeImmortal();
        return t;
    }

    public static PyTuple NewTuple(PyThreadState ts, ReadOnlySpan<PyObject> items) => NewTuple(ts, items.ToArray());

    /// <summary>A slice owning counted references to its bounds (BUILD_SLICE, slice()): dropping a
    /// floating slice releases a fresh bound (`l[I(1):I(3)]` runs the bounds' __del__ at once, as CPython).</summary>
    public static PySlice NewSlice(PyThreadState ts, PyObject start, PyObject stop, PyObject step)
    {
        if (!start.IsImmortal) TSync.IncRef(ts, start);
        if (!stop.IsImmortal) TSync.IncRef(ts, stop);
        if (!step.IsImmortal) TSync.IncRef(ts, step);
        return new PySlice(ts.Rt.SliceType, start, stop, step);
    }

    /// <summary>A list owning counted references to its items (the array is taken over).</summary>
    public static PyList NewList(PyThreadState ts, PyObject[] items)
    {
        foreach (var o in items) ObjectLifecycle<TSync>.IncRef(ts, o);
        return new PyList(ts.Rt.ListType, items, items.Length);
    }

    public static PyList NewList(PyThreadState ts) => new(ts.Rt.ListType);

    public static PyDict NewDict(PyThreadState ts) => new(ts.Rt.DictType);

    public static PySet NewSet(PyThreadState ts) => new(ts.Rt.SetType, ts.Rt.SetDummy);

    public static PyObject Bool(PyThreadState ts, bool b) => b ? ts.Rt.True : ts.Rt.False;
}
