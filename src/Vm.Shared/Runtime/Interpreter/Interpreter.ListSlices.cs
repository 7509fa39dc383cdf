// BUILD_SLICE directly followed by BINARY_SUBSCR or STORE_SUBSCR on an exact list, with bounds that are
// None or machine ints (`q = p[:]`, `p[k::-1]`, `p[:k + 1] = ...`): the slice is read or assigned from the
// bounds on the stack without building the slice object, as CPython 3.12+'s BINARY_SLICE / STORE_SLICE do.
//
// Why the fast path equals the slow path: the bounds become start/stop/step exactly as
// SliceIndices.Unpack makes them from a slice of the same values (both take the defaults from
// Containers/SliceBounds.cs: None's depend on the step's sign; a step of long.MinValue becomes
// -long.MaxValue), and the same ListOps.GetSlice /
// ContainerTypes.AssignSimpleSlice then run as list.__getitem__ / __setitem__ would. Whatever else
// (another container, a big int or an object with __index__ as a bound, a zero step, an extended-slice
// assignment) returns -1 and BUILD_SLICE runs as itself, so the general path raises what it raises.
// A fresh list assigned (`p[:k + 1] = p[k::-1]`: floating, no other stack copy) gives its items and their
// counts to the target instead of being copied, counted and released: it dies empty right after, as it
// would have died releasing counts the target also holds, so no item's count reaches zero either way.
// Thread safety is ListOps's: the same list sections as the general path.
// Tests: tests/programs/speed_caches/list_slice_no_object.py (each result against the slice object's, and CPython's output).
using System.Runtime.CompilerServices;
using Vm.Bytecode;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    /// <summary>
    /// BUILD_SLICE of n bounds, Eval's case out of line: with the BINARY_SUBSCR / STORE_SUBSCR at
    /// instrs[ip] after it, on an exact list (here), or BINARY_SUBSCR on an exact tuple or str
    /// (SeqSlices.cs), both run without a slice object (ip past that instruction); else the slice is
    /// built. Returns the new ip and sp.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Ip, int Sp) BuildSliceOp(PyThreadState ts, Frame f, int[] instrs, PyObject?[] slots, int ip, int sp, int n)
    {
        var next = (Opcode)(instrs[ip] & 0xFF);
        if ((next == Opcode.BINARY_SUBSCR || next == Opcode.STORE_SUBSCR) && SliceSubscr(ts, f, next, slots, sp, n) is var ssp && ssp >= 0)
            return (ip + 1, ssp);
        PyObject step = n == 3 ? slots[--sp]! : ts.Rt.None;
        var hi = slots[--sp]!;
        var lo = slots[sp - 1]!;
        Put(slots, sp - 1, Ops<TSync>.NewSlice(ts, lo, hi, step));
        return (ip, sp);
    }

    /// <summary>
    /// BUILD_SLICE (n bounds on top of the stack, the list, tuple or str below them) run together with the
    /// BINARY_SUBSCR or STORE_SUBSCR that follows it; returns the new stack pointer, or -1 (nothing done)
    /// when the general path must run.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SliceSubscr(PyThreadState ts, Frame f, Opcode next, PyObject?[] slots, int sp, int n)
    {
        var rt = ts.Rt;
        int at = sp - n; // the first bound
        var o = slots[at - 1]!;
        if (o.GetType() != typeof(PyList) || !ReferenceEquals(o.Type, rt.ListType))
            return next == Opcode.BINARY_SUBSCR ? SeqSliceSubscr(ts, f, slots, at, n) : -1; // SeqSlices.cs: a tuple or str
        if (!Vm.Builtins.Containers.SliceBounds.TryUnpack(rt.None, slots[at]!, slots[at + 1]!, n == 3 ? slots[at + 2] : null, out long start, out long stop, out long step))
            return -1;
        var l = Unsafe.As<PyList>(o);
        if (next == Opcode.BINARY_SUBSCR)
        {
            f.Sp = at;
            var v = ListOps<TSync>.GetSlice(ts, l, start, stop, step);
            Put(slots, at - 1, v);
            if (!o.IsImmortal) DropKeeping(ts, o, v, slots, at - 3); // as BINARY_SUBSCR drops its container
            return at;
        }
        if (step != 1) return -1; // an extended-slice assignment: its length check and errors stay in one place
        var value = slots[at - 2]!;
        f.Sp = at - 2;
        // A stack copy of the value (`p[:2] = q[:2] = [1, 2]`: the next target reads it) keeps it: the last
        // target's instruction releases it.
        bool copied = HeldBelow(slots, f.StackBase, at - 2, value);
        if (!copied && value.GetType() == typeof(PyList) && !ReferenceEquals(value, o) && ReferenceEquals(value.Type, rt.ListType)
            && !value.IsImmortal && TSync.IsFloating(ts, value))
        {
            // A fresh list (`p[k::-1]`) that dies below: l takes its items with their counts, no copy.
            (start, stop) = Vm.Builtins.ContainerTypes<TSync>.SimpleSliceBounds(l, start, stop);
            ListOps<TSync>.AssignSliceTaking(ts, l, start, stop, Unsafe.As<PyList>(value));
        }
        else
        {
            var items = Vm.Builtins.ContainerTypes<TSync>.SliceSource(ts, l, value);
            Vm.Builtins.ContainerTypes<TSync>.AssignSimpleSlice(ts, l, start, stop, items);
        }
        // As STORE_SUBSCR with a slice: a fresh value (`p[:k] = p[k-1::-1]`) dies here and releases its items.
        if (!copied) ObjectLifecycle<TSync>.DropBorrowed(ts, value);
        ObjectLifecycle<TSync>.DropBorrowed(ts, o);
        return at - 2;
    }

    /// <summary>Whether a stack slot in [from, to) holds v (an uncounted copy that outlives this instruction).</summary>
    private static bool HeldBelow(PyObject?[] slots, int from, int to, PyObject v)
    {
        for (int i = from; i < to; i++)
            if (ReferenceEquals(slots[i], v)) return true;
        return false;
    }
}
