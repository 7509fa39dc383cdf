// BUILD_SLICE directly followed by BINARY_SUBSCR on an exact tuple or str, with bounds that are None or
// machine ints (`t[1:]`, `s[:k]`, `s[i:j]`, `s[::-1]`): the slice is read from the bounds on the stack
// without building the slice object, as CPython 3.12+'s BINARY_SLICE does (the list case and slice
// assignment are in Interpreter.ListSlices.cs).
//
// Why the fast path equals the slow path: SliceBounds.TryUnpack makes start/stop/step from the bounds
// with the same defaults SliceIndices.Unpack gives a slice of the same values, and the same
// ContainerTypes.TupleSlice / StrType.Slice then run as tuple.__getitem__ / str.__getitem__ run after
// unpacking (the full slice of an exact tuple or str is the object itself on both paths). Anything else
// (a subclass, whose __getitem__ may be overridden; a big int, an int subclass or an object with
// __index__ as a bound; a zero step) returns -1 and BUILD_SLICE runs as itself, so the general path
// raises what it raises. Tuples and strs are immutable: nothing here needs a lock on either backend.
// Tests: tests/programs/speed_caches/seq_slice_no_object.py (each result against the slice object's, and CPython's output).
using System.Runtime.CompilerServices;
using Vm.Builtins.Containers;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// BUILD_SLICE + BINARY_SUBSCR on the tuple or str at slots[at - 1] with n bounds from slots[at];
    /// returns the new stack pointer, or -1 (nothing done) when the general path must run.
    /// </summary>
    private static int SeqSliceSubscr(PyThreadState ts, Frame f, PyObject?[] slots, int at, int n)
    {
        var rt = ts.Rt;
        var o = slots[at - 1]!;
        // Exact types only (an exact str may be an AppendedStr, which is still a PyStr).
        bool tuple = o is PyTuple && ReferenceEquals(o.Type, rt.TupleType);
        if (!tuple && !(o is PyStr && ReferenceEquals(o.Type, rt.StrType))) return -1;
        if (!SliceBounds.TryUnpack(rt.None, slots[at]!, slots[at + 1]!, n == 3 ? slots[at + 2] : null, out long start, out long stop, out long step))
            return -1;
        f.Sp = at;
        PyObject v = tuple
            ? Vm.Builtins.ContainerTypes<TSync>.TupleSlice(ts, Unsafe.As<PyTuple>(o), start, stop, step)
            : Vm.Builtins.StrType<TSync>.Slice(rt, Unsafe.As<PyStr>(o), start, stop, step);
        Put(slots, at - 1, v);
        if (!o.IsImmortal) DropKeeping(ts, o, v, slots, at - 3); // as BINARY_SUBSCR drops its container
        return at;
    }
}
