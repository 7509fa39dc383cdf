// Subscripts of a local list or tuple at a local or constant index (issue 9: fannkuch's
// `k = perm[0]`, nbody's `v1[0] -= dx * b2m`, six per pair and step). Superinstructions
// (Bytecode/Superinstructions.cs) make these one dispatch each:
//   LOAD_FAST o; LOAD_FAST k | LOAD_CONST k; BINARY_SUBSCR                 -> o[k]
//   LOAD_FAST o; LOAD_FAST k | LOAD_CONST k; DUP_TOP_TWO; BINARY_SUBSCR    -> o, k, o[k]  (`o[k] op= v`'s read)
//   ROT_THREE; STORE_SUBSCR                                                  -> o[k] = v    (its write)
//
// Why a fused read equals its instructions: for an exact list or tuple (their types cannot be
// replaced, and this is BINARY_SUBSCR's own case for them: ListOps.GetIndexOrNull, TupleIndexOrNull)
// and an exact machine int index in range, BINARY_SUBSCR pushes the item and drops nothing: o is held
// by its local (counted, so never floating: DropKeeping leaves it) and, in the DUP form, also by
// DUP_TOP_TWO's copy below; an exact int is immortal. The fused instruction pushes the same values.
// An index out of range, or any other operand, runs the instructions one by one (the fused one
// behaves as its LOAD_FAST, or as the LOAD_FAST_LOAD_FAST pair it would otherwise be), so every error
// is raised by BINARY_SUBSCR itself. Nothing here runs Python code or can raise.
//
// Why the fused write equals ROT_THREE; STORE_SUBSCR: with [o, k, v] on the stack, STORE_SUBSCR
// after the rotation pops the three and, for an exact list and a machine-int k (checked on the same
// objects before anything moves), calls ListOps.SetIndex and drops o; the fused instruction pops them,
// sets f.LastIp to the STORE_SUBSCR (an IndexError is raised at that instruction, with the stack
// pointer it would have) and does the same. Other operands run the ROT_THREE alone.
//
// Free-threaded backend: the reads are BINARY_SUBSCR's lock-free reads (GetIndexOrNull falls back
// to the list's lock after a race), the write is SetIndex with its critical section: the same
// operations as the unfused instructions, so nothing new is shared or cached.
using System.Runtime.CompilerServices;
using Vm.Objects;

namespace Vm.Runtime;

public static partial class Interpreter<TSync>
{
    // Eval is past the JIT's inlining limits where these cases sit (a profile showed SeqItemOrNull,
    // IsListIntStore and each Put as calls of their own), so each fused instruction makes one call
    // here, and the small helpers inline into these.

    /// <summary>
    /// The fused read whose first word is <paramref name="word"/> (LOAD_FAST_LOAD_FAST_SUBSCR ..
    /// LOAD_FAST_LOAD_CONST_DUP_SUBSCR; <paramref name="next"/> is the LOAD_FAST/LOAD_CONST of the
    /// index): pushes o[k] (after o and k in the DUP forms) and returns the new stack pointer, or -1
    /// with nothing pushed when the instructions must run one by one.
    /// </summary>
    private static int PushLocalSubscript(PyThreadState ts, PyObject[] consts, PyObject?[] slots, int sp, int word, int next)
    {
        int form = (word & 0xFF) - (int)Vm.Bytecode.Opcode.LOAD_FAST_LOAD_FAST_SUBSCR;
        var o = slots[word >>> 8];
        var k = (form & 1) == 0 ? slots[next >>> 8] : consts[next >>> 8];
        if (SeqItemOrNull(ts, o, k) is not { } item) return -1;
        if ((form & 2) != 0)
        {
            Put(slots, sp++, o);
            Put(slots, sp++, k);
        }
        Put(slots, sp++, item);
        return sp;
    }

    /// <summary>
    /// The fused write ROT_THREE; STORE_SUBSCR (at <paramref name="storeIp"/>) with [o, k, v] at the
    /// top of the stack below <paramref name="sp"/>: o[k] = v as STORE_SUBSCR does it for an exact list
    /// and a machine-int k, true; false, nothing done, for other operands.
    /// </summary>
    private static bool StoreListItem(PyThreadState ts, Frame f, PyObject?[] slots, int sp, int storeIp)
    {
        var o = slots[sp - 3]!;
        var k = slots[sp - 2]!;
        if (!IsListIntStore(ts.Rt, o, k)) return false;
        f.Sp = sp - 3;
        f.LastIp = storeIp; // an IndexError is the STORE_SUBSCR's
        ListOps<TSync>.SetIndex(ts, Unsafe.As<PyList>(o), Unsafe.As<PyInt>(k).Small, slots[sp - 1]!);
        ObjectLifecycle<TSync>.DropBorrowed(ts, o);
        return true;
    }

    /// <summary>o[k] when o is an exact list or tuple and k an exact machine int in range; else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? SeqItemOrNull(PyThreadState ts, PyObject? o, PyObject? k)
    {
        if (o == null || k == null || !ReferenceEquals(k.Type, ts.Rt.IntType) || Unsafe.As<PyInt>(k).IsBig) return null;
        if (o.GetType() == typeof(PyList) && ReferenceEquals(o.Type, ts.Rt.ListType))
            return ListOps<TSync>.GetIndexOrNull(ts, Unsafe.As<PyList>(o), Unsafe.As<PyInt>(k).Small);
        if (o.GetType() == typeof(PyTuple) && ReferenceEquals(o.Type, ts.Rt.TupleType))
            return TupleIndexOrNull(Unsafe.As<PyTuple>(o), Unsafe.As<PyInt>(k).Small);
        return null;
    }

    /// <summary>Whether STORE_SUBSCR of (o, k) takes its exact-list, machine-int-index case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsListIntStore(PyRuntime rt, PyObject o, PyObject k) =>
        o.GetType() == typeof(PyList) && ReferenceEquals(o.Type, rt.ListType) && ReferenceEquals(k.Type, rt.IntType) && !Unsafe.As<PyInt>(k).IsBig;
}
